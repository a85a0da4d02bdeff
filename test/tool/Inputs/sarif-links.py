"""Prints every link target in the rules' help markdown of a SARIF log that
is not absolute (a relative link breaks where GitHub shows the help), then
"links: N absolute".

usage: sarif-links.py <log.sarif>
"""
import json
import re
import sys

log = json.load(open(sys.argv[1]))
absolute = 0
for run in log["runs"]:
    for rule in run["tool"]["driver"]["rules"]:
        for target in re.findall(r"\]\(([^)]*)\)", rule["help"]["markdown"]):
            if not target or " " in target:
                continue  # Code such as Table[i](), not a link.
            if re.match(r"^[a-z]+://", target) or target.startswith("#"):
                absolute += 1
            else:
                print(f"relative link in {rule['id']}: {target}")
print(f"links: {absolute} absolute")
