"""The outbox understands "pending" (issue 22): against a real ``msu-agency serve`` on 127.0.0.1,
an office whose key the agency has not confirmed yet gets a signed hold, shows it in words with
its key's fingerprint, is not sent again, and turns "received" at the next poll once the agency
runs ``msu-agency keys confirm``. A hold signed by another key never counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_desktop.services import delivery
from msu_exchange.signing.minisign import SecretKey, verify
from tests.inbox_helpers import InboxProcess, Keys, confirm_by_command, package

A = DirectoryEntry("41708000000021", "Үчүнчү айыл аймагы", "Тест району", "Чуйская область")


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "keys")


@pytest.fixture
def inbox(tmp_path: Path, keys: Keys):
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    yield server
    server.stop()


def test_a_held_package_is_shown_in_words_and_received_once_the_agency_confirms_the_key(
    data_dir: Path, keys: Keys, inbox: InboxProcess
) -> None:
    keys.trust_in(data_dir)
    box = data_dir / "outbox"
    box.mkdir()
    office = SecretKey.generate()  # TEST key of a demo office, NOT pre-registered
    fp = office.public_key().fingerprint()
    pkg = package(box, office, A, 1)

    assert delivery.send_pending(box, inbox.url) == {pkg.name: "sent"}
    d = delivery.load(box)[pkg.name]
    assert d.state == "held", d.receipt_error
    assert d.key_fingerprint == fp and d.held_at and not d.receipt
    verify(keys.inbox.public_key(), d.hold.encode("utf-8"), d.hold_sig)  # kept as signed
    for lang, word in (("ky", "ачкыч"), ("ru", "ключ")):
        label = delivery.state_label(d, lang)
        assert fp in label and word in label.lower(), label
    assert delivery.pending(box) == []  # held: never uploaded again
    assert delivery.send_pending(box, inbox.url, force=True) == {}

    # the poll before the paper arrives: still held
    assert delivery.fetch_receipts(box, inbox.url) == {pkg.name: "held"}
    assert delivery.load(box)[pkg.name].state == "held"

    confirm_by_command(inbox, A.soate, fp)
    assert delivery.fetch_receipts(box, inbox.url) == {pkg.name: "received"}
    d = delivery.load(box)[pkg.name]
    assert d.state == "received" and d.received_at
    receipt = delivery.load_receipt(box, pkg)
    assert receipt is not None and receipt.soate == A.soate
    assert "ачкыч" not in delivery.state_label(d, "ky")


def test_a_hold_signed_by_another_key_never_counts(
    tmp_path: Path, data_dir: Path, keys: Keys, inbox: InboxProcess
) -> None:
    keys.trust_in(data_dir)
    rogue_keys = Keys(tmp_path / "rogue-keys")  # an inbox the office does not trust
    rogue = InboxProcess(tmp_path / "rogue", rogue_keys.inbox_key_path)
    try:
        box = data_dir / "outbox"
        box.mkdir()
        office = SecretKey.generate()  # TEST key
        pkg = package(box, office, A, 1)
        delivery.send_pending(box, rogue.url)
        d = delivery.load(box)[pkg.name]
        assert d.state == "sent" and not d.hold  # not "held": the hold is forged
        assert "not signed by the agency's inbox" in d.receipt_error
        assert delivery.fetch_receipts(box, rogue.url) == {pkg.name: d.receipt_error}

        # the genuine inbox holds it; a forged hold afterwards changes nothing
        delivery.record(box, pkg, state="failed", failed_at="", wait_s=0)
        delivery.send_pending(box, inbox.url)
        held = delivery.load(box)[pkg.name]
        assert held.state == "held"
        delivery.fetch_receipts(box, rogue.url)
        assert delivery.load(box)[pkg.name] == held

        # received stays received, whatever hold comes after
        confirm_by_command(inbox, A.soate, office.public_key().fingerprint())
        assert delivery.fetch_receipts(box, inbox.url) == {pkg.name: "received"}
        received = delivery.load(box)[pkg.name]
        delivery.fetch_receipts(box, rogue.url)
        assert delivery.load(box)[pkg.name] == received
    finally:
        rogue.stop()
