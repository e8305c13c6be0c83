"""A restore onto another PC loses nothing of the half-year's exchange with the agency: the
office fills (the demo), sends to a real inbox on 127.0.0.1, gets the receipt, the agency
returns the report with comments, the office backs up, and the backup is restored into an empty
folder on another path: the outbox (packages, delivery states, receipts, decisions), the trust
store, the returned period and its comments are identical."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from msu_desktop.domain import report as rpt
from msu_desktop.services import backup, delivery, trust
from msu_desktop.services import report_service as rs
from msu_desktop.services.agency_returns import agency_comments, apply_returns, returned_hook
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from tests.inbox_helpers import InboxProcess, Keys

PERIOD = "2021-H1"
# what the office keeps of its exchange with the agency, compared row by row after a restore
TABLES = ("delivery", "trusted_key", "agency_reply", "report_period", "report_comment", "setting")


def _rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        con.close()


class Crash(Exception):
    """A failure right after the period was unlocked, inside the outbox's transaction."""


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _return_in_one_transaction(ws: Workspace, url: str, pkg: Path) -> None:
    """The return and the period's unlocking change together, or neither does."""
    locked = rs.period_info(ws, PERIOD).state
    assert locked != rpt.DRAFT
    real = returned_hook(ws)

    def crashing(s: Any, d: delivery.Delivery) -> None:
        real(s, d)
        raise Crash

    with pytest.raises(Crash):
        delivery.fetch_receipts(ws.outbox_dir, url, on_returned=crashing)
    assert delivery.load(ws.outbox_dir)[pkg.name].state == "received"
    assert rs.period_info(ws, PERIOD).state == locked
    assert agency_comments(ws, PERIOD, "1.1.3") == []
    unlocked: list[str] = []
    assert delivery.fetch_receipts(ws.outbox_dir, url, on_returned=returned_hook(ws, unlocked)) == {
        pkg.name: "returned"
    }
    assert unlocked == [PERIOD]


@pytest.mark.timeout(240)
def test_fill_send_receive_return_back_up_restore_elsewhere(
    demo_template: Path, tmp_path: Path
) -> None:
    from msu_agency.inbox.store import Inbox

    data = tmp_path / "office" / "data"
    shutil.copytree(demo_template, data)
    keys = Keys(tmp_path / "keys")
    keys.trust_in(data)
    ws = Workspace.open(data)
    try:
        pkg = build_package(ws, PERIOD, ws.outbox_dir, "ru")
        server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
        server.expect_packages(pkg)  # the office's key, confirmed from its stamped paper
        try:
            assert delivery.send_pending(ws.outbox_dir, server.url) == {pkg.name: "sent"}
            sha = delivery.load(ws.outbox_dir)[pkg.name].sha256
            inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency")
            try:
                inbox.decide(sha, "returned", comments={"1.1.3": "Нет протокола"})
            finally:
                inbox.close()
            _return_in_one_transaction(ws, server.url, pkg)
        finally:
            server.stop()
        assert apply_returns(ws) == []  # done already, in the same transaction
        assert rs.period_info(ws, PERIOD).state == rpt.DRAFT
        made = backup.create_backup(ws, "manual", tmp_path / "stick")
        outbox_before = _tree(ws.outbox_dir)
        trust_before = _tree(data / "trust")
        comments_before = agency_comments(ws, PERIOD, "1.1.3")
    finally:
        ws.close()
    rows_before = _rows(data / "msu.sqlite")
    assert rows_before["delivery"] and rows_before["trusted_key"]
    assert comments_before == ["Нет протокола"]
    assert any(name.endswith(".msupkg") for name in outbox_before)
    # another PC: an empty folder on another path
    other = tmp_path / "new-pc" / "Documents" / "MSU"
    other.mkdir(parents=True)
    backup.restore(other, made)
    assert _tree(other / "outbox") == outbox_before
    assert _tree(other / "trust") == trust_before
    assert _rows(other / "msu.sqlite") == rows_before
    restored = Workspace.open(other)
    try:
        assert rs.period_info(restored, PERIOD).state == rpt.DRAFT
        assert agency_comments(restored, PERIOD, "1.1.3") == comments_before
        state = delivery.load(restored.outbox_dir)[pkg.name]
        assert state.state == "returned"
        # the receipt still verifies there, against the restored trust store
        receipt = delivery.load_receipt(restored.outbox_dir, restored.outbox_dir / pkg.name)
        assert receipt is not None and receipt.package_sha256 == sha
        assert trust.trusted_keys(other, "receipts")
    finally:
        restored.close()
