#!/usr/bin/env python3
"""Teachback's catalogues: extract the English template from the Swift accessors, and check every catalogue.

  scripts/messages.py extract [--out FILE]   write the template (.pot) the accessors define (default: print it)
  scripts/messages.py compile                writes each catalogue's LANG.mo (msgfmt), which the program embeds and reads
  scripts/messages.py selftest               the stray-sentence check catches its fixture's two stray sentences
  scripts/messages.py check                  no sentence left in Swift outside a message; the template is up to date; every catalogue has every message, no
                                             extra one, the same placeholders, the right number of plural forms,
                                             and `msgfmt --check` finds nothing

A message is a call `language.text("English {name}", context: "…", ["name": value])` or
`language.plural("{count} thing", "{count} things", count: n, …)` (the receiver is a `Language` or a `Catalogue`,
named `language` or `l`), a `Message("English {name}", …)` carried until it is said, or a command's help,
`helpText("English")`, with literal English. Placeholders are `{name}`; `{{` and `}}` are braces.
"""
import glob, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUES = os.path.join(ROOT, "Sources", "Words", "Catalogues")
TEMPLATE = os.path.join(CATALOGUES, "teachback.pot")
CALL = re.compile(r"(?<![A-Za-z0-9_.])(?<!func )(?:(?:language|l|commandLanguage)\.(text|plural)|Message\.(plural)|(Message)|(helpText))\(")
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


class SwiftError(Exception):
    pass


def scan_string(s, i):
    """The Swift string literal at s[i] ('"'): (index after it, its value, whether it has interpolations)."""
    if s.startswith('"""', i):
        raise SwiftError("a multi-line string literal")
    j, value, interpolated = i + 1, "", False
    while True:
        if j >= len(s) or s[j] == "\n":
            raise SwiftError("a string literal that does not end")
        c = s[j]
        if c == "\\":
            n = s[j + 1]
            if n == "(":
                interpolated, depth, j = True, 1, j + 2
                while depth:
                    if s[j] == '"':
                        j = scan_string(s, j)[0]
                        continue
                    depth += {"(": 1, ")": -1}.get(s[j], 0)
                    j += 1
                continue
            if n == "u":
                close = s.index("}", j)
                value += chr(int(s[j + 3:close], 16))
                j = close + 1
                continue
            value += {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "0": "\0", "r": "\r", "'": "'"}[n]
            j += 2
            continue
        if c == '"':
            return j + 1, value, interpolated
        value += c
        j += 1


def scan_arguments(s, i):
    """The call's arguments from s[i] ('('): (index after ')', [argument text])."""
    depth, j, start, args = 0, i, i + 1, []
    while True:
        c = s[j]
        if c == '"':
            j = scan_string(s, j)[0]
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(s[start:j].strip())
                return j + 1, args
        elif c == "," and depth == 1:
            args.append(s[start:j].strip())
            start = j + 1
        j += 1


def literal(text):
    if not text.startswith('"'):
        return None
    end, value, interpolated = scan_string(text, 0)
    if end != len(text) or interpolated:
        return None
    return value


def dictionary_keys(text):
    """The keys of a `["a": x, "b": y]` literal."""
    if not (text.startswith("[") and text.endswith("]")):
        return None
    keys = []
    for key in re.finditer(r'(?:\[|,)\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*:', text):
        keys.append(key.group(1))
    return keys


def placeholders(message):
    return set(PLACEHOLDER.findall(message))


def extract():
    """Every message in Sources/: [(context, msgid, msgid_plural, [refs])], and the problems found."""
    messages, problems, order = {}, [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "Sources", "**", "*.swift"), recursive=True)):
        rel = os.path.relpath(path, ROOT)
        if rel.startswith(os.path.join("Sources", "Words") + os.sep):
            continue  # the catalogue's own code, which says no message
        s = open(path, encoding="utf-8").read()
        for m in CALL.finditer(s):
            line_start = s.rfind("\n", 0, m.start()) + 1
            if "//" in s[line_start:m.start()]:
                continue  # in a comment
            line = s.count("\n", 0, m.start()) + 1
            where = f"{rel}:{line}"
            try:
                _, args = scan_arguments(s, m.end() - 1)
            except (SwiftError, IndexError, KeyError) as e:
                problems.append(f"{where}: cannot read the call: {e}")
                continue
            kind = m.group(1) or m.group(2) or "text"
            if args and args[0].startswith("verbatim:"):
                continue  # text outside the catalogues, on purpose (Message(verbatim:))
            context, keys, ids = None, [], []
            for arg in args:
                if arg.startswith("context:"):
                    context = literal(arg[len("context:"):].strip())
                    if context is None:
                        problems.append(f"{where}: a context must be one string literal")
                elif arg.startswith("count:"):
                    keys.append("count")
                elif arg.startswith("["):
                    found = dictionary_keys(arg)
                    keys += found or []
                else:
                    ids.append(arg)
            want = 1 if kind == "text" else 2
            if len(ids) != want or any(literal(a) is None for a in ids):
                problems.append(f"{where}: the English of a message must be {want} string literal(s) without \\( )")
                continue
            values = [literal(a) for a in ids]
            for value in values:
                missing = placeholders(value) - set(keys)
                extra = set(keys) - placeholders(value) - ({"count"} if kind == "plural" else set())
                if missing:
                    problems.append(f"{where}: no value for {{{', '.join(sorted(missing))}}} in \"{value}\"")
                if extra and value == values[0]:
                    problems.append(f"{where}: {', '.join(sorted(extra))} given but not in \"{value}\"")
            msgid, plural = values[0], values[1] if kind == "plural" else None
            key = (context, msgid)
            if key in messages:
                if messages[key][0] != plural:
                    problems.append(f"{where}: \"{msgid}\" is both a plural and a plain message; give one a context")
                messages[key][1].append(where)
            else:
                messages[key] = (plural, [where])
                order.append(key)
    return [(c, i, messages[(c, i)][0], messages[(c, i)][1]) for c, i in order], problems


def po_string(value):
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in escaped:
        return f'"{escaped}"'
    parts = escaped.split("\n")
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in lines)


def template(entries):
    out = [
        "# Teachback's messages, in English. Made by scripts/messages.py extract from the Swift accessors: do not edit.",
        "# Translate by copying this to LANG.po (msginit), or update one with msgmerge; see README.",
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: teachback\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"',
        "",
    ]
    for context, msgid, plural, refs in entries:
        out += [f"#: {r}" for r in refs]
        if placeholders(msgid) or (plural and placeholders(plural)):
            out.append("#, python-brace-format")
        if context is not None:
            out.append(f"msgctxt {po_string(context)}")
        out.append(f"msgid {po_string(msgid)}")
        if plural is not None:
            out += [f"msgid_plural {po_string(plural)}", 'msgstr[0] ""', 'msgstr[1] ""']
        else:
            out.append('msgstr ""')
        out.append("")
    return "\n".join(out)


def read_po(path):
    """[(line, context, msgid, plural, [msgstr...], flags)] and the header, as gettext reads them (obsolete left out)."""
    entries, cur, field, flags = [], None, None, set()

    def unquote(text, line):
        text = text.strip()
        if not (len(text) >= 2 and text[0] == '"' and text[-1] == '"'):
            raise SystemExit(f"{path}:{line}: not a PO string: {text}")
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text[1:-1])

    def finish():
        nonlocal cur
        if cur is not None:
            entries.append(cur)
        cur = None

    for number, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#~"):
            continue
        if line.startswith("#,"):
            finish()
            flags |= {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith("#"):
            finish() if cur is not None and cur["strings"] else None
            continue
        if line.startswith('"'):
            value = unquote(line, number)
            if field == "strings":
                cur["strings"][-1] += value
            else:
                cur[field] = (cur[field] or "") + value
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and cur is not None and cur["strings"]:
            finish()
        if cur is None:
            cur = {"line": number, "context": None, "id": None, "plural": None, "strings": [], "flags": flags}
            flags = set()
        if keyword == "msgctxt":
            cur["context"], field = unquote(rest, number), "context"
        elif keyword == "msgid":
            cur["id"], cur["line"], field = unquote(rest, number), number, "id"
        elif keyword == "msgid_plural":
            cur["plural"], field = unquote(rest, number), "plural"
        elif keyword.startswith("msgstr"):
            cur["strings"].append(unquote(rest, number))
            field = "strings"
        else:
            raise SystemExit(f"{path}:{number}: a line PO does not know: {line[:40]}")
    finish()
    header = {}
    for e in entries:
        if e["id"] == "" and e["context"] is None:
            for field_line in e["strings"][0].split("\n"):
                k, _, v = field_line.partition(":")
                if k:
                    header[k.strip()] = v.strip()
    return [e for e in entries if not (e["id"] == "" and e["context"] is None)], header


LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|CREATE|DELETE|ALTER|PRAGMA|WHERE|FROM|JOIN|TABLE|BEGIN|COMMIT|GRANT|REVOKE|RETURNING|CONFLICT|SET|TRUNCATE|NULL|AND)\b")
MARK = "not a message"


def literals(s):
    """Each single-line string literal of Swift source outside comments: (offset, its text without interpolations).
    Multi-line literals (SQL, in this code) are passed over."""
    i, out = 0, []
    while i < len(s):
        if s.startswith("//", i):
            i = s.find("\n", i)
            i = len(s) if i < 0 else i
        elif s.startswith("/*", i):
            i = s.find("*/", i)
            i = len(s) if i < 0 else i + 2
        elif s.startswith('"""', i):
            i = s.find('"""', i + 3)
            i = len(s) if i < 0 else i + 3
        elif s.startswith('#"', i):
            i = s.find('"#', i + 2)
            i = len(s) if i < 0 else i + 2
        elif s[i] == '"':
            try:
                end, value, _ = scan_string(s, i)
            except (SwiftError, IndexError, KeyError):
                i += 1
                continue
            out.append((i, value))
            i = end
        else:
            i += 1
    return out


def stray_sentences(root=None):
    """String literals that read as a sentence (three words or more) outside every message call, in Sources/.

    Words a person reads belong in a catalogue. A literal that is not read as words — SQL, markup, a format, a code a
    record keeps, a stored audit detail, an internal error no one sees — is marked `// not a message: WHY` on its line
    or the line above, or the file says `// not a message (whole file): WHY`."""
    root = root or ROOT
    found = []
    for path in sorted(glob.glob(os.path.join(root, "Sources", "**", "*.swift"), recursive=True)):
        rel = os.path.relpath(path, root)
        if rel.startswith(os.path.join("Sources", "Words") + os.sep):
            continue
        s = open(path, encoding="utf-8").read()
        if MARK + " (whole file)" in s:
            continue
        spans = []
        for m in CALL.finditer(s):
            try:
                end, _ = scan_arguments(s, m.end() - 1)
                spans.append((m.start(), end))
            except (SwiftError, IndexError, KeyError):
                pass
        lines = s.split("\n")
        for start, value in literals(s):
            if any(a <= start < b for a, b in spans):
                continue
            text = value
            words = re.findall(r"(?<![A-Za-z\\])[A-Za-z][a-z]+(?![A-Za-z])", text)
            if len(words) < 3 or " " not in text or SQL.search(text) or "<" in text and ">" in text:
                continue  # not three words, SQL, or markup
            if re.fullmatch(r"[yMdHhmsaZ:\-. ']+", text) or all("_" in t for t in re.findall(r"[A-Za-z_]+", text)):
                continue  # a date format, or a list of column names
            number = s.count("\n", 0, start)
            if MARK in lines[number] or (number > 0 and MARK in lines[number - 1]):
                continue
            found.append(f"{rel}:{number + 1}: \"{value[:70]}\" is words outside the catalogues: make it a message, or mark it // {MARK}: WHY")
    return found


def check():
    failures = []
    entries, problems = extract()
    failures += problems
    failures += stray_sentences()
    current = template(entries)
    if not os.path.exists(TEMPLATE) or open(TEMPLATE, encoding="utf-8").read() != current:
        failures.append(f"{os.path.relpath(TEMPLATE, ROOT)} is not what the accessors say: run scripts/messages.py extract --out {os.path.relpath(TEMPLATE, ROOT)}")
    wanted = {(c, i): p for c, i, p, _ in entries}
    for path in sorted(glob.glob(os.path.join(CATALOGUES, "*.po"))):
        rel = os.path.relpath(path, ROOT)
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path], capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"{rel}: msgfmt --check: {result.stderr.strip()}")
        po, header = read_po(path)
        match = re.search(r"nplurals\s*=\s*(\d+)", header.get("Plural-Forms", ""))
        nplurals = int(match.group(1)) if match else None
        if nplurals is None:
            failures.append(f"{rel}: the header has no Plural-Forms")
        for field in ("Language", "X-Teachback-Locale", "X-Teachback-Voice"):
            if not header.get(field):
                failures.append(f"{rel}: the header has no {field}")
        seen = set()
        for e in po:
            key = (e["context"], e["id"])
            where = f"{rel}:{e['line']}"
            seen.add(key)
            if key not in wanted:
                failures.append(f"{where}: \"{e['id']}\" is not a message any more (msgmerge marks it obsolete)")
                continue
            if "fuzzy" in e["flags"] or not any(e["strings"]):
                failures.append(f"{where}: \"{e['id']}\" is not translated" + (" (fuzzy)" if "fuzzy" in e["flags"] else ""))
                continue
            if (wanted[key] is None) != (e["plural"] is None):
                failures.append(f"{where}: \"{e['id']}\" should {'not ' if wanted[key] is None else ''}be a plural message")
                continue
            if e["plural"] is not None and nplurals and len(e["strings"]) != nplurals:
                failures.append(f"{where}: {len(e['strings'])} plural forms; Plural-Forms says {nplurals}")
            sources = [e["id"]] + ([e["plural"]] if e["plural"] else [])
            expected = set().union(*(placeholders(s) for s in sources))
            for n, translated in enumerate(e["strings"]):
                got = placeholders(translated)
                # A plural form may leave {count} out ("one" in many languages is a word, not the number).
                if got - expected or (expected - got) - ({"count"} if e["plural"] is not None else set()):
                    failures.append(f"{where}: msgstr{'[%d]' % n if e['plural'] else ''} has {{{', '.join(sorted(got))}}}; the English has {{{', '.join(sorted(expected))}}}")
        for key in wanted:
            if key not in seen:
                failures.append(f"{rel}: no translation of \"{key[1]}\"" + (f" (context {key[0]})" if key[0] else "") + " (run msgmerge; see README)")
    failures += compiled_problems()
    for f in failures:
        print(f)
    print(f"{len(entries)} messages; {len(glob.glob(os.path.join(CATALOGUES, '*.po')))} catalogues; {len(failures)} problems")
    return 1 if failures else 0


def compile_catalogues():
    """Writes each LANG.mo beside its LANG.po (msgfmt, which leaves fuzzy messages out): what the program reads."""
    for path in sorted(glob.glob(os.path.join(CATALOGUES, "*.po"))):
        target = path[:-3] + ".mo"
        with tempfile.NamedTemporaryFile(dir=CATALOGUES, delete=False, suffix=".mo") as f:
            temporary = f.name
        result = subprocess.run(["msgfmt", "-o", temporary, path], capture_output=True, text=True)
        if result.returncode != 0:
            os.unlink(temporary)
            print(f"{os.path.relpath(path, ROOT)}: msgfmt: {result.stderr.strip()}", file=sys.stderr)
            return 1
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        print(f"wrote {os.path.relpath(target, ROOT)}")
    return 0


def compiled_problems():
    """Each LANG.mo says what its LANG.po says (read back with Python's gettext): else it was not recompiled."""
    import gettext
    problems = []
    for path in sorted(glob.glob(os.path.join(CATALOGUES, "*.po"))):
        rel = os.path.relpath(path[:-3] + ".mo", ROOT)
        if not os.path.exists(path[:-3] + ".mo"):
            problems.append(f"{rel} is missing: run scripts/messages.py compile")
            continue
        with open(path[:-3] + ".mo", "rb") as f:
            catalog = dict(gettext.GNUTranslations(f)._catalog)
        po, _ = read_po(path)
        wanted = {}
        for e in po:
            if "fuzzy" in e["flags"] or not any(e["strings"]):
                continue
            key = e["id"] if e["context"] is None else e["context"] + "\x04" + e["id"]
            if e["plural"] is None:
                wanted[key] = e["strings"][0]
            else:
                for n, form in enumerate(e["strings"]):
                    wanted[(key, n)] = form
        catalog.pop("", None)
        if catalog != wanted:
            problems.append(f"{rel} is not what {os.path.relpath(path, ROOT)} says: run scripts/messages.py compile")
    return problems


def selftest():
    """The checks must catch what they are for: a fixture with one stray sentence of each kind and the look-alikes
    they must let pass."""
    fixture = '''
let a = language.text("A message the catalogue has {n}", ["n": 1])
let b = Message("Another message that is fine")
let c = helpText("Help text is a message too")
print("This sentence was left in Swift")
throw Failure("no topic \\(id); the topics are \\(known)")
// print("A sentence in a comment is not code")
let sql = "SELECT id FROM learner WHERE name = ?"
let d = "yyyy-MM-dd HH:mm"
let e = "failed_tries, locked_until"
let f = "a stored audit detail, kept as written"  // not a message: a stored audit detail
let g = Message(verbatim: "text of the bank itself, said as it is")
let h = "short words"
'''
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, "Sources", "M"))
        with open(os.path.join(folder, "Sources", "M", "F.swift"), "w", encoding="utf-8") as f:
            f.write(fixture)
        found = [line.split(": ", 1)[1].split('" is words')[0] + '"' for line in stray_sentences(folder)]
    if len(found) != 2 or "This sentence was left in Swift" not in found[0] or "no topic" not in found[1]:
        print(f"selftest: the stray-sentence check found {found}; it must find exactly the two stray sentences")
        return 1
    print("selftest: the stray-sentence check finds the two stray sentences of its fixture and nothing else")
    return 0


def main(argv):
    if len(argv) >= 1 and argv[0] == "extract":
        entries, problems = extract()
        for p in problems:
            print(p, file=sys.stderr)
        text = template(entries)
        if len(argv) == 3 and argv[1] == "--out":
            with tempfile.NamedTemporaryFile("w", dir=os.path.dirname(argv[2]) or ".", delete=False, encoding="utf-8") as f:
                f.write(text)
            os.chmod(f.name, 0o644)
            os.replace(f.name, argv[2])
        else:
            sys.stdout.write(text)
        return 1 if problems else 0
    if argv == ["check"]:
        return check()
    if argv == ["selftest"]:
        return selftest()
    if argv == ["compile"]:
        return compile_catalogues()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
