#!/usr/bin/env python3
"""Precision and cost of onex-purity on real codebases (bench/real-code.md).

Fetches nothing: give it a directory holding checkouts of the projects
below (git clone them yourself; the commits used are in real-code.md).

    bench/real-code.py --checkouts DIR [--onex build/bin/onex-purity]
                       [--jobs 2] [--out DIR] [--sample 30]
                       [--projects leveldb,yaml-cpp]

For each project it configures a CMake build tree with a compilation
database, then runs:
  * clang++ -fsyntax-only over every unit (the parse floor), -j N;
  * the stress run: onex-purity with every function an entry point
    (ReducerFunctions: '.'), -j N, under GNU time (wall, peak RSS);
and writes <out>/<project>.json (the findings) and a table of units, times,
RSS and findings per check. Then it draws a deterministic sample of
findings across all projects (evenly spaced over the sorted list) for
judging by hand; the judgements are in real-code.md.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"
CLANGXX = "/usr/lib/llvm-22/bin/clang++"

# name -> (checkout subdirectory, extra CMake arguments).
PROJECTS = {
    "fmt": ("fmt", ["-DFMT_TEST=OFF", "-DFMT_DOC=OFF"]),
    "leveldb": ("leveldb", ["-DCMAKE_CXX_STANDARD=17",
                            "-DLEVELDB_BUILD_TESTS=OFF",
                            "-DLEVELDB_BUILD_BENCHMARKS=OFF",
                            "-DLEVELDB_INSTALL=OFF"]),
    "yaml-cpp": ("yaml-cpp", ["-DYAML_CPP_BUILD_TESTS=OFF",
                              "-DYAML_CPP_BUILD_TOOLS=ON"]),
    "spdlog": ("spdlog", ["-DSPDLOG_BUILD_EXAMPLE=ON"]),
    "tinyxml2": ("tinyxml2", ["-Dtinyxml2_BUILD_TESTING=ON"]),
}

STRESS_CONFIG = """Checks: '-*,onex-*'
CheckOptions:
  ReducerFunctions: '.'
"""


def timed(cmd, cwd=None):
    """(wall seconds, peak RSS KiB, exit code, stdout, stderr) under GNU time."""
    with tempfile.NamedTemporaryFile("r") as stats:
        start = time.monotonic()
        proc = subprocess.run([GNU_TIME, "-f", "%M", "-o", stats.name] + cmd,
                              cwd=cwd, capture_output=True, text=True)
        seconds = time.monotonic() - start
        lines = stats.read().strip().splitlines()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return seconds, rss, proc.returncode, proc.stdout, proc.stderr


def configure(source, build, extra):
    os.makedirs(os.path.join(build, ".cmake", "api", "v1", "query"),
                exist_ok=True)
    open(os.path.join(build, ".cmake", "api", "v1", "query", "codemodel-v2"),
         "w").close()
    subprocess.run(["cmake", "-G", "Ninja", "-S", source, "-B", build,
                    "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                    f"-DCMAKE_CXX_COMPILER={CLANGXX}",
                    "-DCMAKE_BUILD_TYPE=Release"] + extra,
                   check=True, capture_output=True)


def syntax_only(build, jobs):
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    commands = []
    for e in entries:
        args = list(e.get("arguments") or shlex.split(e["command"]))
        if "-o" in args:
            i = args.index("-o")
            del args[i:i + 2]
        args = [a for a in args if a != "-c"] + ["-fsyntax-only"]
        commands.append((args, e["directory"]))
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda c: timed(c[0], c[1]), commands))
    return len(commands), time.monotonic() - start, max(r[1] for r in results)


def stress(onex, source, build, jobs, out_json):
    config = os.path.join(build, "onex-stress.yaml")
    with open(config, "w") as f:
        f.write(STRESS_CONFIG)
    seconds, rss, code, _, err = timed(
        [onex, "-p", build, "-j", str(jobs), "--quiet", "--format=json",
         "-o", out_json, f"--config-file={config}"], cwd=source)
    if code not in (0, 1):
        sys.exit(f"onex-purity failed on {source} (exit {code}):\n{err}")
    with open(out_json) as f:
        report = json.load(f)
    return seconds, rss, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkouts", required=True)
    parser.add_argument("--onex", default="build/bin/onex-purity")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default="bench-real-code")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--projects", default=",".join(PROJECTS),
                        help="comma-separated subset, e.g. leveldb,yaml-cpp")
    args = parser.parse_args()
    onex = os.path.abspath(args.onex)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    print("| project | units | -fsyntax-only (s) | onex stress (s) | ratio | "
          "peak RSS MiB (fsyntax / onex) | failed units | findings by check |")
    print("|---|---|---|---|---|---|---|---|")
    everything = []
    for name, (subdir, extra) in PROJECTS.items():
        if name not in args.projects.split(","):
            continue
        source = os.path.join(os.path.abspath(args.checkouts), subdir)
        build = os.path.join(out, name + "-build")
        configure(source, build, extra)
        units, fsyntax, fsyntax_rss = syntax_only(build, args.jobs)
        seconds, rss, report = stress(onex, source, build, args.jobs,
                                      os.path.join(out, name + ".json"))
        counts = collections.Counter(f["check"] for f in report["findings"])
        by_check = ", ".join(f"{c.removeprefix('onex-purity-')} {n}"
                             for c, n in sorted(counts.items()))
        print(f"| {name} | {units} | {fsyntax:.1f} | {seconds:.1f} | "
              f"{seconds / fsyntax:.2f} | {fsyntax_rss // 1024} / "
              f"{rss // 1024} | {len(report['failedUnits'])} | "
              f"{by_check or 'none'} |", flush=True)
        for f in report["findings"]:
            everything.append((name, f))

    everything.sort(key=lambda p: (p[0], p[1]["location"]["file"],
                                   p[1]["location"]["line"],
                                   p[1]["location"]["column"], p[1]["check"]))
    step = max(1, len(everything) // max(1, args.sample))
    print(f"\nSample: every {step}th of {len(everything)} findings\n")
    for i, (name, f) in enumerate(everything[::step][:args.sample], 1):
        loc = f["location"]
        print(f"{i}. {name} {loc['file']}:{loc['line']}: [{f['check']}] "
              f"{f['message']}")


if __name__ == "__main__":
    main()
