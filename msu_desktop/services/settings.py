"""The settings registry: every setting the app keeps is declared here once, with its type and
default, and this is the only code that reads or writes the ``setting`` table.

Each setting is an :class:`Option` (Picard's ``options.py`` pattern): ``LANGUAGE.get(ws)``,
``LANGUAGE.set(ws, "ky")``, or ``.read(session)`` / ``.write(session, value)`` inside a
transaction the caller already holds. A value that no longer parses (an old or hand-edited
database) reads as the default, never as a crash. Settings whose key carries a part (the
documents a plan package brought, one per plan and name) are a :class:`Family`.

The keys (see :data:`REGISTRY`):

===========================  ======  ==========  ==============================================
key                          type    default     what
===========================  ======  ==========  ==============================================
language                     text    ""          the interface language (ky / ru); "" = ask
upload_url                   text    ""          where "Send now" uploads report packages
gui.last_save_folder         text    ""          the folder the last Save as… used
report.today                 date    None        the demo's "as of" date (see Workspace.today)
plan.current                 text    ""          the programme the app works on ("" = newest)
backup_keep                  int     10          how many automatic backups are kept (≥ 1)
package_sequence             int     0           the number of the last report package built
municipality_directory       text    ""          the СОАТЕ directory, as JSON
plan_offer.declined          text    ""          plan versions offered by the inbox, declined
plan_offer.forged            text    ""          the last offered package that failed its check
delivery_migration_problem   text    ""          files migration 0004 could not import (shown)
forms:<plan>:<name>          text    ""          a document a plan package brought
===========================  ======  ==========  ==============================================
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from msu_desktop.services.workspace import Workspace
    from msu_desktop.storage.quick_read import Query

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T]  # raises ValueError for text that is not a value
    dump: Callable[[T], str]
    doc: str

    def from_text(self, text: str | None) -> T:
        if text is None:
            return self.default
        try:
            return self.parse(text)
        except ValueError:
            return self.default

    def read(self, s: Session) -> T:
        return self.from_text(_raw_read(s, self.key))

    def write(self, s: Session, value: T) -> None:
        _raw_write(s, self.key, self.dump(value))

    def get(self, ws: Workspace) -> T:
        return self.from_text(ws.raw_setting(self.key))  # sqlite3: no ORM for a read

    def set(self, ws: Workspace, value: T) -> None:
        with ws.transaction() as s:
            self.write(s, value)
        ws.setting_changed(self.key)

    def read_file(self, db_path: Path) -> T:
        """Read from a database file without opening a workspace (no migration, read-only):
        for the backup code, which runs before and around the workspace."""
        try:
            con = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT value FROM setting WHERE key = ?", (self.key,)).fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError:
            return self.default
        return self.from_text(row[0] if row else None)


@dataclass(frozen=True)
class Family:
    """Settings whose key carries a part: ``forms:<plan_id>:<name>``."""

    prefix: str
    doc: str

    def key(self, scope: str, name: str) -> str:
        return f"{self.prefix}{scope}:{name}"

    def read_all(self, s: Session, scope: str) -> dict[str, str]:
        from sqlalchemy import select

        from msu_desktop.storage.models.core import Setting

        start = f"{self.prefix}{scope}:"
        rows = s.scalars(select(Setting).where(Setting.key.startswith(start, autoescape=True)))
        return {row.key[len(start) :]: row.value for row in rows}

    def write(self, s: Session, scope: str, name: str, text: str) -> None:
        _raw_write(s, self.key(scope, name), text)


def _raw_read(s: Session, key: str) -> str | None:
    from msu_desktop.storage.models.core import Setting

    row = s.get(Setting, key)
    return row.value if row else None


def _raw_write(s: Session, key: str, text: str) -> None:
    from msu_desktop.storage.models.core import Setting

    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=text))
    else:
        row.value = text


def stored_text(query: Query, key: str) -> str | None:
    """A setting's stored text (None: unset), read with sqlite3 (``Workspace.read``): the
    window's first page is shown before SQLAlchemy is imported (storage/quick_read.py)."""
    rows = query("SELECT value FROM setting WHERE key = ?", (key,))
    return str(rows[0][0]) if rows else None


def stored_family(query: Query, family: Family, scope: str) -> dict[str, str]:
    """``family.read_all`` with sqlite3: the family's settings of ``scope`` by name."""
    start = family.key(scope, "")
    rows = query("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?", (len(start), start))
    return {str(k)[len(start) :]: str(v) for k, v in rows}


REGISTRY: dict[str, Option[object]] = {}
FAMILIES: dict[str, Family] = {}


def _declare(option: Option[T]) -> Option[T]:
    assert option.key not in REGISTRY, option.key
    REGISTRY[option.key] = option  # type: ignore[assignment]
    return option


def text(key: str, doc: str, default: str = "") -> Option[str]:
    return _declare(Option(key, default, str, str, doc))


def integer(key: str, doc: str, default: int, minimum: int | None = None) -> Option[int]:
    def parse(t: str) -> int:
        n = int(t)
        if minimum is not None and n < minimum:
            raise ValueError(t)
        return n

    return _declare(Option(key, default, parse, str, doc))


def _parse_date(t: str) -> dt.date | None:
    return dt.date.fromisoformat(t) if t.strip() else None


def _dump_date(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def date(key: str, doc: str) -> Option[dt.date | None]:
    return _declare(Option(key, None, _parse_date, _dump_date, doc))


def family(prefix: str, doc: str) -> Family:
    FAMILIES[prefix] = Family(prefix, doc)
    return FAMILIES[prefix]


LANGUAGE = text("language", "the interface language (ky / ru); empty: ask or detect")
UPLOAD_URL = text("upload_url", 'where "Send now" uploads report packages')
DELIVERY_MIGRATION_PROBLEM = text(
    "delivery_migration_problem",
    "the office's old files that migration 0004 could not import (left as they were; the "
    "Packages page says so)",
)
LAST_SAVE_FOLDER = text("gui.last_save_folder", "the folder the last Save as… used")
LAST_RESTORE_NOTE = text(
    "last_restore_note",
    "what the last restore did, shown once in the status bar of the next window",
)
AS_OF = date("report.today", 'the date a demo data folder is "as of" (empty: the real date)')
CURRENT_PLAN = text("plan.current", "the installed programme the app works on (empty: newest)")
BACKUP_KEEP = integer("backup_keep", "how many automatic backups are kept", 10, minimum=1)
PACKAGE_SEQUENCE = integer("package_sequence", "the number of the last report package", 0)
MUNICIPALITY_DIRECTORY = text("municipality_directory", "the СОАТЕ directory, as JSON")
PLAN_OFFER_DECLINED = text(
    "plan_offer.declined",
    "the plan versions the inbox offered that the secretary declined ({plan id: version}, JSON)",
)
PLAN_OFFER_FORGED = text(
    "plan_offer.forged", "the SHA-256 of the last package the inbox offered that failed its check"
)
FORMER_IDENTITIES = text(
    "municipality.former",
    "the codes and names this office had before a merger, rename or recoding (JSON list)",
)
TRANSFERS = family(
    "transfer:",
    "a predecessor's data brought in by merger: <predecessor soate> → JSON of what became what",
)
PLAN_DOCUMENTS = family("forms:", "documents a plan package brought, per plan and name")
OUTGOING = family(
    "outgoing:",
    "the cover letter of a period's report: <period>:number, :date (ISO), :annex",
)
AGENCY_RETURNS = family(
    "agency_return:", "returns for correction already applied: <decision hash>:package"
)


def lookup(key: str) -> Option[object] | None:
    """The declared option of ``key``, or None for a key of a family."""
    if key in REGISTRY:
        return REGISTRY[key]
    if any(key.startswith(p) for p in FAMILIES):
        return None
    raise KeyError(f"undeclared setting {key!r}: declare it in services/settings.py")


def read_text(s: Session, key: str, default: str | None = None) -> str:
    """A declared setting as text (for :meth:`Workspace.setting`); when it is unset,
    ``default`` or else the declared default."""
    return text_or_default(key, _raw_read(s, key), default)


def text_or_default(key: str, raw: str | None, default: str | None = None) -> str:
    """What :func:`read_text` says for a stored text ``raw`` (None: unset)."""
    option = lookup(key)
    if raw is not None:
        return raw
    if default is not None:
        return default
    return option.dump(option.default) if option is not None else ""


def write_text(s: Session, key: str, text: str) -> None:
    """Store a declared setting given as text; text that does not parse is refused."""
    option = lookup(key)
    if option is not None:
        option.parse(text)  # ValueError for a value of the wrong type: a bug in the caller
    _raw_write(s, key, text)
