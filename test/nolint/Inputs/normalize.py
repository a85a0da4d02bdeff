"""Prints the 'line:col: [check]' of every warning in clang-style output,
sorted, so two front ends' findings can be compared with diff."""
import re
import sys

found = set()
for line in sys.stdin:
    m = re.search(r"waivers\.cpp:(\d+):(\d+): warning: .*\[(onex-[a-z-]+)\]$",
                  line.rstrip())
    if m:
        found.add((int(m.group(1)), int(m.group(2)), m.group(3)))
for line, col, check in sorted(found):
    print(f"{line}:{col}: [{check}]")
