// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <thread>
#include <time.h>

#include "onex/purity.hpp"

struct Stamp {
  long long at = 0;
};

class NodeClockReducer : public onex::NodeReducer {
public:
  Stamp execute() {
    Stamp s;
    s.at = std::chrono::system_clock::now().time_since_epoch().count();
    // CHECK: :[[@LINE-1]]:12: warning: call to 'std::chrono::system_clock::now' is nondeterministic (clock); in reducer 'NodeClockReducer::execute' [onex-purity-nondeterminism]
    auto start = std::chrono::steady_clock::now();
    // CHECK: :[[@LINE-1]]:18: warning: call to 'std::chrono::steady_clock::now' is nondeterministic (clock); in reducer 'NodeClockReducer::execute' [onex-purity-nondeterminism]
    (void)start;
    s.at += std::time(nullptr);
    // CHECK: :[[@LINE-1]]:13: warning: call to 'time' is nondeterministic (clock); in reducer 'NodeClockReducer::execute' [onex-purity-nondeterminism]
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'clock_gettime' is nondeterministic (clock); in reducer 'NodeClockReducer::execute' [onex-purity-nondeterminism]
    return s;
  }
};

class NodeRandomReducer : public onex::NodeReducer {
public:
  int execute() {
    std::random_device device;
    // CHECK: :[[@LINE-1]]:24: warning: construction of 'std::random_device' is nondeterministic (randomness); in reducer 'NodeRandomReducer::execute' [onex-purity-nondeterminism]
    int r = std::rand();
    // CHECK: :[[@LINE-1]]:13: warning: call to 'rand' is nondeterministic (randomness); in reducer 'NodeRandomReducer::execute' [onex-purity-nondeterminism]
    const char *home = std::getenv("HOME");
    // CHECK: :[[@LINE-1]]:24: warning: call to 'getenv' is nondeterministic (environment); in reducer 'NodeRandomReducer::execute' [onex-purity-nondeterminism]
    auto id = std::this_thread::get_id();
    // CHECK: :[[@LINE-1]]:15: warning: call to 'std::this_thread::get_id' is nondeterministic (process or thread identity); in reducer 'NodeRandomReducer::execute' [onex-purity-nondeterminism]
    (void)id;
    return r + (home ? 1 : 0);
  }
};

// Deterministic: a seeded engine, durations, calendar arithmetic on inputs.
class NodeSeededReducer : public onex::NodeReducer {
public:
  int execute(unsigned seed, std::chrono::milliseconds elapsed) {
    std::mt19937 engine(seed);
    std::uniform_int_distribution<int> dist(0, 9);
    auto total = elapsed + std::chrono::seconds(1);
    return dist(engine) + static_cast<int>(total.count());
  }
};
