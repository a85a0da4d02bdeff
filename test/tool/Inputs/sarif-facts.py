"""Prints the SARIF fields GitHub code scanning reads, one fact a line, so
lit tests can check them with FileCheck.

usage: python3 sarif-facts.py <log.sarif>
"""
import json
import sys

with open(sys.argv[1]) as f:
    run = json.load(f)["runs"][0]
driver = run["tool"]["driver"]
print(f"driver: {driver['name']} rules={len(driver['rules'])} "
      f"informationUri={driver['informationUri']}")
for rule in driver["rules"]:
    if rule["id"] == "onex-purity-io":
        print(f"rule {rule['id']}: "
              f"level={rule['defaultConfiguration']['level']} "
              f"helpUri={rule['helpUri']} "
              f"help={'yes' if rule['help']['text'] else 'no'} "
              f"full={rule['fullDescription']['text']}")
print(f"srcroot: {run['originalUriBaseIds']['%SRCROOT%']['uri']}")


def where(location):
    physical = location["physicalLocation"]
    return f"{physical['artifactLocation']['uri']}:{physical['region']['startLine']}"


for result in run["results"]:
    region = result["locations"][0]["physicalLocation"]["region"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    suppressions = result.get("suppressions", [])
    state = ("no" if not suppressions else
             f"{suppressions[0]['kind']}:{suppressions[0]['justification']}")
    print(f"result {result['ruleId']} index={result['ruleIndex']} at {uri}:"
          f"{region['startLine']}:{region['startColumn']}-"
          f"{region['endLine']}:{region['endColumn']} suppressed={state}")
    for flow in result.get("codeFlows", []):
        for step in flow["threadFlows"][0]["locations"]:
            print(f"  flow: {where(step['location'])} "
                  f"{step['location']['message']['text']}")
    for related in result.get("relatedLocations", []):
        print(f"  related: {where(related)} {related['message']['text']}")
    print(f"  fingerprint: {result['partialFingerprints']['onexPurity/v2']}")
for invocation in run["invocations"]:
    print(f"invocation: executionSuccessful={invocation['executionSuccessful']}")
