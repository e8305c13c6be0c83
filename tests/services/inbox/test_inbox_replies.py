"""Back to the municipality: the agency accepts a package or returns it with comments per
measure; online the outbox fetches the decision, offline a signed ``.msureply`` brings receipts
and decisions; a resubmission supersedes; forged, replayed, foreign and never-sent replies are
refused and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_desktop.errors import UserError
from msu_desktop.services import delivery
from msu_exchange.receipt import ReceiptInvalid
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import (
    PASSWORD,
    InboxProcess,
    Keys,
    expect_key,
    get,
    package,
    registry_of,
)

A = DirectoryEntry("41705214812000", "Дары айыл аймагы", "Баткен району", "Баткенская область")
B = DirectoryEntry("41708000000002", "Экинчи айыл аймагы", "Тест району", "Чуйская область")
ENV = {"MSU_AGENCY_PASSWORD": PASSWORD, "MSU_LANG": "en"}


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "keys")


def _office(root: Path, keys: Keys) -> Path:
    data = root / "data"
    (data / "outbox").mkdir(parents=True)
    keys.trust_in(data)
    return data / "outbox"


def _agency(keys: Keys, inbox: Path, *args: str) -> str:
    r = run_cli(
        *args[:1],
        "--inbox",
        str(inbox),
        "--key",
        str(keys.inbox_key_path),
        "--agency",
        "Test agency",
        "--data-dir",
        str(registry_of(inbox).parent),
        *args[1:],
        tool="agency",
        env=ENV,
    )
    assert r.returncode == 0, r.stderr + r.stdout
    return r.stdout


def test_returned_corrected_resubmitted_accepted_online_and_by_reply_offline(
    tmp_path: Path, keys: Keys
) -> None:
    folder = tmp_path / "inbox"
    box_b = _office(tmp_path / "b", keys)
    box_a = _office(tmp_path / "a", keys)
    key_b, key_a = SecretKey.generate(), SecretKey.generate()  # TEST keys of demo offices
    b1 = package(box_b, key_b, B, 1)
    expect_key(registry_of(folder), B.soate, key_b)  # both stamped papers arrived
    expect_key(registry_of(folder), A.soate, key_a)
    server = InboxProcess(folder, keys.inbox_key_path)
    try:
        delivery.send_pending(box_b, server.url)
        sha_b1 = delivery.load(box_b)[b1.name].sha256
        # staff return it with a comment at measure 1.1.3
        out = _agency(keys, folder, "decide", sha_b1, "return", "--comment", "1.1.3=Протокол жок")
        assert "returned" in out
        assert delivery.fetch_receipts(box_b, server.url) == {b1.name: "returned"}
        (standing,) = delivery.standings(box_b)
        assert (standing.state, standing.comments) == ("returned", {"1.1.3": "Протокол жок"})
        assert standing.label == "returned for correction with comments"
        # corrected and resubmitted: the newer sequence supersedes; then accepted
        b2 = package(box_b, key_b, B, 2)
        delivery.send_pending(box_b, server.url)
        assert get(f"{server.url}/{sha_b1}")[1]["state"] == "superseded"
        sha_b2 = delivery.load(box_b)[b2.name].sha256
        _agency(keys, folder, "decide", sha_b2, "accept")
        assert delivery.fetch_receipts(box_b, server.url) == {b2.name: "accepted"}
        assert [s.state for s in delivery.standings(box_b)] == ["accepted"]
    finally:
        server.stop()
    # office A has no internet: its package went on a stick and the agency put it in the inbox
    a1 = package(box_a, key_a, A, 1)
    delivery.record(box_a, a1, state="saved", saved_to="E:\\")
    assert "received" in _agency(keys, folder, "receive", str(a1))
    sha_a1 = json.loads(get_stored_receipt(folder, A.soate))["package_sha256"]
    _agency(keys, folder, "decide", sha_a1, "accept")
    replies = tmp_path / "stick"
    _agency(keys, folder, "reply", "--out", str(replies))
    reply_a = next(replies.glob(f"{A.soate}_*.msureply"))
    reply_b = next(replies.glob(f"{B.soate}_*.msureply"))
    before = delivery.load(box_a)
    # a reply for another municipality: refused, nothing changes
    with pytest.raises(ReceiptInvalid, match="another municipality"):
        delivery.import_reply(box_a, A.soate, reply_b)
    assert delivery.load(box_a) == before
    # the right one, through the command line of a real data folder
    from msu_desktop.domain.municipality import Municipality
    from msu_desktop.services.workspace import Workspace

    ws = Workspace.open(box_a.parent)
    try:
        ws.save_municipality(Municipality(soate=A.soate, name_ky=A.name, name_ru=A.name))
    finally:
        ws.close()
    r = run_cli("--data-dir", str(box_a.parent), "import-reply", str(reply_a))
    assert r.returncode == 0, r.stderr
    assert "accepted by the agency" in r.stdout and "II half of 2021" in r.stdout
    state = delivery.load(box_a)[a1.name]
    assert state.state == "accepted" and state.received_at
    assert delivery.load_receipt(box_a, a1) is not None
    # the same reply again: nothing new, nothing breaks
    r = run_cli("--data-dir", str(box_a.parent), "import-reply", str(reply_a))
    assert r.returncode == 0 and "accepted" in r.stdout


def get_stored_receipt(folder: Path, soate: str) -> str:
    import sqlite3

    with sqlite3.connect(folder / "index.sqlite") as db:
        (doc,) = db.execute("SELECT receipt FROM packages WHERE soate = ?", (soate,)).fetchone()
    return bytes(doc).decode()


def test_forged_never_sent_and_replayed_replies_change_nothing(tmp_path: Path, keys: Keys) -> None:
    from msu_agency.inbox.store import Inbox, write_replies

    box = _office(tmp_path / "a", keys)
    key_a = SecretKey.generate()
    a1 = package(box, key_a, A, 1)
    delivery.record(box, a1, state="saved", saved_to="E:\\")
    inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency")
    expect_key(inbox.registry_path, A.soate, key_a)
    try:
        stored, _ = inbox.receive(a1.read_bytes())
        inbox.decide(stored.sha256, "returned", note="Пересчитайте суммы")
        (returned_reply,) = write_replies(inbox, tmp_path / "r1")
        # the office corrects; the agency accepts sequence 2
        a2 = package(box, key_a, A, 2)
        delivery.record(box, a2, state="saved", saved_to="E:\\")
        stored2, _ = inbox.receive(a2.read_bytes())
        # a package this office never sent (sequence 3 was never built here)
        a3 = package(tmp_path / "elsewhere", key_a, A, 3)
        inbox.receive(a3.read_bytes())
        (with_unsent,) = write_replies(inbox, tmp_path / "r2")
    finally:
        inbox.close()
    # the package not in this outbox is left aside; it never locks the office out
    skipped: list[str] = []
    assert delivery.import_reply(box, A.soate, with_unsent, skipped) == {
        a1.name: "returned",
        a2.name: "received",
    }
    assert skipped == ["3"]
    before = delivery.load(box)
    # a reply signed by a key the office does not trust
    forger = Inbox(tmp_path / "forged-inbox", SecretKey.generate(), "Test agency")
    expect_key(forger.registry_path, A.soate, key_a)
    try:
        forger.receive(a1.read_bytes())
        (forged,) = write_replies(forger, tmp_path / "r3")
    finally:
        forger.close()
    with pytest.raises(ReceiptInvalid, match="not signed by the agency's inbox"):
        delivery.import_reply(box, A.soate, forged)
    assert delivery.load(box) == before
    # a damaged file
    broken = tmp_path / "broken.msureply"
    broken.write_bytes(returned_reply.read_bytes()[:-40])
    with pytest.raises(UserError):
        delivery.import_reply(box, A.soate, broken)
    assert delivery.load(box) == before
    # the genuine reply applies; replaying it later cannot undo a newer decision
    assert delivery.import_reply(box, A.soate, returned_reply) == {a1.name: "returned"}
    standing = {s.period: s for s in delivery.standings(box)}["2021-H2"]
    assert standing.package == a2.name  # the corrected package is the period's latest
    assert delivery.load(box)[a1.name].state == "returned"
    assert json.loads(delivery.load(box)[a1.name].decision)["note"] == "Пересчитайте суммы"
    assert stored2.sha256 == delivery.sha256_file(a2)
