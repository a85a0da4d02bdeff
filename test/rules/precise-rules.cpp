// Rules that say what they mean: byte order is pure, builtins are never
// opaque, string streams are not I/O, process-wide settings are global
// state, and a stream iterator over std::cout is I/O wherever the algorithm
// that writes through it runs.
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --check-prefixes=CHECK,DEFAULT --implicit-check-not="{{warning|note|error}}:"
// Strict mode adds nothing for std::move, std::forward or the string streams
// (libstdc++ declares their members extern templates: no body).
// RUN: %onex-tidy %s --config="{CheckOptions: {OpaqueSystemCalls: true}}" -- %onex-flags -DSTRICT \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <algorithm>
#include <arpa/inet.h>
#include <clocale>
#include <ctime>
#include <iostream>
#include <iterator>
#include <locale>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "onex/purity.hpp"

template <class T> T relay(T &&value) { return std::forward<T>(value); }

class NodeParseReducer : public onex::NodeReducer {
public:
  int execute(const std::string &text, const std::vector<int> &values) {
    // Parsing and formatting in memory.
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    int n = 0;
    in >> n;
    std::ostringstream out;
    out << n;
    std::string moved = relay(std::move(line));
    // Byte order conversion.
    uint16_t port = htons(8080) + ntohs(80);
    uint32_t addr = htonl(1u) + ntohl(2u);

    // Process-wide settings.
    std::setlocale(LC_ALL, "C");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'setlocale' uses global mutable state (process locale); in reducer 'NodeParseReducer::execute' [onex-purity-global-state]
    tzset();
    // CHECK: :[[@LINE-1]]:5: warning: call to 'tzset' uses global mutable state (time zone); in reducer 'NodeParseReducer::execute' [onex-purity-global-state]
#ifndef STRICT // (std::locale's destructor has no body: opaque in strict mode)
    std::locale::global(std::locale::classic());
    // DEFAULT: :[[@LINE-1]]:5: warning: call to 'std::locale::global' uses global mutable state (process locale); in reducer 'NodeParseReducer::execute' [onex-purity-global-state]
#endif

    // I/O through an iterator the platform's std::copy writes through.
    std::copy(values.begin(), values.end(),
              std::ostream_iterator<int>(std::cout, " "));
    // CHECK: :[[@LINE-1]]:15: warning: construction of 'std::ostream_iterator' over 'std::cout' performs I/O (iostream); in reducer 'NodeParseReducer::execute' [onex-purity-io]
    std::copy(moved.begin(), moved.end(),
              std::ostreambuf_iterator<char>(out));
    return port + static_cast<int>(addr) + static_cast<int>(out.str().size());
  }
};

// A std::istream& parameter is a real stream as far as the gate can tell
// (its static type is all it sees): reading from it is I/O.
class NodeStreamReducer : public onex::NodeReducer {
public:
  std::string execute(std::istream &source) {
    std::string word;
    source >> word;
    // CHECK: :[[@LINE-1]]:5: warning: call to 'operator>>' on 'source' performs I/O (iostream); in reducer 'NodeStreamReducer::execute' [onex-purity-io]
    return word;
  }
};
