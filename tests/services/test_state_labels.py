"""One label set for every state (report state, timeliness, delivery) for the CLI, GUI and PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from msu_desktop.domain import report as rpt
from msu_desktop.services import labels
from msu_desktop.services.delivery import Delivery

PKG = Path(__file__).resolve().parents[2] / "msu_desktop"


def test_an_approved_report_reads_the_same_everywhere() -> None:
    assert labels.state_label(rpt.APPROVED, "en") == "Approved, locked"
    assert labels.state_label(rpt.APPROVED, "ru") == "Утверждён, заблокирован"
    assert labels.state_label(rpt.APPROVED, "ky") == "Бекитилди, кулпуланды"
    below_gui = [
        p
        for p in PKG.rglob("*.py")
        if "gui" not in p.parts and "Approved (locked)" in p.read_text()
    ]
    assert below_gui == []


def test_every_timeliness_and_state_has_words_in_both_languages() -> None:
    for lang in ("ky", "ru"):
        for state in (rpt.DRAFT, rpt.COMPLETE, rpt.APPROVED):
            assert labels.state_label(state, lang) != labels.state_label(state, "en")
        for t in ("future", "current", "due_soon", "overdue", "archive", "closed"):
            assert labels.timeliness_label(t, lang) != labels.timeliness_label(t, "en"), t


def test_delivery_states_in_words() -> None:
    assert labels.delivery_label(None, "en") == "built"
    saved = Delivery("p.msupkg", state="saved", saved_to="E:\\")
    assert labels.delivery_label(saved, "en") == "saved to a stick (E:\\)"
    sent = Delivery("p.msupkg", state="sent", sent_at="2026-07-05T10:20:30+00:00")
    assert labels.delivery_label(sent, "en") == "sent 05.07.2026 16:20, no receipt yet"  # Bishkek


def test_a_failed_package_shows_the_wait_computed_now_not_an_old_stored_date() -> None:
    now = dt.datetime(2026, 7, 5, 10, 0, tzinfo=dt.UTC)
    failed = Delivery(
        "p.msupkg",
        state="failed",
        last_error="timeout",
        failed_at="2026-07-05T09:58:00+00:00",
        wait_s=240,
        next_try="2027-07-05T11:00",  # stored by an older version while the clock was ahead
    )
    text = labels.delivery_label(failed, "en", now)
    assert text == "not sent: timeout; next try 05.07.2026 16:02", text
    assert "2027" not in text
    # once the wait is over, the next attempt is the next one, whatever the stored date says
    later = now + dt.timedelta(minutes=3)
    assert labels.delivery_label(failed, "en", later).endswith("next try at the next attempt")
    legacy = Delivery("p.msupkg", state="failed", last_error="timeout", next_try="2027-07-05T11:00")
    assert "2027" not in labels.delivery_label(legacy, "ru", now)
    assert "timeout" in labels.delivery_label(failed, "ru", now)
    assert labels.delivery_label(failed, "ru", now) != labels.delivery_label(failed, "en", now)
