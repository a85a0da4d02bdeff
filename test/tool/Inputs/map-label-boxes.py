#!/usr/bin/env python3
"""Checks the layout of an HTML map without a browser.

Usage: map-label-boxes.py <arch.html>

Estimates each text's box (node names at 12px bold, kinds at 11px, edge
labels at 10px; widths from a per-character budget the layout also uses)
and fails when two intersect, or when a label leaves its gap and runs into
the next column of nodes. Prints "N texts, 0 overlapping". The browser test
(test/browser/map-screenshot.sh) makes the same check with real metrics.
"""
import re
import sys

CHAR = {"name": 7.5, "kind": 6.0, "label": 5.6, "count": 6.0}
HEIGHT = {"name": 12, "kind": 11, "label": 10, "count": 11}


def main():
    html = open(sys.argv[1]).read()
    boxes = []
    for m in re.finditer(r'<text x="(\d+)" y="(\d+)"([^>]*)>(?:<title>[^<]*</title>)?([^<]*)</text>', html):
        x, y, attrs, text = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        kind = re.search(r'class="(\w+)"', attrs)
        kind = kind.group(1) if kind else "label"
        text = re.sub(r"&\w+;", "_", text)
        w = len(text) * CHAR[kind]
        if "middle" in attrs:
            x -= w / 2
        boxes.append((x, y - HEIGHT[kind], w, HEIGHT[kind] + 2, text))
    boxes.sort()
    bad = 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] >= a[0] + a[2]:
                break
            if a[1] < b[1] + b[3] - 1 and b[1] < a[1] + a[3] - 1:
                bad += 1
                if bad <= 5:
                    print(f"overlap: {a[4]!r} and {b[4]!r}")
    print(f"{len(boxes)} texts, {bad} overlapping")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
