"""A plan the agency published reaches the office through its inbox: the secretary is asked in
words, the plan-import wizard shows the changes, and only its Install installs the plan; the
window then shows the new programme's current period. Declined: not asked again for that
version, asked for a newer one. Forged: a message, nothing installed. A real ``msu-agency
serve`` on 127.0.0.1 and a made-up TEST programme published with ``msu-agency plan publish``."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from msu_agency.inbox.published import keep_published
from msu_agency.plan_build import build_plan_package, load_plan_json
from msu_desktop.gui.app import Controller, make_application
from msu_desktop.services.plan_package.apply import installed_version
from msu_exchange.signing.minisign import SecretKey
from tests.gui.dialogs import expect
from tests.gui.user import click, go, press_box
from tests.published_plan import Agency, agency

PLAN_ID = "test-programme-2031"
YES, NO, OK, LATER = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Ok,
    QMessageBox.StandardButton.Cancel,
)


def _office(qtbot, ws, a: Agency, url: str) -> Controller:
    a.trust_in(ws.data_dir)
    ws.set_setting("upload_url", url)
    ws.set_setting("report.today", "2031-03-01")  # in the TEST programme's first half-year
    controller = Controller(make_application(), ws, "ru")
    controller.show()  # its windows are closed by the test: a reload deletes the one before
    qtbot.waitExposed(controller.window)
    return controller


def _checked(qtbot, win) -> None:
    """Click "Send now" on the Packages page: the outbox's attempt asks for the plan too."""
    page = go(qtbot, win, "packages")
    qtbot.waitUntil(lambda: not win.outbox.busy, timeout=60_000)  # a retry of its own may run
    with qtbot.waitSignal(win.plan_offers.checked, timeout=60_000):
        click(qtbot, page.send_button)
    # the attempt ends too before the test goes on (a window opened again meanwhile took its
    # progress dialog away under it)
    qtbot.waitUntil(lambda: not win.outbox.busy, timeout=60_000)


def test_she_confirms_and_the_new_plan_is_installed(qtbot, ws_with_municipality, tmp_path) -> None:
    ws = ws_with_municipality
    a = agency(tmp_path / "agency")
    a.publish(1)
    server = a.serve()
    try:
        controller = _office(qtbot, ws, a, server.url)
        win = controller.window
        with expect(press_box(YES), name="planOfferQuestion") as question:
            assert win.plan_offers.check()  # as the start-up does, once the window is shown
        assert "версию плана 1:" in question.text and "ТЕСТОВАЯ программа" in question.text
        wizard = win.plan_offers.wizard
        assert wizard is not None and wizard.isVisible()
        qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
        changes = wizard.check_page.text.toPlainText()
        assert "Новая программа: ТЕСТОВАЯ программа" in changes and "мер — 2" in changes, changes
        assert installed_version(ws, PLAN_ID) is None  # nothing before her Install
        with qtbot.waitSignal(win.reload_requested, timeout=60_000):
            click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
            finish = wizard.button(QWizard.WizardButton.FinishButton)
            qtbot.waitUntil(finish.isEnabled, timeout=60_000)
            click(qtbot, finish)
        assert installed_version(ws, PLAN_ID) == 1
        new = controller.window
        assert new is not win and ws.plan().plan_id == PLAN_ID
        assert "ТЕСТОВАЯ программа" in new.status_label.toolTip()
        assert go(qtbot, new, "reports").current_period == "2031-H1"  # the current half-year
        assert not list((ws.data_dir / "incoming").glob("*.msuplan"))
    finally:
        controller.window.close()
        server.stop()


def test_declined_is_asked_again_only_for_a_newer_version(
    qtbot, ws_with_municipality, tmp_path
) -> None:
    ws = ws_with_municipality
    a = agency(tmp_path / "agency")
    a.publish(1)
    server = a.serve()
    try:
        controller = _office(qtbot, ws, a, server.url)
        win = controller.window
        with expect(press_box(LATER), name="planOfferQuestion"):
            _checked(qtbot, win)
        _checked(qtbot, win)  # put off: not asked again in this window (a box would fail)
        controller.show()  # the window opened again (as at the next start)
        win = controller.window
        with expect(press_box(NO), name="planOfferQuestion"):
            _checked(qtbot, win)
        assert installed_version(ws, PLAN_ID) is None and ws.plan().plan_id != PLAN_ID
        _checked(qtbot, win)  # the same version again: no question (an unexpected box fails)
        assert win.plan_offers.offer is None and installed_version(ws, PLAN_ID) is None
        a.publish(2)
        with expect(press_box(NO), name="planOfferQuestion") as question:
            _checked(qtbot, win)
        assert "2" in question.text
    finally:
        controller.window.close()
        server.stop()


def test_a_forged_plan_is_said_in_words_and_nothing_installed(
    qtbot, ws_with_municipality, tmp_path
) -> None:
    import zipfile

    ws = ws_with_municipality
    a = agency(tmp_path / "agency")
    v1 = a.publish(1)
    doc = load_plan_json(a.data / "plans" / f"{PLAN_ID}-v1.json")
    with zipfile.ZipFile(v1) as z:
        rules = z.read("forms/report_rules.json")
    forged = build_plan_package(
        doc, [SecretKey.generate()], tmp_path / "forged.msuplan", forms={"report_rules": rules}
    )
    keep_published(a.data, forged)
    server = a.serve()
    try:
        controller = _office(qtbot, ws, a, server.url)
        win = controller.window
        before = ws.plan().plan_id
        with expect(press_box(OK), name="planOfferRefused") as warning:
            _checked(qtbot, win)
        assert "не прошёл проверку" in warning.text, warning.text
        assert installed_version(ws, PLAN_ID) is None and ws.plan().plan_id == before
        _checked(qtbot, win)  # said once: no second warning
    finally:
        controller.window.close()
        server.stop()


def test_no_connection_shows_nothing_and_is_asked_again(qtbot, ws_with_municipality) -> None:
    import socket

    ws = ws_with_municipality
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    ws.set_setting("upload_url", f"http://127.0.0.1:{port}/api/v1/packages")
    controller = Controller(make_application(), ws, "ru")
    controller.show()
    try:
        offers = controller.window.plan_offers
        for _ in range(2):  # silent, and free to ask again
            with qtbot.waitSignal(offers.checked, timeout=60_000) as seen:
                assert offers.check()
            assert seen.args == [None] and offers.task is None
        assert installed_version(ws, PLAN_ID) is None
    finally:
        controller.window.close()
