// Stand-in for spdlog's API: names only, so tests need no library.
#pragma once
#include <memory>
namespace spdlog {
template <class... Args> void info(const char *fmt, Args &&...args);
template <class... Args> void error(const char *fmt, Args &&...args);
class logger {
public:
  template <class... Args> void warn(const char *fmt, Args &&...args);
  const char *name() const;
};
namespace sinks {
class sink {
public:
  virtual ~sink() = default;
  virtual void log(const char *msg) = 0;
  virtual void flush() = 0;
};
class basic_file_sink_mt : public sink {
public:
  void log(const char *msg) override;
  void flush() override;
};
} // namespace sinks
// Pure helpers of the library: not I/O.
namespace details {
template <class T, class... Args> std::unique_ptr<T> make_unique(Args &&...);
namespace fmt_helper {
inline void pad2(int n, char *out) {
  out[0] = static_cast<char>('0' + n / 10);
  out[1] = static_cast<char>('0' + n % 10);
}
} // namespace fmt_helper
class registry {
public:
  static registry &instance();
};
} // namespace details
} // namespace spdlog
