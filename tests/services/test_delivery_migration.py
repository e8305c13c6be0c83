"""Migration 0004_delivery on a data folder made by the previous version: the outbox's
``states.json`` and the trust store's ``agency_keys.json`` (the old file formats, built here)
move into the database once, the files are renamed ``*.migrated`` (never deleted), the
packages stay in ``outbox/``; a damaged or absent file loses nothing and stops nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from msu_desktop.services import delivery, trust
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage import migrate
from msu_desktop.storage.db import make_engine
from msu_exchange.signing.minisign import SecretKey

PKG = "41708000000001_2021-H2_0001.msupkg"
OLD_STATES = {
    PKG: {
        "name": PKG,
        "state": "returned",
        "saved_to": "",
        "sent_at": "2022-01-14T09:12:03+00:00",
        "attempts": 2,
        "last_error": "",
        "next_try": "2027-12-06T10:00",  # a date stored while the clock was a year ahead
        "failed_at": "",
        "wait_s": 0,
        "sha256": "ab" * 32,
        "received_at": "2022-01-14T09:12:03+00:00",
        "receipt_error": "",
        "receipt": '{"format": "msu-inbox-receipt", "sequence": 1}',
        "receipt_sig": "untrusted comment: receipt\nRWQ...\n",
        "decision": '{"decision": "returned", "comments": {"1.1.3": "Нет протокола"}}',
        "decision_sig": "untrusted comment: decision\nRWQ...\n",
        "decided_at": "2022-01-20T08:00:00+00:00",
    },
    # an older version's row, without the later fields
    "41708000000001_2021-H1_0001.msupkg": {"name": "x", "state": "saved", "saved_to": "E:\\"},
}


def _previous_version(data_dir: Path) -> None:
    """A database at the revisions before 0004_delivery, as the previous version left it."""
    engine = make_engine(data_dir / "msu.sqlite")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for head in sorted(migrate.head_revisions()):
            if head != "0004_delivery":
                command.upgrade(cfg, head)
    engine.dispose()
    assert "0004_delivery" not in migrate.stamped_revisions(data_dir / "msu.sqlite")


def _write(path: Path, content: bytes) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return content


def test_the_previous_versions_files_move_into_the_database_once(data_dir: Path) -> None:
    _previous_version(data_dir)
    plan_key, inbox_key = SecretKey.generate(), SecretKey.generate()  # TEST keys
    old_keys = [
        {"key": plan_key.public_key().b64, "source": "manual", "comment": "", "added": "2021"},
        {
            "key": inbox_key.public_key().b64,
            "source": "rotation",
            "comment": "the inbox",
            "added": "2022",
            "purpose": "receipts",
        },
    ]
    states = _write(
        data_dir / "outbox" / "states.json", json.dumps(OLD_STATES, ensure_ascii=False).encode()
    )
    keys = _write(data_dir / "trust" / "agency_keys.json", json.dumps(old_keys).encode())
    package = _write(data_dir / "outbox" / PKG, b"the package file stays")

    Workspace.open(data_dir).close()

    loaded = delivery.load(data_dir / "outbox")
    assert set(loaded) == set(OLD_STATES)
    returned = loaded[PKG]
    for field, value in OLD_STATES[PKG].items():
        assert getattr(returned, field) == value, field
    assert loaded["41708000000001_2021-H1_0001.msupkg"].saved_to == "E:\\"
    assert [k.key for k in trust.trusted_keys(data_dir, "receipts")] == [inbox_key.public_key()]
    assert plan_key.public_key() in [k.key for k in trust.trusted_keys(data_dir)]
    # renamed, never deleted; the package untouched
    assert not (data_dir / "outbox" / "states.json").exists()
    assert (data_dir / "outbox" / "states.json.migrated").read_bytes() == states
    assert (data_dir / "trust" / "agency_keys.json.migrated").read_bytes() == keys
    assert (data_dir / "outbox" / PKG).read_bytes() == package
    # the agency's comments of the returned package are read from the database
    (standing,) = [s for s in delivery.standings(data_dir / "outbox") if s.period == "2021-H2"]
    assert standing.state == "returned" and standing.comments == {"1.1.3": "Нет протокола"}

    # a second start imports nothing again
    delivery.record(data_dir / "outbox", data_dir / "outbox" / PKG, attempts=7)
    Workspace.open(data_dir).close()
    assert delivery.load(data_dir / "outbox")[PKG].attempts == 7
    assert len(trust.trusted_keys(data_dir, "receipts")) == 1


def test_a_damaged_or_absent_file_loses_nothing_and_stops_nothing(data_dir: Path) -> None:
    _previous_version(data_dir)
    damaged = _write(data_dir / "outbox" / "states.json", b'{"41708000000001_2021-H2_0001.ms')
    Workspace.open(data_dir).close()  # no trust store at all: nothing to import

    assert (data_dir / "outbox" / "states.json").read_bytes() == damaged  # left as it is
    assert delivery.load(data_dir / "outbox") == {}
    assert trust.trusted_keys(data_dir, "receipts") == []
    con = sqlite3.connect(data_dir / "msu.sqlite")
    try:
        (problem,) = con.execute(
            "SELECT value FROM setting WHERE key = 'delivery_migration_problem'"
        ).fetchone()
    finally:
        con.close()
    assert "states.json" in problem
    for lang in ("ky", "ru"):
        message = delivery.migration_problem(data_dir / "outbox", lang)
        assert message and "states.json" in message
