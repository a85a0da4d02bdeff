#!/usr/bin/env python3
"""Measures onex-purity against its floor and its nearest alternative.

usage: run.py --build <build dir> [--sizes 100 1000] [--jobs N] [--work DIR]
              [--skip-own]

For each input - (a) onex-purity's own sources, real units with heavy Clang
headers, and (b) generated codebases of N units with deep cross-unit call
chains (bench/gen.py) - it runs, on the same units with the same
parallelism:
  fsyntax   clang++-22 -fsyntax-only on every unit (the floor: parsing)
  cold      onex-purity -p <db> --cache <new dir> (everything parsed)
  warm      the same command again (unchanged tree, served by the cache)
  tidy      clang-tidy-22 with the nearest built-in checks on every unit
and prints wall time, the ratios, the link phase's share (from --stats)
and peak RSS (the largest single process, from GNU time).
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIDY_CHECKS = ("-*,concurrency-mt-unsafe,"
               "cppcoreguidelines-avoid-non-const-global-variables,"
               "misc-no-recursion")
GNU_TIME = "/usr/bin/time"


def timed(cmd, cwd=None):
    """Runs cmd under GNU time; returns (seconds, peak RSS in KiB, stdout+stderr)."""
    with tempfile.NamedTemporaryFile("r") as stats:
        start = time.monotonic()
        proc = subprocess.run([GNU_TIME, "-f", "%M", "-o", stats.name] + cmd,
                              cwd=cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        seconds = time.monotonic() - start
        rss = int(stats.read().strip().splitlines()[-1])
    return seconds, rss, proc.stdout


def per_unit(commands, jobs):
    """Runs one command per unit on `jobs` workers; (wall seconds, max RSS)."""
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda c: timed(c[0], c[1]), commands))
    return time.monotonic() - start, max(r[1] for r in results)


def unit_commands(db_dir):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    units = []
    for e in entries:
        args = e.get("arguments") or shlex.split(e["command"])
        args = list(args)
        if "-o" in args:
            i = args.index("-o")
            del args[i:i + 2]
        args = [a for a in args if a != "-c"]
        units.append((e["directory"], e["file"], args))
    return units


def measure(name, db_dir, files, args):
    units = [u for u in unit_commands(db_dir)
             if files is None or any(u[1].endswith(f) for f in files)]
    sources = [os.path.join(u[0], u[1]) for u in units]
    fsyntax = per_unit([(u[2] + ["-fsyntax-only"], u[0]) for u in units],
                       args.jobs)
    cache = tempfile.mkdtemp(prefix="onex-bench-cache-")
    gate = [args.onex, "-p", db_dir, "-j", str(args.jobs), "--quiet",
            "--stats", "--cache", cache] + (sources if files else [])
    cold = timed(gate)
    warm = timed(gate)
    shutil.rmtree(cache)
    tidy = per_unit([([args.tidy, "--quiet", f"--checks={TIDY_CHECKS}",
                       "-p", db_dir, os.path.join(u[0], u[1])], u[0])
                     for u in units], args.jobs)
    link = re.search(r"link: ([0-9.]+)s", cold[2])
    link_seconds = float(link.group(1)) if link else float("nan")
    return {
        "name": name, "units": len(units),
        "fsyntax": fsyntax[0], "fsyntax_rss": fsyntax[1],
        "cold": cold[0], "cold_rss": cold[1], "link": link_seconds,
        "warm": warm[0], "warm_rss": warm[1],
        "tidy": tidy[0], "tidy_rss": tidy[1],
    }


HEAD = ("| input | units | fsyntax-only | onex cold | cold / fsyntax | "
            "link share | onex warm | warm / cold | clang-tidy | "
        "onex / tidy | s per unit (cold) | peak RSS fsyntax / onex / tidy |")


def print_header(jobs):
    print(f"-j {jobs} for every tool; times are wall seconds, RSS the "
          "largest single process in MiB\n")
    print(HEAD)
    print("|" + "|".join(["---"] * (HEAD.count("|") - 1)) + "|", flush=True)


def print_row(r):
    print(f"| {r['name']} | {r['units']} | {r['fsyntax']:.1f} | "
              f"{r['cold']:.1f} | {r['cold'] / r['fsyntax']:.2f}x | "
              f"{100 * r['link'] / r['cold']:.1f}% | {r['warm']:.2f} | "
              f"{100 * r['warm'] / r['cold']:.1f}% | {r['tidy']:.1f} | "
              f"{r['cold'] / r['tidy']:.2f}x | {r['cold'] / r['units']:.3f} | "
              f"{r['fsyntax_rss'] // 1024} / {r['cold_rss'] // 1024} / "
              f"{r['tidy_rss'] // 1024} |", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--work", default=tempfile.gettempdir())
    parser.add_argument("--skip-own", action="store_true")
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    args.onex = os.path.join(args.build, "bin", "onex-purity")
    args.tidy = "/usr/lib/llvm-22/bin/clang-tidy"
    source_root = os.path.dirname(HERE)
    for tool in (GNU_TIME, args.onex, args.tidy):
        if not os.path.exists(tool):
            sys.exit(f"bench: {tool} is missing (GNU time: apt-get install time)")
    print_header(args.jobs)
    if not args.skip_own:
        own = [os.path.join(d, f) for d in ("checker", "frontend", "tool", "clang-tidy-module")
               for f in sorted(os.listdir(os.path.join(source_root, d)))
               if f.endswith(".cpp")]
        print(f"bench: own sources ({len(own)} units)...", file=sys.stderr)
        print_row(measure("own sources", args.build, own, args))
    for n in args.sizes:
        out = os.path.join(args.work, f"onex-bench-gen-{n}")
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n),
                        out, os.path.join(source_root, "include")], check=True)
        print(f"bench: generated, N={n}...", file=sys.stderr)
        print_row(measure(f"generated N={n}", out, None, args))
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
