// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>

#include "onex/purity.hpp"

class NodeProcessReducer : public onex::NodeReducer {
public:
  void execute(int code) {
    if (fork() == 0)
    // CHECK: :[[@LINE-1]]:9: warning: call to 'fork' performs a system call or process control (process control); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
      execv("/bin/true", nullptr);
    // CHECK: :[[@LINE-1]]:7: warning: call to 'execv' performs a system call or process control (process control); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    std::system("ls");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'system' performs a system call or process control (process control); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    popen("ls", "r");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'popen' performs a system call or process control (process control); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    kill(1, SIGTERM);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'kill' performs a system call or process control (signals); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    std::raise(SIGINT);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'raise' performs a system call or process control (signals); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    if (code < 0)
      std::exit(code);
    // CHECK: :[[@LINE-1]]:7: warning: call to 'exit' performs a system call or process control (process termination); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
    _exit(code);
    // CHECK: :[[@LINE-1]]:5: warning: call to '_exit' performs a system call or process control (process termination); in reducer 'NodeProcessReducer::execute' [onex-purity-syscall]
  }
};

class NodeThreadReducer : public onex::NodeReducer {
public:
  void execute() {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' performs a system call or process control (sleep); in reducer 'NodeThreadReducer::execute' [onex-purity-syscall]
    std::thread worker([] {});
    // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::thread' performs a system call or process control (thread control); in reducer 'NodeThreadReducer::execute' [onex-purity-syscall]
    std::jthread background([] {});
    // CHECK: :[[@LINE-1]]:18: warning: construction of 'std::jthread' performs a system call or process control (thread control); in reducer 'NodeThreadReducer::execute' [onex-purity-syscall]
    worker.join();
    // CHECK: :[[@LINE-1]]:12: warning: call to 'join' on 'worker' performs a system call or process control (thread control); in reducer 'NodeThreadReducer::execute' [onex-purity-syscall]
    usleep(10);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'usleep' performs a system call or process control (sleep); in reducer 'NodeThreadReducer::execute' [onex-purity-syscall]
  }
};

static void *map_page() {
  return mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  // CHECK: :[[@LINE-1]]:10: warning: call to 'mmap' performs a system call or process control (raw system call); reachable from reducer 'NodeRawReducer::execute' [onex-purity-syscall]
}

class NodeRawReducer : public onex::NodeReducer {
public:
  long execute(int fd) {
    map_page();
    // CHECK: :[[@LINE-1]]:5: note: 'execute' calls 'map_page' here
    ioctl(fd, 0);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'ioctl' performs a system call or process control (raw system call); in reducer 'NodeRawReducer::execute' [onex-purity-syscall]
    asm volatile("nop");
    // CHECK: :[[@LINE-1]]:5: warning: inline assembly performs a system call or process control (asm); in reducer 'NodeRawReducer::execute' [onex-purity-syscall]
    return syscall(39);
    // CHECK: :[[@LINE-1]]:12: warning: call to 'syscall' performs a system call or process control (raw system call); in reducer 'NodeRawReducer::execute' [onex-purity-syscall]
  }
};

// Not flagged: exceptions, assertions, allocation, and process control in
// code no reducer reaches.
#include <cassert>
#include <memory>
#include <stdexcept>

class NodeSafeReducer : public onex::NodeReducer {
public:
  int execute(int x) {
    assert(x >= 0);
    auto owned = std::make_unique<int>(x);
    if (*owned > 100)
      throw std::out_of_range("too big");
    return *owned;
  }
};

void shutdown_service() { std::exit(0); }
