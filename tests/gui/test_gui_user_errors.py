"""A full disk and a locked database during an action: the window tells the user what to do
(a message box, not the crash dialog), in the same words as the command line, because both
faces classify the failure with the one function of services/failures.py."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import event

from msu_desktop.services.workspace import Workspace
from tests.gui.dialogs import expect
from tests.gui.user import press_box


class Page(QWidget):
    """A page of the window: it knows its workspace, as every page does."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws


@contextmanager
def locked_by_another_program(ws: Workspace) -> Iterator[None]:
    """Another connection holds the write lock (as another copy of the app or a backup tool
    would); the workspace's own wait for it is cut to 0.2 s so the test is quick."""

    def short_wait(dbapi_con, _record) -> None:
        dbapi_con.execute("PRAGMA busy_timeout=200")

    ws.engine.dispose()
    event.listen(ws.engine, "connect", short_wait)
    holder = sqlite3.connect(ws.data_dir / "msu.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.rollback()
        holder.close()
        event.remove(ws.engine, "connect", short_wait)
        ws.engine.dispose()


@contextmanager
def disk_full(ws: Workspace) -> Iterator[None]:
    """SQLite's own "database or disk is full": the file may not grow by a single page."""

    def no_room(dbapi_con, _record) -> None:
        pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
        dbapi_con.execute(f"PRAGMA max_page_count={pages}")

    ws.engine.dispose()
    event.listen(ws.engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(ws.engine, "connect", no_room)
        ws.engine.dispose()


def _write(ws: Workspace) -> Callable[..., None]:
    def job(*, progress=None, cancelled=None) -> None:
        ws.set_setting("upload_url", "http://127.0.0.1/" + "x" * 200_000)

    return job


def _cli_words(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> str:
    """The command line's words for the same failure, through its real error handling."""
    from msu_desktop.cli import common

    parser = argparse.ArgumentParser(prog="msu-desktop")
    common.add_global_options(parser)
    sub = parser.add_subparsers()
    cmd = sub.add_parser("write")
    cmd.set_defaults(func=lambda _args, _ws: _write(ws)(), needs_workspace=False)
    capsys.readouterr()
    code = common.run(parser, ["write", "--data-dir", str(ws.data_dir)])
    assert code == common.EXIT_USER_ERROR
    return capsys.readouterr().err.strip()


@pytest.mark.parametrize("failure", [locked_by_another_program, disk_full])
def test_the_window_and_the_command_line_say_the_same_words(
    qtbot, ws_with_municipality: Workspace, capsys, failure
) -> None:
    from msu_desktop.gui.workers import run_task

    ws = ws_with_municipality
    page = Page(ws)
    qtbot.addWidget(page)
    page.show()
    with failure(ws):
        with expect(press_box(QMessageBox.StandardButton.Ok)) as told:
            run_task(page, "Saving…", _write(ws))
        cli = _cli_words(ws, capsys)
    # a warning with the user's words, not the crash dialog (crashDialog, a crash log)
    title, text = told.text.split("\n", 1)
    assert title == "MSU Desktop"
    assert text == cli
    db = str(Path(ws.data_dir) / "msu.sqlite")
    if failure is disk_full:
        assert "not enough free space" in text and str(ws.data_dir) in text
    else:
        assert "in use by another program" in text and db in text
    assert ws.setting("upload_url", "") == ""  # nothing was half-written
