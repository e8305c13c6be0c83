"""The agency's inbox (``msu-agency serve``) as a real process on loopback: receipts signed and
verified by the app through the trust store, the same package → the same receipt, newer
sequences supersede, refusals with reasons, limits, no path from a request into the files, a
SIGKILL right after the answer loses nothing, and 230 municipalities at once."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_agency.demo import synthetic_directory
from msu_desktop.services import delivery
from msu_exchange.receipt import ReceiptInvalid
from msu_exchange.signing.minisign import SecretKey
from tests.inbox_helpers import (
    InboxProcess,
    Keys,
    expect_packages,
    get,
    package,
    post,
    registry_of,
)

A = DirectoryEntry("41708000000001", "Тест айыл аймагы", "Тест району", "Чуйская область")
B = DirectoryEntry("41708000000002", "Экинчи айыл аймагы", "Тест району", "Чуйская область")


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "keys")


@pytest.fixture
def inbox(tmp_path: Path, keys: Keys):
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path, "--per-minute", "20")
    yield server
    server.stop()


def _outbox(data_dir: Path) -> Path:
    box = data_dir / "outbox"
    box.mkdir(parents=True, exist_ok=True)
    return box


def test_an_upload_gets_a_receipt_the_app_verifies_and_the_same_package_the_same_one(
    data_dir: Path, keys: Keys, inbox: InboxProcess
) -> None:
    keys.trust_in(data_dir)
    box = _outbox(data_dir)
    muni_key = SecretKey.generate()  # TEST key of a demo office
    inbox.expect(A.soate, muni_key)  # its fingerprint came on the stamped paper
    pkg = package(box, muni_key, A, 1)
    assert delivery.send_pending(box, inbox.url) == {pkg.name: "sent"}
    state = delivery.load(box)[pkg.name]
    assert state.state == "received", state.receipt_error
    assert state.sha256 == hashlib.sha256(pkg.read_bytes()).hexdigest()
    receipt = delivery.load_receipt(box, pkg)
    assert receipt is not None
    assert (receipt.agency, receipt.soate, receipt.period, receipt.sequence) == (
        "Test agency",
        A.soate,
        "2021-H2",
        1,
    )
    assert receipt.received == state.received_at
    first = json.loads(receipt.document)
    again_status, again = post(inbox.url, pkg.read_bytes(), pkg.name)
    assert again_status == 200  # not 201: nothing new was stored
    assert again["receipt"].encode() == receipt.document
    assert again["signature"] == receipt.signature
    assert json.loads(again["receipt"])["received"] == first["received"]
    status, fetched = get(f"{inbox.url}/{state.sha256}")
    assert status == 200 and fetched["receipt"].encode() == receipt.document


def test_a_receipt_without_a_trusted_inbox_key_is_not_believed(
    data_dir: Path, keys: Keys, inbox: InboxProcess
) -> None:
    box = _outbox(data_dir)
    pkg = package(box, SecretKey.generate(), A, 1)
    inbox.expect_packages(pkg)
    delivery.send_pending(box, inbox.url)
    state = delivery.load(box)[pkg.name]
    assert state.state == "sent"
    assert "No key of the agency's inbox is trusted" in state.receipt_error
    assert delivery.load_receipt(box, pkg) is None
    # the key arrives later by the rotation document; the outbox fetches the receipt again
    keys.trust_in(data_dir)
    assert delivery.fetch_receipts(box, inbox.url) == {pkg.name: "received"}
    assert delivery.load(box)[pkg.name].state == "received"


def test_forged_and_replayed_receipts_are_refused(
    data_dir: Path, tmp_path: Path, keys: Keys, inbox: InboxProcess
) -> None:
    keys.trust_in(data_dir)
    box = _outbox(data_dir)
    muni = SecretKey.generate()
    inbox.expect(A.soate, muni)
    first = package(tmp_path / "p", muni, A, 1)
    second = package(box, muni, A, 2)
    _, answer = post(inbox.url, first.read_bytes(), first.name)
    # replayed: the receipt of package 1 offered for package 2
    with pytest.raises(ReceiptInvalid, match="another package"):
        delivery.accept_receipt(
            box,
            second,
            json.dumps(answer).encode(),
            hashlib.sha256(second.read_bytes()).hexdigest(),
        )
    # forged: a receipt signed by a key the app does not trust
    forger = Keys(tmp_path / "forger")
    doc = json.loads(answer["receipt"])
    doc.update(sequence=2, package_sha256=hashlib.sha256(second.read_bytes()).hexdigest())
    import datetime as dt

    from msu_exchange.receipt import About, sign_receipt

    forged = sign_receipt(
        forger.inbox,
        About("Test agency", A.soate, "2021-H2", 2, doc["package_sha256"]),
        dt.datetime(2022, 1, 14, tzinfo=dt.UTC),
    )
    body = json.dumps({"receipt": forged.document.decode(), "signature": forged.signature}).encode()
    with pytest.raises(ReceiptInvalid, match="not signed by the agency's inbox"):
        delivery.accept_receipt(box, second, body, doc["package_sha256"])
    assert second.name not in delivery.load(box)  # nothing was recorded


def test_a_newer_sequence_supersedes_and_refusals_say_why(
    data_dir: Path, tmp_path: Path, keys: Keys, inbox: InboxProcess
) -> None:
    keys.trust_in(data_dir)
    muni = SecretKey.generate()
    inbox.expect(B.soate, muni)
    p1 = package(tmp_path / "p", muni, B, 1)
    p2 = package(tmp_path / "p", muni, B, 2)
    assert post(inbox.url, p1.read_bytes(), p1.name)[0] == 201
    assert post(inbox.url, p2.read_bytes(), p2.name)[0] == 201
    sha1 = hashlib.sha256(p1.read_bytes()).hexdigest()
    assert get(f"{inbox.url}/{sha1}")[1]["state"] == "superseded"
    # an older sequence after the newer one, through the outbox: refused, not retried
    box = _outbox(data_dir)
    # a rebuilt sequence 1: other figures, same number (built in the same second with the same
    # figures it would be the very same package, which the inbox rightly answers as received)
    old = shutil.copy(package(tmp_path / "q", muni, B, 1, seed=101), box)
    assert hashlib.sha256(Path(old).read_bytes()).hexdigest() != sha1
    results = delivery.send_pending(box, inbox.url)
    state = delivery.load(box)[Path(old).name]
    assert state.state == "refused", results
    assert "refused the package" in state.last_error
    assert delivery.pending(box) == []
    # a package signed with another key than the registered one: held, not acknowledged
    p3 = package(tmp_path / "p", SecretKey.generate(), B, 3)
    status, body = post(inbox.url, p3.read_bytes(), p3.name)
    assert (status, body["code"]) == (202, "key_pending")
    assert "ачкыч" in body["message"]["ky"] and "ключ" in body["message"]["ru"]
    # a tampered package
    raw = bytearray(p2.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    status, body = post(inbox.url, bytes(raw), p2.name)
    assert (status, body["code"]) == (422, "invalid")
    # damaged on the way
    status, body = post(inbox.url, p2.read_bytes(), p2.name, sha="0" * 64)
    assert (status, body["code"]) == (400, "sha_mismatch")


def test_limits_on_size_and_rate_and_no_path_from_a_request_into_the_files(
    tmp_path: Path, keys: Keys
) -> None:
    server = InboxProcess(
        tmp_path / "inbox",
        keys.inbox_key_path,
        "--max-mb",
        "1",
        "--per-minute",
        "3",
        "--junk-per-minute",
        "3",
    )
    try:
        pkg = package(tmp_path / "p", SecretKey.generate(), A, 1)
        server.expect_packages(pkg)
        status, _ = post(server.url, pkg.read_bytes(), "../../../evil.msupkg")
        assert status == 201
        status, body = post(server.url, b"x" * (2 * 1024 * 1024), "41708000000003_2021-H2_0001")
        assert (status, body["code"]) == (413, "too_large")
        # junk from one address: its own small budget, whatever name it claims
        codes = [
            post(server.url, b"PK junk", f"4170800000000{i}_2021-H2_0001")[1]["code"]
            for i in range(3)
        ]
        assert codes == ["invalid", "invalid", "rate_limited"]
        status, body = get(f"{server.url}/..%2F..%2Findex.sqlite")
        assert status == 404 and body["code"] == "not_found"
    finally:
        server.stop()
    stored = [p for p in (tmp_path / "inbox").rglob("*") if p.is_file()]
    names = {p.relative_to(tmp_path / "inbox").as_posix() for p in stored}
    sha = hashlib.sha256(pkg.read_bytes()).hexdigest()
    assert f"packages/{sha[:2]}/{sha}.msupkg" in names
    assert not any("evil" in n for n in names)
    assert not (tmp_path / "evil.msupkg").exists()
    assert list((tmp_path / "inbox" / "tmp").iterdir()) == []


def test_a_server_killed_right_after_answering_still_has_the_package(
    tmp_path: Path, keys: Keys
) -> None:
    folder = tmp_path / "inbox"
    pkg = package(tmp_path / "p", SecretKey.generate(), A, 1)
    expect_packages(registry_of(folder), pkg)
    server = InboxProcess(folder, keys.inbox_key_path)
    try:
        status, answer = post(server.url, pkg.read_bytes(), pkg.name)
    finally:
        server.kill()  # SIGKILL: no shutdown, no flush of ours
    assert status == 201
    assert server.proc.returncode == -9
    sha = answer["package_sha256"]
    # the index says so, straight after the kill, before anything restarts
    with sqlite3.connect(folder / "index.sqlite") as db:
        row = db.execute("SELECT soate, sequence FROM packages WHERE sha256 = ?", (sha,)).fetchone()
    assert row == (A.soate, 1)
    restarted = InboxProcess(folder, keys.inbox_key_path)
    try:
        status, fetched = get(f"{restarted.url}/{sha}")
        again = post(restarted.url, pkg.read_bytes(), pkg.name)
    finally:
        restarted.stop()
    assert status == 200 and fetched["receipt"] == answer["receipt"]
    assert again[0] == 200 and again[1]["receipt"] == answer["receipt"]
    stored = folder / "packages" / sha[:2] / f"{sha}.msupkg"
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha


def test_230_municipalities_upload_at_once_each_acknowledged_once(
    tmp_path: Path, keys: Keys
) -> None:
    from msu_agency.demo import make_demo_packages
    from msu_exchange.documents import shipped_plan

    plan, _ = shipped_plan()
    paths = make_demo_packages(plan, synthetic_directory(230), tmp_path / "usb", "2021-H2")
    expect_packages(registry_of(tmp_path / "inbox"), *paths)
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    try:
        with ThreadPoolExecutor(max_workers=32) as pool:
            answers = list(pool.map(lambda p: post(server.url, p.read_bytes(), p.name), paths))
            # every office sends once more (a retry after a lost answer): same receipts
            again = list(pool.map(lambda p: post(server.url, p.read_bytes(), p.name), paths))
    finally:
        server.stop()
    assert [s for s, _ in answers] == [201] * 230
    assert [s for s, _ in again] == [200] * 230
    assert [a["receipt"] for _, a in answers] == [a["receipt"] for _, a in again]
    with sqlite3.connect(tmp_path / "inbox" / "index.sqlite") as db:
        rows = db.execute("SELECT sha256 FROM packages").fetchall()
    want = {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    assert len(rows) == 230 and {r[0] for r in rows} == want
    stored = list((tmp_path / "inbox" / "packages").rglob("*.msupkg"))
    assert len(stored) == 230


def test_the_inbox_key_is_trusted_for_receipts_only(data_dir: Path, keys: Keys) -> None:
    from msu_desktop.errors import UserError
    from msu_desktop.services import trust

    keys.trust_in(data_dir)
    inbox_pub = keys.inbox.public_key()
    assert inbox_pub in [k.key for k in trust.trusted_keys(data_dir, "receipts")]
    assert inbox_pub not in [k.key for k in trust.trusted_keys(data_dir)]  # cannot sign plans
    # nor can it bring in another key by a rotation document of its own
    doc, sig = trust.rotation_document(keys.inbox, SecretKey.generate().public_key())
    with pytest.raises(UserError, match="not signed by a trusted agency key"):
        trust.apply_rotation(data_dir, doc, sig)
