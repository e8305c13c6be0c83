"""The decree and the Programme (Annex 1) as a flat list of typed text blocks.

The programme file (``data/plan/<plan_id>.programme.json``) nests sections; readers (the
GUI's text view, ``msu-desktop plan programme``) want a sequence of headings, paragraphs and
list items in one language. This module does that walk once, with no Qt and no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

BlockKind = Literal["title", "heading", "subheading", "paragraph", "item", "signature"]

_ITEM = re.compile(r"^(- |\d+\) )")


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    level: int = 0


def _pick(text: Any, lang: str) -> str:
    if not isinstance(text, dict):
        return ""
    return str(text.get(lang) or text.get("ru") or text.get("ky") or "")


def _paragraphs(paras: Any, lang: str) -> list[Block]:
    if not isinstance(paras, dict):
        return []
    items = paras.get(lang) or paras.get("ru") or paras.get("ky") or []
    return [Block("item" if _ITEM.match(p) else "paragraph", p) for p in items]


def _section(section: dict[str, Any], lang: str, level: int) -> list[Block]:
    number = _pick(section.get("label"), lang) or section.get("number", "")
    title = _pick(section.get("title"), lang)
    kind: BlockKind = "heading" if level == 0 else "subheading"
    out = [Block(kind, f"{number}. {title}" if number else title, level)]
    out += _paragraphs(section.get("paragraphs"), lang)
    # where the two official texts disagree, each is kept as the decree has it, and the
    # disagreement is said (as the plan does for its measures)
    for d in section.get("discrepancies", []):
        out.append(Block("paragraph", _pick(d.get("note"), lang)))
    for child in section.get("sections", []):
        out += _section(child, lang, level + 1)
    out += _paragraphs(section.get("conclusion"), lang)
    return out


def find_section(doc: dict[str, Any], number: str) -> dict[str, Any] | None:
    """The section numbered ``number`` ("3", "§ 2", "2.3") anywhere in the Programme."""

    def walk(sections: list[dict[str, Any]]) -> dict[str, Any] | None:
        for s in sections:
            if s.get("number") == number:
                return s
            found = walk(s.get("sections", []))
            if found is not None:
                return found
        return None

    return walk(doc.get("sections", []))


def section_text(doc: dict[str, Any], number: str, lang: str) -> tuple[list[str], list[str]]:
    """(the text, the closing text such as expected results) of one section, in ``lang``.

    The Programme describes each task of the plan under the task's own number ("2.3") and
    each direction under "§ N": the plan browser shows that text beside the task."""
    section = find_section(doc, number)
    if section is None:
        return [], []
    return (
        [b.text for b in _paragraphs(section.get("paragraphs"), lang)],
        [b.text for b in _paragraphs(section.get("conclusion"), lang)],
    )


def decree_blocks(doc: dict[str, Any], lang: str) -> list[Block]:
    decree = doc.get("decree", {})
    out = [Block("title", _pick(decree.get("title"), lang))]
    if decree.get("preamble"):
        out.append(Block("paragraph", _pick(decree["preamble"], lang)))
    for point in decree.get("points", []):
        lines = _pick(point.get("text"), lang).split("\n")
        out.append(Block("paragraph", f"{point.get('number', '')}. {lines[0]}"))
        out += [Block("item", line) for line in lines[1:] if line.strip()]
    if decree.get("signature"):
        out.append(Block("signature", _pick(decree["signature"], lang)))
    return out


def programme_blocks(doc: dict[str, Any], lang: str) -> list[Block]:
    """The whole text in reading order: the decree, then the Programme's sections."""
    out = decree_blocks(doc, lang)
    if doc.get("annex"):
        out.append(Block("signature", _pick(doc["annex"], lang)))
    out.append(Block("title", _pick(doc.get("title"), lang)))
    for section in doc.get("sections", []):
        out += _section(section, lang, 0)
    return out


def programme_as_text(doc: dict[str, Any], lang: str, width: int = 0) -> str:
    """Plain text for a terminal or a file: a blank line between blocks, lines wrapped at
    ``width`` (0: not wrapped), list items indented, the signature to the right."""
    import textwrap

    lines: list[str] = []
    for block in programme_blocks(doc, lang):
        text = block.text.upper() if block.kind == "title" else block.text
        indent = "    " if block.kind == "item" else ""
        wrapped = (
            textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
            if width
            else [indent + text]
        )
        if block.kind == "signature" and width:
            wrapped = [line.rjust(width) for line in wrapped]
        if block.kind != "item":
            lines.append("")
        lines += wrapped
    return "\n".join(lines).strip() + "\n"
