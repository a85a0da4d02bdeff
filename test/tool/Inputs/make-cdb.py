"""Writes <dir>/compile_commands.json for the test projects.

usage: make-cdb.py <dir> <clang++> <onex include dir> <source>...
Each source gets `clang++ -std=c++20 -I<include> -I<dir> -c <source>`,
with <dir> as its working directory (sources are given relative to it).
"""
import json
import os
import sys

directory, compiler, include, *sources = sys.argv[1:]
directory = os.path.abspath(directory)
entries = [
    {
        "directory": directory,
        "file": source,
        "arguments": [compiler, "-std=c++20", f"-I{include}",
                      f"-I{directory}", "-c", source, "-o",
                      os.path.splitext(source)[0] + ".o"],
    }
    for source in sources
]
with open(os.path.join(directory, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=2)
