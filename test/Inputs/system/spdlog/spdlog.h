// Stand-in for spdlog's API: names only, so tests need no library.
#pragma once
namespace spdlog {
template <class... Args> void info(const char *fmt, Args &&...args);
template <class... Args> void error(const char *fmt, Args &&...args);
class logger {
public:
  template <class... Args> void warn(const char *fmt, Args &&...args);
};
} // namespace spdlog
