"""The reply carries the verdict (issue 21, "reply files"): the agency's ``.msureply`` says per
period whether the report was on time, late or is missing, by the one deadline rule against the
agency's time of receipt; the office keeps it with the package and the package page says it.
A reply of an older agency, without verdicts, still reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_agency.inbox.store import Inbox, write_replies
from msu_desktop.services import delivery
from msu_exchange.reply import build_reply, read_reply, write_reply
from msu_exchange.signing.minisign import SecretKey
from tests.inbox_helpers import Keys, expect_key, package

A = DirectoryEntry("41708000000031", "Төртүнчү айыл аймагы", "Тест району", "Чуйская область")


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "keys")


def test_the_reply_carries_on_time_late_and_missing_and_the_package_says_it(
    tmp_path: Path, data_dir: Path, keys: Keys
) -> None:
    keys.trust_in(data_dir)
    box = data_dir / "outbox"
    box.mkdir()
    office = SecretKey.generate()  # TEST key
    now = [dt.datetime(2021, 8, 2, 6, 0, tzinfo=dt.UTC)]
    inbox = Inbox(tmp_path / "inbox", keys.inbox, "Test agency", clock=lambda: now[0])
    try:
        expect_key(inbox.registry_path, A.soate, office)
        late = package(box, office, A, 1, period="2021-H1")  # due 15.07.2021
        inbox.receive(late.read_bytes())
        # 23:59 in Bishkek on the due day (15.01.2022): still on time
        now[0] = dt.datetime(2022, 1, 15, 17, 59, tzinfo=dt.UTC)
        on_time = package(box, office, A, 1, period="2021-H2")
        inbox.receive(on_time.read_bytes())
        # saved to a stick, and the stick never reached the agency
        lost = package(box, office, A, 1, period="2022-H1")
        delivery.record(box, lost, state="saved", saved_to="E:\\")
        now[0] = dt.datetime(2022, 8, 1, tzinfo=dt.UTC)
        (path,) = write_replies(inbox, tmp_path / "stick", A.soate)
    finally:
        inbox.close()

    verdicts = {v["period"]: v for v in read_reply(path).verdicts}
    assert verdicts["2021-H1"]["verdict"] == "late"
    assert verdicts["2021-H1"]["due"] == "2021-07-15"
    assert verdicts["2021-H2"]["verdict"] == "on_time"
    assert verdicts["2022-H1"]["verdict"] == "missing"
    assert verdicts["2022-H1"]["package_sha256"] == ""

    delivery.import_reply(box, A.soate, path)
    states = delivery.load(box)
    assert delivery.state_label(states[on_time.name], "en").endswith("· on time (due 15.01.2022)")
    assert delivery.state_label(states[late.name], "en").endswith(
        "· late: received 02.08.2021 12:00, due 15.07.2021"
    )
    assert states[lost.name].state == "saved"
    assert "missing: the agency had not received this report by 15.07.2022" in (
        delivery.state_label(states[lost.name], "en")
    )
    for lang in ("ky", "ru"):
        texts = [delivery.verdict_label(states[p.name], lang) for p in (on_time, late, lost)]
        english = [delivery.verdict_label(states[p.name], "en") for p in (on_time, late, lost)]
        assert all(texts) and all(t != e for t, e in zip(texts, english, strict=True))
        assert "15.07.2021" in texts[1]


def test_a_reply_without_verdicts_still_reads(tmp_path: Path, keys: Keys) -> None:
    now = dt.datetime(2022, 2, 1, tzinfo=dt.UTC)
    doc, sig = build_reply(keys.inbox, "Test agency", A.soate, [], now)
    reply = read_reply(write_reply(tmp_path / "old.msureply", doc, sig))
    assert reply.verdicts == () and reply.items == []
    assert b"verdicts" not in reply.document
