#include "bundles.hpp"
#include <algorithm>
#include <cstdio>

namespace fsm {

void NodeStoreEffect::persist(const I<PersistState> &i) {
  if (i.intent_type == "SAVE")
    std::printf("save %s\n", i.payload.state.c_str());
}

// Reads persist (each element handed to the store), publish (through
// std::for_each) and recover (an optional); never transition.
void NodeFsmEffect::execute(const FsmIntents &in) {
  for (const auto &i : in.persist)
    store_.persist(i);
  std::for_each(in.publish.begin(), in.publish.end(),
                [](const I<PublishEvent> &i) {
                  std::printf("%s\n", i.payload.topic.c_str());
                });
  if (in.recover)
    std::printf("attempt %d\n", in.recover->payload.attempt);
  if (!in.transition.empty())
    std::printf("transitions pending\n");
}

void NodeOpsEffect::execute(const OpsIntents *in) {
  std::printf("archive %s\n", in->archive.front().payload.key.c_str());
  for (std::size_t k = 0; k < in->audit.size(); ++k)
    std::printf("%s\n", in->audit[k].payload.line.c_str());
  record_all(in->metrics);
  std::printf("%zu alarms\n", count_only(in->alarms));
  for (const auto &m : in->mixed)
    std::visit(
        [](const auto &i) {
          if constexpr (std::is_same_v<std::decay_t<decltype(i)>, I<Retry>>)
            std::printf("retry %d\n", i.payload.n);
        },
        m);
}

void NodeOpsEffect::trace(std::span<const I<Span>> spans) {
  for (const I<Span> &s : spans)
    std::printf("span %d\n", s.payload.id);
}

void record_all(const std::vector<I<Metric>> &metrics) {
  for (const auto &m : metrics)
    std::printf("metric %d\n", m.payload.value);
}

std::size_t count_only(const std::vector<I<Alarm>> &alarms) {
  return alarms.size();
}

} // namespace fsm
