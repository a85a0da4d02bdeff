"""Prints, as a shell script, the commands a CI recipe runs, so a test can
run exactly them.

usage: recipe-commands.py <recipe.yml>

The recipe marks its commands with "# test: begin" / "# test: end"
comments. Between them:
  - a GitHub `run: |` block body is taken line by line;
  - GitLab `script:` items ("- command") are taken without the dash;
  - a pre-commit hook's `entry:` and `args:` become one command (the
    framework runs the entry followed by the args).
"""
import re
import shlex
import sys

lines = open(sys.argv[1]).read().splitlines()
begin = next(i for i, l in enumerate(lines) if "# test: begin" in l)
end = next(i for i, l in enumerate(lines) if "# test: end" in l)
block = [l.strip() for l in lines[begin + 1:end] if l.strip()]

entry = [l for l in block if l.startswith("entry:")]
if entry:
    command = entry[0][len("entry:"):].strip()
    for line in block:
        if line.startswith("args:"):
            args = re.findall(r"[^\[\],\s]+", line[len("args:"):])
            command += " " + " ".join(shlex.quote(a) for a in args)
    print(command)
else:
    for line in block:
        print(line[2:] if line.startswith("- ") else line)
