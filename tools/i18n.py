"""Collect every translatable string and merge it into resources/translations/msu_{ky,ru}.ts.

    python tools/i18n.py update     # add new strings (marked unfinished), mark vanished ones
    python tools/i18n.py check      # list strings without a finished ky or ru translation
    python tools/i18n.py todo       # the untranslated strings as JSON, per language
    python tools/i18n.py fill ky F  # merge translations from JSON file F (list of
                                    # {context, source, translation}) into msu_ky.ts

Recognised in Python sources (string literals only):
  tr("Context", "text")                 msu_desktop.i18n.tr (non-Qt layers and CLI)
  QCoreApplication.translate("Ctx", "text")
  self.tr("text")                       context = the enclosing class name (Qt's rule)
  SomeError("text", ...)                UserError and its subclasses: context "Errors" or context=...
And in Qt Designer forms (ui/*.ui): every <string> not marked notr, context = the form class.

Counts (plural forms, Qt's numerus): a text with ``%n`` and a count --
  self.tr("%n problem(s)", "", n)
  QCoreApplication.translate("Ctx", "%n problem(s)", "", n)
  tr("Ctx", "%n problem(s)", n=n)       below the GUI (msu_desktop.i18n.tr picks the form)
is written with ``numerus="yes"`` and one ``<numerusform>`` per plural form of the language
(Russian 3: 1, 21 · 2–4, 22 · 5, 11, 25; Kyrgyz 2: 1 · the rest -- Qt's rules, see
msu_desktop.i18n.plural_index). ``todo`` gives such an entry's translation as a list of that
many strings, ``fill`` takes the list, ``check`` wants every form filled and keeping ``%n``.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the three packages whose strings are translated: the office, the exchange formats, the agency
SOURCES = (ROOT / "msu_desktop", ROOT / "msu_exchange", ROOT / "msu_agency")
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"ky": "ky_KG", "ru": "ru_RU"}

Messages = "OrderedDict[tuple[str, str], str]"


def _str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


FORM_SEP = "\x1f"  # between the plural forms of a numerus entry, in read_ts's text


def _forms_needed(lang: str) -> int:
    from msu_desktop.i18n import PLURAL_FORMS

    return PLURAL_FORMS[lang]


def _has_count(node: ast.Call, text: str, positional: int) -> bool:
    """A numerus call: ``%n`` in the text and a count (the ``positional``-th argument, or
    ``n=``)."""
    return "%n" in text and (
        len(node.args) > positional or any(kw.arg == "n" for kw in node.keywords)
    )


class _Visitor(ast.NodeVisitor):
    def __init__(self, where: str, error_classes: set[str]) -> None:
        self.where = where
        self.error_classes = error_classes
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []
        self.numerus: set[tuple[str, str]] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        loc = f"{self.where}:{node.lineno}"
        on_self = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"
        if name in ("tr", "translate") and len(node.args) >= 2 and not on_self:
            ctx, text = _str(node.args[0]), _str(node.args[1])
            if ctx is not None and text is not None:
                self.found.append((ctx, text, loc))
                # translate(ctx, text, disambiguation, n); tr(ctx, text, lang, n) / n=n
                if _has_count(node, text, 3):
                    self.numerus.add((ctx, text))
        elif (
            name == "tr"
            and isinstance(func, ast.Attribute)
            and len(node.args) >= 1
            and self.classes
        ):
            text = _str(node.args[0])
            if text is not None:
                self.found.append((self.classes[-1], text, loc))
                if _has_count(node, text, 2):  # self.tr(text, disambiguation, n)
                    self.numerus.add((self.classes[-1], text))
        elif name in self.error_classes and node.args and _str(node.args[0]) is not None:
            ctx = "Errors"
            for kw in node.keywords:
                if kw.arg == "context" and _str(kw.value) is not None:
                    ctx = _str(kw.value) or ctx
            text = _str(node.args[0]) or ""
            self.found.append((ctx, text, loc))
            if _has_count(node, text, 99):  # SomeError("%n …", n=count)
                self.numerus.add((ctx, text))
        self.generic_visit(node)


def user_error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and every class that derives from it, anywhere in the package."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases.setdefault(node.name, set()).update(names)
    result = {"UserError"}
    changed = True
    while changed:
        changed = False
        for cls, parents in bases.items():
            if cls not in result and parents & result:
                result.add(cls)
                changed = True
    return result


@lru_cache(maxsize=1)
def _scan() -> tuple[list[tuple[str, str, str]], frozenset[tuple[str, str]]]:
    found: list[tuple[str, str, str]] = []
    numerus: set[tuple[str, str]] = set()
    parsed = []
    for path in sorted(p for src in SOURCES for p in src.rglob("*.py")):
        if "forms" in path.parts:
            continue
        parsed.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    error_classes = user_error_classes([t for _, t in parsed])
    for path, tree in parsed:
        v = _Visitor(str(path.relative_to(ROOT)), error_classes)
        v.visit(tree)
        found.extend(v.found)
        numerus |= v.numerus
    for ui in sorted(UI_DIR.glob("*.ui")):
        root = ET.parse(ui).getroot()
        cls = root.findtext("class") or ui.stem
        for el in root.iter("string"):
            if el.get("notr") == "true" or not (el.text or "").strip():
                continue
            found.append((cls, el.text or "", str(ui.relative_to(ROOT))))
    return found, frozenset(numerus)


def collect() -> list[tuple[str, str, str]]:
    """(context, source, location) of every translatable string."""
    return list(_scan()[0])


def numerus() -> frozenset[tuple[str, str]]:
    """The (context, source) of the strings with plural forms (a count with ``%n``)."""
    return _scan()[1]


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type). A plural entry's forms are joined by
    ``FORM_SEP`` (see :func:`forms_of`)."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            if tr_el is not None and msg.get("numerus") == "yes":
                text = FORM_SEP.join(f.text or "" for f in tr_el.iter("numerusform"))
            else:
                text = (tr_el.text or "") if tr_el is not None else ""
            out[(cname, msg.findtext("source") or "")] = (
                text,
                tr_el.get("type") if tr_el is not None else "unfinished",
            )
    return out


def forms_of(text: str, lang: str) -> list[str]:
    """A plural entry's forms, as many as ``lang`` has (missing ones empty)."""
    forms = text.split(FORM_SEP) if text else []
    need = _forms_needed(lang)
    return (forms + [""] * need)[:need]


def plural_finished(text: str, lang: str) -> bool:
    forms = text.split(FORM_SEP) if text else []
    return len(forms) == _forms_needed(lang) and all(f.strip() and "%n" in f for f in forms)


def write_ts(
    path: Path,
    lang: str,
    entries: dict[tuple[str, str], tuple[str, str | None]],
    locations: dict[tuple[str, str], str],
    plural: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
) -> None:
    root = ET.Element("TS", version="2.1", language=LANGS[lang], sourcelanguage="en")
    by_ctx: dict[str, list[tuple[str, tuple[str, str | None]]]] = {}
    for (ctx, src), val in sorted(entries.items()):
        by_ctx.setdefault(ctx, []).append((src, val))
    for ctx, msgs in by_ctx.items():
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src, (text, typ) in msgs:
            m = ET.SubElement(c, "message")
            loc = locations.get((ctx, src))
            if loc:
                fname, _, line = loc.rpartition(":")
                if line.isdigit():
                    ET.SubElement(m, "location", filename=fname, line=line)
            ET.SubElement(m, "source").text = src
            t = ET.SubElement(m, "translation")
            if (ctx, src) in plural:
                m.set("numerus", "yes")
                for form in forms_of(text, lang):
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = text
            if typ:
                t.set("type", typ)
    ET.indent(root)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        root, encoding="utf-8"
    )
    path.write_bytes(data + b"\n")


def _plural_of(path: Path) -> set[tuple[str, str]]:
    """The entries already written as plural in a .ts (kept so while they are vanished)."""
    if not path.exists():
        return set()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in ET.parse(path).getroot().iter("context")
        for msg in ctx.iter("message")
        if msg.get("numerus") == "yes"
    }


def update() -> None:
    found = collect()
    locations = {}
    for ctx, src, loc in found:
        locations.setdefault((ctx, src), loc)
    wanted = set(locations)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        path = TS_DIR / f"msu_{lang}.ts"
        old = read_ts(path)
        plural = set(numerus())
        was_plural = _plural_of(path)
        new: dict[tuple[str, str], tuple[str, str | None]] = {}
        for key in wanted:
            text, typ = old.get(key, ("", "unfinished"))
            if (key in plural) != (key in was_plural):
                text, typ = "", "unfinished"  # became a count, or stopped being one
            if typ in ("vanished", "obsolete"):
                typ = None if text else "unfinished"
            if key in plural and not plural_finished(text, lang):
                typ = "unfinished"
            new[key] = (text, typ)
        for key, (text, _typ) in old.items():
            if key not in wanted and text.strip(FORM_SEP):
                new[key] = (text, "vanished")
                if key in was_plural:
                    plural.add(key)
        write_ts(path, lang, new, locations, plural)
        missing = sum(1 for t, ty in new.values() if ty == "unfinished")
        print(f"{path.relative_to(ROOT)}: {len(wanted)} strings, {missing} untranslated")


def missing() -> dict[str, list[tuple[str, str]]]:
    wanted = {(c, s) for c, s, _ in collect()}
    out: dict[str, list[tuple[str, str]]] = {}
    for lang in LANGS:
        have = read_ts(TS_DIR / f"msu_{lang}.ts")
        plural = numerus()
        out[lang] = sorted(
            k
            for k in wanted
            if k not in have
            or have[k][1] is not None
            or not have[k][0].strip()
            or (k in plural and not plural_finished(have[k][0], lang))
        )
    return out


def todo() -> dict[str, list[dict[str, object]]]:
    """Untranslated strings per language, as [{context, source, translation: ""}]; a plural
    entry's translation is a list with one string per plural form of the language."""
    plural = numerus()
    return {
        lang: [
            {
                "context": c,
                "source": s,
                "translation": [""] * _forms_needed(lang) if (c, s) in plural else "",
            }
            for c, s in keys
        ]
        for lang, keys in missing().items()
    }


def fill(lang: str, path: Path) -> int:
    """Merge translations from a JSON list of {context, source, translation} into the .ts."""
    items = json.loads(path.read_text(encoding="utf-8"))
    ts = TS_DIR / f"msu_{lang}.ts"
    entries = read_ts(ts)
    locations = {(c, s): loc for c, s, loc in collect()}
    plural = set(numerus()) | _plural_of(ts)
    n = 0
    for item in items:
        key = (item["context"], item["source"])
        given = item.get("translation", "")
        if key in plural:
            if isinstance(given, str):
                raise SystemExit(f"{key}: a count; give its {_forms_needed(lang)} forms as a list")
            text = FORM_SEP.join(str(f).strip() for f in given)
            if key in entries and plural_finished(text, lang):
                entries[key] = (text, None)
                n += 1
            elif key in entries:
                raise SystemExit(
                    f"{key}: {lang} has {_forms_needed(lang)} plural forms, each with %n"
                )
            continue
        text = str(given).strip()
        if text and key in entries:
            entries[key] = (text, None)
            n += 1
    write_ts(ts, lang, entries, locations, plural)
    return n


def main() -> int:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "update":
        update()
        return 0
    if cmd == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
        return 0
    if cmd == "fill":
        lang, path = sys.argv[2], Path(sys.argv[3])
        print(f"{fill(lang, path)} translations merged into msu_{lang}.ts")
        return 0
    problems = missing()
    for lang, keys in problems.items():
        for ctx, src in keys:
            print(f"{lang}: [{ctx}] {src}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
