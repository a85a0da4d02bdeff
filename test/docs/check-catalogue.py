#!/usr/bin/env python3
"""Checks that the docs agree with the check catalogue (checker/Checks.def).

Usage: check-catalogue.py <source root> <file with `onex-purity --list-checks`>

Fails (exit 1, one line per problem) when a check has no docs page, a docs
page names no check, the README's check table differs from the catalogue
(names or order), or an option documented in docs/checks/common-options.md
is missing from the reference .clang-tidy.
"""
import os
import re
import sys


def catalogue(listing):
    names = []
    for line in open(listing):
        m = re.match(r"\s+(onex-[a-z-]+)\s", line)
        if m:
            names.append(m.group(1))
    return names


def main():
    root, listing = sys.argv[1], sys.argv[2]
    checks = catalogue(listing)
    problems = []
    if not checks:
        problems.append(f"{listing}: no checks listed")

    docs = os.path.join(root, "docs", "checks")
    pages = sorted(f[:-3] for f in os.listdir(docs)
                   if f.startswith("onex-") and f.endswith(".md"))
    for c in checks:
        if c not in pages:
            problems.append(f"check {c} has no docs/checks/{c}.md")
    for p in pages:
        if p not in checks:
            problems.append(f"docs/checks/{p}.md names no check in the catalogue")

    readme = open(os.path.join(root, "README.md")).read()
    table = re.findall(r"^\| \[(onex-[a-z-]+)\]\(docs/checks/\1\.md\) \|",
                       readme, re.M)
    for c in checks:
        if c not in table:
            problems.append(f"README.md's check table lacks {c}")
    for c in table:
        if c not in checks or table.count(c) > 1:
            problems.append(f"README.md's check table row {c} is not one "
                            f"catalogue check")

    common = open(os.path.join(docs, "common-options.md")).read()
    documented = re.findall(r"^\| `([A-Za-z]+)` \|", common, re.M)
    reference = open(os.path.join(root, ".clang-tidy")).read()
    configured = set(re.findall(r"^  ([A-Za-z]+):", reference, re.M))
    if not documented:
        problems.append("common-options.md documents no option")
    for option in documented:
        if option not in configured:
            problems.append(f"option {option} is documented in "
                            f"common-options.md but missing from .clang-tidy")

    for p in problems:
        print("catalogue: " + p)
    if not problems:
        print(f"catalogue: {len(checks)} checks, {len(documented)} options agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
