// Stand-in for boost::any.
#pragma once
namespace boost {
class any {
public:
  any() = default;
  template <class T> any(const T &) {}
};
} // namespace boost
