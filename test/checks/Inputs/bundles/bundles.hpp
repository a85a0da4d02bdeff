// Effects that take a bundle of intents (a struct of containers of
// intents), the shape of most ONEX effects: the reducers (reducers.cpp)
// fill the bundles, the effects (effects.cpp) read some of their fields.
#pragma once
#include "onex/purity.hpp"
#include <array>
#include <deque>
#include <list>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace fsm {

struct PersistState : onex::BaseModel { std::string state; };
struct PublishEvent : onex::BaseModel { std::string topic; };
struct Transition : onex::BaseModel { std::string from, to; };
struct Recover : onex::BaseModel { int attempt = 0; };
struct Archive : onex::BaseModel { std::string key; };
struct Audit : onex::BaseModel { std::string line; };
struct Metric : onex::BaseModel { int value = 0; };
struct Alarm : onex::BaseModel { int level = 0; };
struct Retry : onex::BaseModel { int n = 0; };
struct Notice : onex::BaseModel { std::string text; };
struct Span : onex::BaseModel { int id = 0; };

template <class P> using I = onex::ModelIntent<P>;

// The seed's bundle: four fields of four kinds of container.
struct FsmIntents {
  std::vector<I<PersistState>> persist;
  std::deque<I<PublishEvent>> publish;
  std::list<I<Transition>> transition;
  std::optional<I<Recover>> recover;
};

// More containers, read in other ways.
struct OpsIntents {
  std::array<I<Archive>, 1> archive;
  std::vector<I<Audit>> audit;
  std::vector<I<Metric>> metrics;
  std::vector<I<Alarm>> alarms;
  std::vector<std::variant<I<Retry>, I<Notice>>> mixed;
};

struct Event {
  std::string workflow, kind;
};

class NodeFsmReducer : public onex::NodeReducer {
public:
  FsmIntents reduce(const Event &e) const;
};

class NodeOpsReducer : public onex::NodeReducer {
public:
  OpsIntents reduce(const Event &e) const;
  std::vector<I<Span>> trace(const Event &e) const;
};

class NodeStoreEffect : public onex::NodeEffect {
public:
  void persist(const I<PersistState> &i);
};

class NodeFsmEffect : public onex::NodeEffect {
public:
  void execute(const FsmIntents &in);

private:
  NodeStoreEffect store_;
};

class NodeOpsEffect : public onex::NodeEffect {
public:
  void execute(const OpsIntents *in);
  void trace(std::span<const I<Span>> spans);
};

// Helpers of the effects, not effects themselves.
void record_all(const std::vector<I<Metric>> &metrics);
std::size_t count_only(const std::vector<I<Alarm>> &alarms);

} // namespace fsm
