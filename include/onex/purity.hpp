// onex/purity.hpp - the public vocabulary of onex-purity.
//
// Include this header to mark reducers, effects and audited exceptions, and
// to build typed intents. It is header-only, needs C++20, and compiles with
// GCC and Clang alike: the markers are Clang annotations that the analyser
// reads, and they expand to nothing under other compilers.
//
// The names, spellings and meanings below are the documented API.

#ifndef ONEX_PURITY_HPP
#define ONEX_PURITY_HPP

#include <concepts>
#include <string>

#if defined(__clang__)
/// Marks a class or function as a reducer: every member function of a
/// marked class, and a marked function, must be pure.
#define ONEX_REDUCER [[clang::annotate("onex::reducer")]]
/// Marks a class or function as an effect: the place where I/O belongs.
#define ONEX_EFFECT [[clang::annotate("onex::effect")]]
/// Marks a function that must be pure (an analysis entry point). On a
/// declaration whose body is not visible it means "trust this as pure".
#define ONEX_PURE [[clang::annotate("onex::pure")]]
/// Audited escape hatch: calls into this function are not followed. The
/// reason is kept with the finding's suppression.
#define ONEX_ALLOW_IMPURE(reason)                                              \
  [[clang::annotate("onex::allow_impure", reason)]]
/// Marks the intent publisher (a class, e.g. a mixin, or a function): the
/// one sanctioned channel out of a reducer. A reducer's call to it emits
/// an intent; it is not followed and not reported as I/O. Its body is
/// effect-side code.
#define ONEX_INTENT_PUBLISHER [[clang::annotate("onex::intent_publisher")]]
/// Marks an intent executor (a class, e.g. an orchestrator, or a function):
/// it takes the intents reducers emit and routes them to effects. The
/// intents it takes count as handled for onex-intent-unhandled.
#define ONEX_INTENT_EXECUTOR [[clang::annotate("onex::intent_executor")]]
#else
#define ONEX_REDUCER
#define ONEX_EFFECT
#define ONEX_PURE
#define ONEX_ALLOW_IMPURE(reason)
#define ONEX_INTENT_PUBLISHER
#define ONEX_INTENT_EXECUTOR
#endif

namespace onex {

/// Base of every typed intent payload.
struct BaseModel {};

/// A typed payload: a class derived from BaseModel.
template <class T>
concept Model = std::derived_from<T, BaseModel>;

/// A request for an effect, emitted by a reducer. A payload that is not a
/// Model does not compile.
template <Model Payload> struct ModelIntent {
  std::string intent_type;
  std::string target;
  Payload payload;
  int priority = 0;
};

/// Marker base of reducer classes.
class NodeReducer {};
/// Marker base of effect classes.
class NodeEffect {};

} // namespace onex

#endif // ONEX_PURITY_HPP
