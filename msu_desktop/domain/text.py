"""THE text-cleaning step: what a typed or pasted text becomes before it is stored, so that every
writer (xlsx, PDF, data.json) can print it.

Word pastes invisible characters: Shift+Enter is ``\\x0b`` (which openpyxl refuses), a page break
``\\x0c``, optional hyphens ``\\u00ad`` (which print as stray hyphens or not at all), zero-width
spaces. :func:`clean_text` keeps every visible character and every line break, turns Word's line
and paragraph breaks into line breaks and tabs into spaces, and drops the rest, saying what it
did (:class:`Cleaned`) so that the field can tell the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# what became what: kinds of change a field reports (the service words them)
LINE_BREAKS = "line_breaks"  # \x0b, \x0c, \r, U+2028/U+2029 -> "\n"
TABS = "tabs"  # \t -> " "
SOFT_HYPHENS = "soft_hyphens"  # U+00AD dropped (the writers hyphenate by themselves)
INVISIBLE = "invisible"  # other control characters, zero-width characters, BOM: dropped

_LINE = re.compile(r"\r\n|[\r\x0b\x0c\u2028\u2029\x85]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\u200b\u2060\ufeff\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class Cleaned:
    text: str
    changes: dict[str, int] = field(default_factory=dict)  # kind -> how many characters

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def clean(text: str | None) -> Cleaned:
    """``text`` as it is stored: see the module's docstring. ``"a\\x0bb\\tc\\u00add"`` ->
    ``Cleaned("a\\nb cd", {"line_breaks": 1, "tabs": 1, "soft_hyphens": 1})``."""
    if not text:
        return Cleaned("" if text is None else text)
    out = str(text)
    changes: dict[str, int] = {}
    if "\r\n" in out:
        out = out.replace("\r\n", "\n")  # Windows line ends are line breaks, nothing to report
    n = len(_LINE.findall(out))
    if n:
        out = _LINE.sub("\n", out)
        changes[LINE_BREAKS] = n
    n = out.count("\t")
    if n:
        out = out.replace("\t", " ")
        changes[TABS] = n
    n = out.count("\u00ad")
    if n:
        out = out.replace("\u00ad", "")
        changes[SOFT_HYPHENS] = n
    n = len(_INVISIBLE.findall(out)) + len(_SURROGATE.findall(out))
    if n:
        out = _SURROGATE.sub("", _INVISIBLE.sub("", out))
        changes[INVISIBLE] = n
    return Cleaned(out, changes)


def clean_text(text: object) -> str:
    """Just the cleaned text (for writers: a value stored before this step existed)."""
    return clean(None if text is None else str(text)).text
