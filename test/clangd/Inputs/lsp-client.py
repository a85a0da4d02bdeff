"""A minimal LSP client for end-to-end tests of onex-clangd over stdio.

usage: lsp-client.py --file <source> [--definition LINE:COL] [--links]
                     [--replace OLD NEW] [--apply TITLE] [--one-order]
                     -- <server command...>

initialize -> initialized -> didOpen(<source>) -> prints the first
publishDiagnostics for it; with --definition, asks where the symbol at
LINE:COL (1-based) is defined and prints "definition <file>:<line>:<col>";
with --apply, writes the file with the edits of the first code action whose
title starts with TITLE applied (positions in UTF-16 units are taken as
characters: the inputs are ASCII); with --replace, didChange (OLD replaced by NEW in
the whole text) -> prints the diagnostics for version 2. Then shutdown and
exit. Each diagnostic is printed as

  diagnostic <code> <line>:<col>-<line>:<col> <severity>: <message>
    link <the diagnostic's documentation link> (with --links, when it has one)
    related <file>:<line>:<col>: <message>

with 1-based lines and columns, so FileCheck patterns read like clang's.

Every session runs twice, unless --one-order: with the file as it is, and
with its first block of #include lines in reverse order (the lines are
permuted in place, so every position stays the same). clangd builds both
from a preamble. The two transcripts must be identical, and the server must
exit with status 0 after shutdown; otherwise the client prints both and
exits 1. A header whose place in the include order changes what the editor
reports (or crashes it) fails every editor test this way.
"""
import io
import argparse
import json
import os
import subprocess
import sys
import threading
import queue

SEVERITY = {1: "error", 2: "warning", 3: "info", 4: "hint"}
SHOW_LINKS = False


class ServerExited(Exception):
    pass


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
                raise ServerExited()
            if predicate(message):
                return message


def uri(path):
    return "file://" + os.path.abspath(path)


def show(diagnostics, out):
    def pos(p):
        return f"{p['line'] + 1}:{p['character'] + 1}"
    print = lambda *a: out.write(" ".join(str(x) for x in a) + "\n")
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


def reversed_includes(text):
    """The text with its first run of two or more #include lines reversed,
    or None when it has no such run."""
    lines = text.split("\n")
    start = None
    for i, line in enumerate(lines + [""]):
        if line.lstrip().startswith("#include"):
            if start is None:
                start = i
            continue
        if start is not None:
            if i - start >= 2:
                lines[start:i] = reversed(lines[start:i])
                return "\n".join(lines)
            start = None
    return None


def original_text(args):
    with open(args.file) as f:
        return f.read()


def apply_action(path, text, diagnostics, title):
    """Applies the edits of the first code action whose title starts with
    title, as an editor would, and writes the file."""
    for d in diagnostics:
        for action in d.get("codeActions", []):
            if not action["title"].startswith(title):
                continue
            lines = text.split("\n")
            edits = [e for es in action.get("edit", {}).get("changes", {})
                     .values() for e in es]
            # Last position first, so earlier positions stay valid.
            for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"],
                                                  e["range"]["start"]["character"]),
                            reverse=True):
                start, end = e["range"]["start"], e["range"]["end"]
                assert start["line"] == end["line"], "single-line edits only"
                line = lines[start["line"]]
                lines[start["line"]] = (line[:start["character"]] + e["newText"] +
                                        line[end["character"]:])
            with open(path, "w") as f:
                f.write("\n".join(lines))
            return
    sys.exit(f"lsp-client: no code action '{title}...' to apply")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--replace", nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument("--definition", metavar="LINE:COL")
    parser.add_argument("--links", action="store_true",
                        help="print each diagnostic's codeDescription link")
    parser.add_argument("--apply", metavar="TITLE",
                        help="apply the first code action whose title starts "
                             "with TITLE to the file on disk")
    parser.add_argument("--one-order", action="store_true",
                        help="only the file as it is, not also with its "
                             "#include lines reversed")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    global SHOW_LINKS
    SHOW_LINKS = args.links
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with open(args.file) as f:
        text = f.read()
    transcripts = []
    for variant in [text] + ([] if args.one_order else
                             [t for t in [reversed_includes(text)] if t]):
        out = io.StringIO()
        try:
            status = session(args, command, variant, out)
        except ServerExited:
            out.write("lsp-client: the server exited\n")
            status = -1
        if status != 0:
            out.write(f"lsp-client: the server exited with status {status}\n")
        transcripts.append((out.getvalue(), status))
    first = transcripts[0][0]
    sys.stdout.write(first)
    if any(t != first or status != 0 for t, status in transcripts):
        if len(transcripts) > 1:
            sys.stdout.write("-- with the #include lines reversed --\n")
            sys.stdout.write(transcripts[1][0])
        sys.exit(1)


def session(args, command, text, out):
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
    doc = uri(args.file)
    server.send("textDocument/didOpen", {"textDocument": {
        "uri": doc, "languageId": "cpp", "version": 1, "text": text}})

    def diagnostics_for(version):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == doc
                          and m["params"].get("version") == version)
    first = server.wait(diagnostics_for(1))["params"]["diagnostics"]
    show(first, out)
    if args.apply and text == original_text(args):
        apply_action(args.file, text, first, args.apply)
    if args.definition:
        line, col = (int(x) - 1 for x in args.definition.split(":"))
        request = server.send("textDocument/definition", {
            "textDocument": {"uri": doc},
            "position": {"line": line, "character": col}}, request=True)
        for loc in server.wait(lambda m: m.get("id") == request)["result"]:
            start = loc["range"]["start"]
            out.write(f"definition {os.path.basename(loc['uri'])}:"
                      f"{start['line'] + 1}:{start['character'] + 1}\n")
    if args.replace:
        old, new = args.replace
        if old not in text:
            sys.exit(f"lsp-client: '{old}' is not in {args.file}")
        server.send("textDocument/didChange", {
            "textDocument": {"uri": doc, "version": 2},
            "contentChanges": [{"text": text.replace(old, new)}]})
        out.write("-- after the change --\n")
        show(server.wait(diagnostics_for(2))["params"]["diagnostics"], out)
    done = server.send("shutdown", None, request=True)
    server.wait(lambda m: m.get("id") == done)
    server.send("exit", None)
    return server.proc.wait(timeout=30)


if __name__ == "__main__":
    main()
