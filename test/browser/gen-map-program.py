#!/usr/bin/env python3
"""Writes a generated ONEX program whose map has about 200 nodes.

Usage: gen-map-program.py <dir> [reducers executors effects]

Reducers fill bundles of intents with long model names; intent executors
forward bundle fields to effects; effects take intents by parameter. Some
intents are handled by no effect, so the map has red edges too. The output
is deterministic: the same arguments give the same files.
"""
import os
import sys


def main():
    out = sys.argv[1]
    reducers, executors, effects = (int(a) for a in (sys.argv[2:5] or (70, 30, 99)))
    models = effects + reducers // 4  # The extra models have no effect.
    os.makedirs(out, exist_ok=True)
    name = lambda m: f"PaymentLedgerReconciliationStep{m:03d}Requested"
    with open(os.path.join(out, "program.hpp"), "w") as h:
        h.write('#pragma once\n#include "onex/purity.hpp"\n#include <vector>\n\n'
                "namespace generated::very_long_namespace_name {\n\n")
        for m in range(models):
            h.write(f"struct {name(m)} : onex::BaseModel {{ int v = 0; }};\n")
        for r in range(reducers):
            a, b = (r * 7) % models, (r * 11 + 3) % models
            h.write(f"struct Bundle{r} {{\n"
                    f"  std::vector<onex::ModelIntent<{name(a)}>> first;\n"
                    f"  std::vector<onex::ModelIntent<{name(b)}>> second;\n}};\n"
                    f"class NodeStage{r}Reducer : public onex::NodeReducer {{\n"
                    f"public:\n  Bundle{r} reduce(int v) const;\n}};\n")
        for e in range(effects):
            h.write(f"class NodeSink{e}Effect : public onex::NodeEffect {{\n"
                    f"public:\n  void handle(const onex::ModelIntent<{name(e)}> &i);\n}};\n")
        for x in range(executors):
            r = x % reducers
            h.write(f"class ONEX_INTENT_EXECUTOR Router{x} {{\npublic:\n"
                    f"  void route(const Bundle{r} &b);\n}};\n")
        h.write("\n} // namespace generated::very_long_namespace_name\n")
    per_file = 20
    units = []
    for start in range(0, max(reducers, effects, executors), per_file):
        unit = f"unit{start // per_file}.cpp"
        units.append(unit)
        with open(os.path.join(out, unit), "w") as c:
            c.write('#include "program.hpp"\n#include <cstdio>\n\n'
                    "namespace generated::very_long_namespace_name {\n\n")
            for r in range(start, min(start + per_file, reducers)):
                c.write(f"Bundle{r} NodeStage{r}Reducer::reduce(int v) const {{\n"
                        f"  Bundle{r} out;\n"
                        f"  out.first.push_back({{\"STEP\", \"ledger\", {{{{}}, v}}}});\n"
                        f"  out.second.push_back({{\"STEP\", \"ledger\", {{{{}}, v + 1}}}});\n"
                        "  return out;\n}\n")
            for e in range(start, min(start + per_file, effects)):
                c.write(f"void NodeSink{e}Effect::handle(const onex::ModelIntent<{name(e)}> &i) {{\n"
                        '  std::printf("%d\\n", i.payload.v);\n}\n')
            for x in range(start, min(start + per_file, executors)):
                r = x % reducers
                a = (r * 7) % models
                target = f"NodeSink{a}Effect" if a < effects else None
                c.write(f"void Router{x}::route(const Bundle{r} &b) {{\n")
                if target:
                    c.write(f"  {target} sink;\n  for (const auto &i : b.first)\n"
                            "    sink.handle(i);\n")
                else:
                    c.write("  for (const auto &i : b.first)\n"
                            '    std::printf("%d\\n", i.payload.v);\n')
                c.write("}\n")
            c.write("\n} // namespace generated::very_long_namespace_name\n")
    print(" ".join(units))


if __name__ == "__main__":
    main()
