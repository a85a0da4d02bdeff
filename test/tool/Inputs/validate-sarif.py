"""Validates a SARIF log against the official 2.1.0 JSON schema.

usage: /usr/bin/python3 validate-sarif.py <schema.json> <log.sarif>
Needs Debian's python3-jsonschema (hence /usr/bin/python3, not whatever
python3 comes first on PATH). Prints "valid" or the first error.
"""
import json
import sys

import jsonschema

schema_path, log_path = sys.argv[1:]
with open(schema_path) as f:
    schema = json.load(f)
with open(log_path) as f:
    log = json.load(f)
try:
    jsonschema.Draft4Validator(schema).validate(log)
except jsonschema.ValidationError as error:
    print(f"invalid: {error.message} at {list(error.absolute_path)}")
    sys.exit(1)
print("valid")
