"""A period the agency returned: unlocked for correction (even when it was approved), with the
agency's comments at their measures, once per decision; the next package says which sequence
it supersedes."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_agency.inbox.store import Inbox, write_replies
from msu_desktop.domain import report as rpt
from msu_desktop.services import delivery
from msu_desktop.services import report_service as rs
from msu_desktop.services.agency_returns import agency_comments, apply_returns
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import Keys, expect_packages, package


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):
    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy)
    workspace = Workspace.open(copy)
    yield workspace
    workspace.close()


def _approved_period(ws: Workspace) -> str:
    from msu_desktop.domain.period import plan_periods

    for spec in plan_periods(ws.plan()):
        if rs.period_info(ws, spec.id).state == rpt.APPROVED:
            return spec.id
    raise AssertionError("the demo has an approved period")


def test_a_returned_period_unlocks_with_the_comments_at_their_measures(
    ws: Workspace, tmp_path: Path
) -> None:
    keys = Keys(tmp_path / "keys")
    keys.trust_in(ws.data_dir)
    period = _approved_period(ws)
    muni = ws.municipality()
    assert muni is not None
    entry = DirectoryEntry(muni.soate, muni.name_ru, muni.rayon, muni.oblast)
    ws.outbox_dir.mkdir(parents=True, exist_ok=True)
    pkg = package(ws.outbox_dir, SecretKey.generate(), entry, 1, period)
    delivery.record(ws.outbox_dir, pkg, state="saved", saved_to="E:\\")
    inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency")
    expect_packages(inbox.registry_path, pkg)
    try:
        stored, _ = inbox.receive(pkg.read_bytes())
        inbox.decide(
            stored.sha256,
            "returned",
            comments={"1.1.3": "Приложите протокол собрания"},
            note="Уточните суммы",
        )
        (reply,) = write_replies(inbox, tmp_path / "stick")
    finally:
        inbox.close()
    ws.close()
    r = run_cli("--data-dir", str(ws.data_dir), "--lang", "ru", "import-reply", str(reply))
    assert r.returncode == 0, r.stderr
    assert "возвращён на исправление с комментариями" in r.stdout
    assert "1.1.3: Приложите протокол собрания" in r.stdout
    again = Workspace.open(ws.data_dir)
    try:
        assert rs.period_info(again, period).state == rpt.DRAFT
        assert agency_comments(again, period, "1.1.3") == ["Приложите протокол собрания"]
        assert apply_returns(again) == []  # once per decision: a second import unlocks nothing
        # the corrected package says what it supersedes
        new = build_package(again, period, again.outbox_dir, "ru")
        with zipfile.ZipFile(new) as zf:
            data = json.loads(zf.read("data.json"))
        assert data["supersedes"] == {
            "sequence": 1,
            "sha256": stored.sha256,
            "reason": "returned",
        }
    finally:
        again.close()
