// Testing a stream's state is not I/O: operator bool, operator!, good,
// fail, bad, eof, rdstate and exceptions() only read the stream's flags, on
// any stream, whatever static type the test sees (getline returns an
// istream&). Reads stay I/O where they read.
//
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/stream-state.cpp
// RUN: cd %t && not %onex-purity stream-state.cpp --quiet --line-numbers=false -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "onex/purity.hpp"

struct NodeStreamReducer : onex::NodeReducer {
  // Silent: a string stream, tested through the istream& getline returns.
  int lines(const std::string &text) const {
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line))
      ++n;
    if (!in.eof() || in.bad() || in.rdstate() != std::ios::eofbit)
      return -1;
    return in.exceptions() == std::ios::goodbit ? n : -1;
  }

  // A file stream: the read is I/O; testing its state is not.
  int first(std::ifstream &file) const {
    if (!file || !file.good() || file.fail())
      return 0;
    int x = 0;
    file >> x;
    // CHECK: :[[@LINE-1]]:5: warning: call to 'operator>>' on 'file' performs I/O (fstream); in reducer 'NodeStreamReducer::first' [onex-purity-io]
    return x;
  }

  // std::cin: the getline reads the console; the loop's test does not.
  int console() const {
    std::string line;
    int n = 0;
    while (std::getline(std::cin, line))
    // CHECK: :[[@LINE-1]]:12: warning: call to 'getline' on 'std::cin' performs I/O (iostream); in reducer 'NodeStreamReducer::console' [onex-purity-io]
      ++n;
    return std::cin.fail() ? n : -1;
  }

  // The state of std::cin is read without reading the console.
  bool console_ok() const { return static_cast<bool>(std::cin) && std::cin.good(); }
};
