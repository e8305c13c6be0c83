"""Deliveries, the agency's documents and the trusted keys move into the database.

Before, the outbox kept ``outbox/states.json`` (each package's delivery state, with the inbox's
signed receipt, hold and the agency's decision) and the trust store ``trust/agency_keys.json``
(the agency keys, the rotated receipts key among them) as files beside the database, so a backup
restored on another PC lost them. This revision creates the tables and imports those two files
once; each file imported is then renamed ``*.migrated`` (never deleted). A file that is absent
is nothing to import; one that is damaged is left where it is, as it is, and said in the log
(and in the setting ``delivery_migration_problem``, which the Packages page shows): nothing is
lost. The package files stay in ``outbox/``.

The files are renamed only after the whole upgrade has committed (:func:`finish`, called by
``storage/migrate.py``): a migration that fails leaves them where they were. Should a rename be
cut short, the next import finds ``*.migrated`` (read only while this revision runs, and it
runs once).

Revision ID: 0004_delivery
Revises: 0001
Create Date: 2026-12-06
"""

import json
import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_delivery"
down_revision = "0001"
branch_labels = None
depends_on = None

log = logging.getLogger("msu.migration")

STATES = Path("outbox") / "states.json"
TRUST = Path("trust") / "agency_keys.json"
PROBLEM_SETTING = "delivery_migration_problem"

TEXT_FIELDS = (
    "state",
    "saved_to",
    "sent_at",
    "last_error",
    "next_try",
    "failed_at",
    "sha256",
    "received_at",
    "receipt_error",
    "receipt",
    "receipt_sig",
    "decision",
    "decision_sig",
    "decided_at",
    "hold",
    "hold_sig",
    "held_at",
    "key_fingerprint",
    "verdict",
)
INT_FIELDS = ("attempts", "wait_s")


def _delivery_columns() -> list[Any]:
    short = {"sent_at", "next_try", "failed_at", "received_at", "decided_at", "held_at"}
    kinds: dict[str, Any] = {name: sa.Text() for name in TEXT_FIELDS}
    kinds.update({name: sa.String(length=40) for name in short})
    kinds.update(state=sa.String(length=20), sha256=sa.String(length=64))
    kinds.update(key_fingerprint=sa.String(length=80))
    kinds.update({name: sa.Integer() for name in INT_FIELDS})
    order = (
        "state saved_to sent_at attempts last_error next_try failed_at wait_s sha256 "
        "received_at receipt_error receipt receipt_sig decision decision_sig decided_at hold "
        "hold_sig held_at key_fingerprint verdict"
    ).split()
    columns = [sa.Column("name", sa.String(length=200), nullable=False)]
    columns.extend(sa.Column(name, kinds[name], nullable=False) for name in order)
    return columns


def _create_tables() -> None:
    columns = _delivery_columns()
    op.create_table("delivery", *columns, sa.PrimaryKeyConstraint("name", name=op.f("pk_delivery")))
    op.create_table(
        "agency_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("soate", sa.String(length=14), nullable=False),
        sa.Column("created", sa.String(length=40), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_reply")),
    )
    op.create_table(
        "trusted_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("added", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_key")),
        sa.UniqueConstraint("key", name=op.f("uq_trusted_key_key")),
    )


def data_dir_of(bind: Any) -> Path | None:
    database = bind.engine.url.database
    return Path(database).resolve().parent if database else None


def _read(data_dir: Path, rel: Path, problems: list[str]) -> Any:
    """The JSON of ``rel`` (or of its ``.migrated`` copy, see the module's text); None when
    absent; a damaged file is left as it is and named in ``problems``."""
    path = data_dir / rel
    if not path.exists():
        path = path.with_name(path.name + ".migrated")
        if not path.exists():
            return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("not imported, left as it is: %s (%s)", path, exc)
        problems.append(str(rel))
        return None


def _delivery_rows(raw: Any, problems: list[str]) -> list[dict[str, Any]]:
    if not isinstance(raw, dict):
        if raw is not None:
            problems.append(str(STATES))
        return []
    rows = []
    for name, state in raw.items():
        if not isinstance(state, dict):
            problems.append(f"{STATES}: {name}")
            continue
        row: dict[str, Any] = {"name": str(name)[:200]}
        for field in TEXT_FIELDS:
            value = state.get(field, "")
            row[field] = "" if value is None else str(value)
        row["state"] = row["state"] or "created"
        for field in INT_FIELDS:
            try:
                row[field] = int(state.get(field) or 0)
            except (TypeError, ValueError):
                row[field] = 0
        rows.append(row)
    return rows


def _key_rows(raw: Any, problems: list[str]) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        if raw is not None:
            problems.append(str(TRUST))
        return []
    rows: dict[str, dict[str, Any]] = {}
    for entry in raw:
        if not isinstance(entry, dict) or not entry.get("key"):
            problems.append(f"{TRUST}: {entry!r}"[:200])
            continue
        key = str(entry["key"])
        rows.setdefault(
            key,
            {
                "key": key[:200],
                "purpose": str(entry.get("purpose") or "plan"),
                "source": str(entry.get("source") or "manual"),
                "comment": str(entry.get("comment") or ""),
                "added": str(entry.get("added") or ""),
            },
        )
    return list(rows.values())


def upgrade() -> None:
    _create_tables()
    bind = op.get_bind()
    data_dir = data_dir_of(bind)
    if data_dir is None:
        return
    problems: list[str] = []
    deliveries = _delivery_rows(_read(data_dir, STATES, problems), problems)
    keys = _key_rows(_read(data_dir, TRUST, problems), problems)
    meta = sa.MetaData()
    if deliveries:
        table = sa.Table("delivery", meta, autoload_with=bind)
        bind.execute(table.insert(), deliveries)
    if keys:
        table = sa.Table("trusted_key", meta, autoload_with=bind)
        bind.execute(table.insert(), keys)
    if problems:
        setting = sa.Table("setting", meta, autoload_with=bind)
        bind.execute(setting.delete().where(setting.c.key == PROBLEM_SETTING))
        bind.execute(setting.insert(), [{"key": PROBLEM_SETTING, "value": "\n".join(problems)}])


def finish(data_dir: Path) -> list[Path]:
    """After the upgrade committed: rename each file imported to ``*.migrated`` (a damaged one
    stays as it is). Returns the new names."""
    done = []
    for rel in (STATES, TRUST):
        path = data_dir / rel
        if not path.exists():
            continue
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue  # damaged: not imported, left as it is
        target = path.with_name(path.name + ".migrated")
        if target.exists():
            target = path.with_name(path.name + ".migrated-2")
        path.replace(target)
        done.append(target)
    return done


def downgrade() -> None:
    op.drop_table("trusted_key")
    op.drop_table("agency_reply")
    op.drop_table("delivery")
