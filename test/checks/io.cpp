// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include "onex/purity.hpp"
#include "platform_io.h"
#include "spdlog/spdlog.h"

// A chain five calls deep: every hop is a note, in order.
static void level5() { std::fprintf(stderr, "deep\n"); }
// CHECK: :[[@LINE-1]]:24: warning: call to 'fprintf' performs I/O (stdio); reachable from reducer 'NodeDeepReducer::execute' [onex-purity-io]
static void level4() { level5(); }
static void level3() { level4(); }
static void level2() { level3(); }
static void level1() { level2(); }

class NodeDeepReducer : public onex::NodeReducer {
public:
  void execute() { level1(); }
  // CHECK: :[[@LINE-1]]:20: note: 'execute' calls 'level1' here
  // CHECK: :[[@LINE-6]]:24: note: 'level1' calls 'level2' here
  // CHECK: :[[@LINE-8]]:24: note: 'level2' calls 'level3' here
  // CHECK: :[[@LINE-10]]:24: note: 'level3' calls 'level4' here
  // CHECK: :[[@LINE-12]]:24: note: 'level4' calls 'level5' here
};

class NodeStreamReducer : public onex::NodeReducer {
public:
  int execute(const std::vector<int> &events) {
    // A chained insertion is one operation at one site.
    std::cout << "events: " << events.size() << '\n';
    // CHECK: :[[@LINE-1]]:5: warning: call to 'operator<<' on 'std::cout' performs I/O (iostream); in reducer 'NodeStreamReducer::execute' [onex-purity-io]
    std::ofstream out("state.txt");
    // CHECK: :[[@LINE-1]]:19: warning: construction of 'std::basic_ofstream' performs I/O (fstream); in reducer 'NodeStreamReducer::execute' [onex-purity-io]
    std::string line;
    std::getline(std::cin, line);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'getline' on 'std::cin' performs I/O (iostream); in reducer 'NodeStreamReducer::execute' [onex-purity-io]
    std::cerr.flush();
    // CHECK: :[[@LINE-1]]:15: warning: call to 'flush' on 'std::cerr' performs I/O (iostream); in reducer 'NodeStreamReducer::execute' [onex-purity-io]

    // Formatting into memory is not I/O.
    std::ostringstream oss;
    oss << "n=" << events.size();
    std::istringstream iss("1 2");
    int n = 0;
    iss >> n;
    std::getline(iss, line);
    // Nor is taking the text out: formatting is not serialization.
    return static_cast<int>(oss.str().size()) + n;
  }
};

class NodeFileReducer : public onex::NodeReducer {
public:
  bool execute(const std::filesystem::path &dir) {
    // Path arithmetic is pure; asking the file system is not.
    std::filesystem::path file = dir / "state.json";
    auto name = file.filename().string();
    if (std::filesystem::exists(file))
    // CHECK: :[[@LINE-1]]:9: warning: call to 'std::filesystem::exists' performs I/O (std::filesystem); in reducer 'NodeFileReducer::execute' [onex-purity-io]
      return false;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    // CHECK: :[[@LINE-1]]:14: warning: call to 'socket' performs I/O (sockets and network); in reducer 'NodeFileReducer::execute' [onex-purity-io]
    write(fd, name.data(), name.size());
    // CHECK: :[[@LINE-1]]:5: warning: call to 'write' performs I/O (POSIX file I/O); in reducer 'NodeFileReducer::execute' [onex-purity-io]
    return true;
  }
};

class NodeLoggingReducer : public onex::NodeReducer {
public:
  void execute(spdlog::logger &log, spdlog::sinks::basic_file_sink_mt &file) {
    spdlog::info("reducing {}", 1);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'spdlog::info' performs I/O (logging library); in reducer 'NodeLoggingReducer::execute' [onex-purity-io]
    log.warn("slow");
    // CHECK: :[[@LINE-1]]:9: warning: call to 'warn' on 'log' performs I/O (logging library); in reducer 'NodeLoggingReducer::execute' [onex-purity-io]
    file.log("direct");
    // CHECK: :[[@LINE-1]]:10: warning: call to 'log' on 'file' performs I/O (logging library); in reducer 'NodeLoggingReducer::execute' [onex-purity-io]

    // The library's pure helpers and accessors are not I/O.
    char digits[2];
    spdlog::details::fmt_helper::pad2(42, digits);
    auto made = spdlog::details::make_unique<int>(1);
    spdlog::details::registry &r = spdlog::details::registry::instance();
    const char *name = log.name();
    (void)made, (void)r, (void)name;
  }
};

// I/O inside a platform header is reported at the user's call into it.
class NodePlatformReducer : public onex::NodeReducer {
public:
  int execute() {
    platform::report("x");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'fputs' inside 'report' performs I/O (stdio); in reducer 'NodePlatformReducer::execute' [onex-purity-io]
    return platform::checksum("abc");
  }
};

// Lambdas: followed when invoked, directly or by a std algorithm; a lambda
// that is only returned is a deferred effect and fine.
class NodeLambdaReducer : public onex::NodeReducer {
public:
  auto execute(const std::vector<int> &v) {
    auto print = [](int x) { std::printf("%d\n", x); };
    // CHECK: :[[@LINE-1]]:30: warning: call to 'printf' performs I/O (stdio); reachable from reducer 'NodeLambdaReducer::execute' [onex-purity-io]
    // CHECK: :[[@LINE+1]]:5: note: 'execute' calls 'lambda at io.cpp:[[@LINE-2]]:18' here
    print(1);
    std::for_each(v.begin(), v.end(), [](int x) { std::puts("each"); });
    // CHECK: :[[@LINE-1]]:51: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeLambdaReducer::execute' [onex-purity-io]
    // CHECK: :[[@LINE-2]]:5: note: 'execute' calls 'for_each' here
    // CHECK: note: 'for_each' calls 'lambda at io.cpp:[[@LINE-3]]:39' here
    return [](std::ostream &os) { os << "later"; };
  }
};

// Pure code, effects and unreachable helpers are left alone.
struct Totals {
  int sum = 0;
};

class NodePureReducer : public onex::NodeReducer {
public:
  Totals execute(const std::vector<int> &v) const {
    Totals t;
    for (int x : v)
      t.sum += x;
    std::vector<int> sorted(v);
    std::sort(sorted.begin(), sorted.end());
    return t;
  }
};

class NodeStoreEffect : public onex::NodeEffect {
public:
  void persist(const Totals &t) { std::printf("%d\n", t.sum); }
};

void unreachable_helper() { std::puts("nobody calls me from a reducer"); }
