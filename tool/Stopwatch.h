//===- Stopwatch.h - Wall-clock seconds since a start ---------------------===//
//
// For --stats, per-unit times and the progress line's ETA.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_STOPWATCH_H
#define ONEX_TOOL_STOPWATCH_H

#include <chrono>

namespace onex::tool {

class Stopwatch {
public:
  /// Seconds since construction.
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         Start)
        .count();
  }

private:
  std::chrono::steady_clock::time_point Start =
      std::chrono::steady_clock::now();
};

} // namespace onex::tool

#endif // ONEX_TOOL_STOPWATCH_H
