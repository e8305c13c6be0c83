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
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "msu_desktop"
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"ky": "ky_KG", "ru": "ru_RU"}

Messages = "OrderedDict[tuple[str, str], str]"


def _str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, where: str, error_classes: set[str]) -> None:
        self.where = where
        self.error_classes = error_classes
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        loc = f"{self.where}:{node.lineno}"
        if name in ("tr", "translate") and len(node.args) >= 2:
            ctx, text = _str(node.args[0]), _str(node.args[1])
            if ctx is not None and text is not None:
                self.found.append((ctx, text, loc))
        elif (
            name == "tr"
            and isinstance(func, ast.Attribute)
            and len(node.args) >= 1
            and self.classes
        ):
            text = _str(node.args[0])
            if text is not None:
                self.found.append((self.classes[-1], text, loc))
        elif name in self.error_classes and node.args and _str(node.args[0]) is not None:
            ctx = "Errors"
            for kw in node.keywords:
                if kw.arg == "context" and _str(kw.value) is not None:
                    ctx = _str(kw.value) or ctx
            self.found.append((ctx, _str(node.args[0]) or "", loc))
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


def collect() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    parsed = []
    for path in sorted(SRC.rglob("*.py")):
        if "forms" in path.parts:
            continue
        parsed.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    error_classes = user_error_classes([t for _, t in parsed])
    for path, tree in parsed:
        v = _Visitor(str(path.relative_to(ROOT)), error_classes)
        v.visit(tree)
        found.extend(v.found)
    for ui in sorted(UI_DIR.glob("*.ui")):
        root = ET.parse(ui).getroot()
        cls = root.findtext("class") or ui.stem
        for el in root.iter("string"):
            if el.get("notr") == "true" or not (el.text or "").strip():
                continue
            found.append((cls, el.text or "", str(ui.relative_to(ROOT))))
    return found


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type)."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            out[(cname, msg.findtext("source") or "")] = (
                (tr_el.text or "") if tr_el is not None else "",
                tr_el.get("type") if tr_el is not None else "unfinished",
            )
    return out


def write_ts(
    path: Path,
    lang: str,
    entries: dict[tuple[str, str], tuple[str, str | None]],
    locations: dict[tuple[str, str], str],
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
            t.text = text
            if typ:
                t.set("type", typ)
    ET.indent(root)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        root, encoding="utf-8"
    )
    path.write_bytes(data + b"\n")


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
        new: dict[tuple[str, str], tuple[str, str | None]] = {}
        for key in wanted:
            text, typ = old.get(key, ("", "unfinished"))
            if typ in ("vanished", "obsolete"):
                typ = None if text else "unfinished"
            new[key] = (text, typ)
        for key, (text, _typ) in old.items():
            if key not in wanted and text:
                new[key] = (text, "vanished")
        write_ts(path, lang, new, locations)
        missing = sum(1 for t, ty in new.values() if ty == "unfinished")
        print(f"{path.relative_to(ROOT)}: {len(wanted)} strings, {missing} untranslated")


def missing() -> dict[str, list[tuple[str, str]]]:
    wanted = {(c, s) for c, s, _ in collect()}
    out: dict[str, list[tuple[str, str]]] = {}
    for lang in LANGS:
        have = read_ts(TS_DIR / f"msu_{lang}.ts")
        out[lang] = sorted(
            k for k in wanted if k not in have or have[k][1] is not None or not have[k][0].strip()
        )
    return out


def todo() -> dict[str, list[dict[str, str]]]:
    """Untranslated strings per language, as [{context, source, translation: ""}]."""
    return {
        lang: [{"context": c, "source": s, "translation": ""} for c, s in keys]
        for lang, keys in missing().items()
    }


def fill(lang: str, path: Path) -> int:
    """Merge translations from a JSON list of {context, source, translation} into the .ts."""
    items = json.loads(path.read_text(encoding="utf-8"))
    ts = TS_DIR / f"msu_{lang}.ts"
    entries = read_ts(ts)
    locations = {(c, s): loc for c, s, loc in collect()}
    n = 0
    for item in items:
        key = (item["context"], item["source"])
        text = item.get("translation", "").strip()
        if text and key in entries:
            entries[key] = (text, None)
            n += 1
    write_ts(ts, lang, entries, locations)
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
