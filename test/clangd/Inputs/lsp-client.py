"""A minimal LSP client for end-to-end tests of onex-clangd over stdio.

usage: lsp-client.py --file <source> [--definition LINE:COL] [--links]
                     [--replace OLD NEW] -- <server command...>

initialize -> initialized -> didOpen(<source>) -> prints the first
publishDiagnostics for it; with --definition, asks where the symbol at
LINE:COL (1-based) is defined and prints "definition <file>:<line>:<col>";
with --replace, didChange (OLD replaced by NEW in
the whole text) -> prints the diagnostics for version 2. Then shutdown and
exit. Each diagnostic is printed as

  diagnostic <code> <line>:<col>-<line>:<col> <severity>: <message>
    link <the diagnostic's documentation link> (with --links, when it has one)
    related <file>:<line>:<col>: <message>

with 1-based lines and columns, so FileCheck patterns read like clang's.
"""
import argparse
import json
import os
import subprocess
import sys
import threading
import queue

SEVERITY = {1: "error", 2: "warning", 3: "info", 4: "hint"}
SHOW_LINKS = False


class Server:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def send(self, method, params, request=False):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            message["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return message.get("id")

    def wait(self, predicate, timeout=120):
        while True:
            message = self.messages.get(timeout=timeout)
            if message is None:
                sys.exit("lsp-client: the server exited")
            if predicate(message):
                return message


def uri(path):
    return "file://" + os.path.abspath(path)


def show(diagnostics):
    def pos(p):
        return f"{p['line'] + 1}:{p['character'] + 1}"
    print(f"diagnostics: {len(diagnostics)}")
    for d in sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"],
                                                d["range"]["start"]["character"])):
        r = d["range"]
        print(f"diagnostic {d.get('code', '-')} {pos(r['start'])}-{pos(r['end'])} "
              f"{SEVERITY.get(d.get('severity'), '?')}: {d['message']}")
        if SHOW_LINKS and "codeDescription" in d:
            print(f"  link {d['codeDescription']['href']}")
        for rel in d.get("relatedInformation", []):
            loc = rel["location"]
            name = os.path.basename(loc["uri"])
            print(f"  related {name}:{pos(loc['range']['start'])}: {rel['message']}")
        for action in d.get("codeActions", []):
            print(f"  action {action['title']}")
            for edits in action.get("edit", {}).get("changes", {}).values():
                for e in edits:
                    text = e["newText"].replace("\n", "\\n")
                    print(f"    insert at {pos(e['range']['start'])}: {text}")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--replace", nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument("--definition", metavar="LINE:COL")
    parser.add_argument("--links", action="store_true",
                        help="print each diagnostic's codeDescription link")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    global SHOW_LINKS
    SHOW_LINKS = args.links
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    server = Server(command)
    root = os.path.dirname(os.path.abspath(args.file))
    init = server.send("initialize", {
        "processId": os.getpid(), "rootUri": uri(root),
        "capabilities": {"textDocument": {"publishDiagnostics": {
            "relatedInformation": True, "codeDescriptionSupport": True,
            "codeActionsInline": True}}},
    }, request=True)
    server.wait(lambda m: m.get("id") == init)
    server.send("initialized", {})
    with open(args.file) as f:
        text = f.read()
    doc = uri(args.file)
    server.send("textDocument/didOpen", {"textDocument": {
        "uri": doc, "languageId": "cpp", "version": 1, "text": text}})

    def diagnostics_for(version):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == doc
                          and m["params"].get("version") == version)
    show(server.wait(diagnostics_for(1))["params"]["diagnostics"])
    if args.definition:
        line, col = (int(x) - 1 for x in args.definition.split(":"))
        request = server.send("textDocument/definition", {
            "textDocument": {"uri": doc},
            "position": {"line": line, "character": col}}, request=True)
        for loc in server.wait(lambda m: m.get("id") == request)["result"]:
            start = loc["range"]["start"]
            print(f"definition {os.path.basename(loc['uri'])}:"
                  f"{start['line'] + 1}:{start['character'] + 1}")
        sys.stdout.flush()
    if args.replace:
        old, new = args.replace
        if old not in text:
            sys.exit(f"lsp-client: '{old}' is not in {args.file}")
        server.send("textDocument/didChange", {
            "textDocument": {"uri": doc, "version": 2},
            "contentChanges": [{"text": text.replace(old, new)}]})
        print("-- after the change --")
        show(server.wait(diagnostics_for(2))["params"]["diagnostics"])
    done = server.send("shutdown", None, request=True)
    server.wait(lambda m: m.get("id") == done)
    server.send("exit", None)
    server.proc.wait(timeout=30)


if __name__ == "__main__":
    main()
