"""What both command-line tools share: the global options, error handling, output."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from msu_desktop import __version__, i18n
from msu_desktop.errors import DatabaseDamaged, UserError
from msu_desktop.i18n import tr
from msu_desktop.logs import setup_logging
from msu_desktop.services.failures import user_error
from msu_desktop.services.workspace import Workspace, default_data_dir
from msu_desktop.storage.db import DB_FILENAME, is_sqlalchemy_error

Handler = Callable[[argparse.Namespace, Workspace], int | None]

EXIT_USER_ERROR = 2


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=tr(
            "CLI",
            "folder for the database and files (default: MSU_DATA_DIR or the per-user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=None, help=tr("CLI", "language: ky or ru")
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("CLI", "log debug details"))


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found.append(child)
                found.extend(_subparsers(child))
    return found


def accept_global_options_everywhere(parser: argparse.ArgumentParser) -> None:
    """Let ``--lang`` and ``--data-dir`` also follow the command (``plan show --lang ky``)."""
    for child in _subparsers(parser):
        known = {opt for a in child._actions for opt in a.option_strings}
        if "--data-dir" not in known:
            child.add_argument(
                "--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
        if "--lang" not in known:
            child.add_argument(
                "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )


def early_language(argv: Sequence[str] | None) -> None:
    """Set the language before the parser is built, so that --help speaks it too."""
    args = list(sys.argv[1:] if argv is None else argv)
    lang = None
    for i, a in enumerate(args):
        if a == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    i18n.set_language(lang if lang in i18n.LANGUAGES else i18n.detect_language())


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def err(message: str) -> None:
    sys.stderr.write(message + "\n")


def _start_logging(data_dir: Path, verbose: bool, *, create: bool) -> None:
    """The log in the data folder, if it can be written; the library's words go there, never
    to the user's screen (a read-only or full drive just means no log this time)."""
    logging.getLogger().addHandler(logging.NullHandler())
    if not create and not Path(data_dir).is_dir():
        return
    with contextlib.suppress(OSError):
        setup_logging(Path(data_dir) / "logs", verbose)


def _offer_backup(data_dir: Path) -> None:
    from msu_desktop.services import backup

    try:
        latest = backup.latest_good_backup(data_dir)
    except (UserError, OSError):
        latest = None
    if latest is not None:
        err(
            tr(
                "CLI",
                "The latest good backup is {path}; restore it with: msu-desktop restore {path}",
                path=str(latest),
            )
        )
    else:
        err(
            tr(
                "CLI",
                "There is no good backup in {path}. If you have a backup on a USB "
                "stick, restore it with: msu-desktop restore FILE",
                path=str(backup.backups_dir(data_dir)),
            )
        )


def _prepare_streams() -> None:
    """UTF-8 output that never crashes on a character or a missing console."""
    # The windowed Windows executable has no console: sys.stdout and sys.stderr are None there,
    # and a message written to them would crash the start instead of being lost quietly.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8", errors="replace")


def run(
    parser: argparse.ArgumentParser,
    argv: Sequence[str] | None,
    default: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Parse, open the workspace when the command needs one, run, map errors to exit codes."""
    _prepare_streams()
    accept_global_options_everywhere(parser)
    args = parser.parse_args(argv)
    i18n.set_language(args.lang or i18n.detect_language())
    handler: Handler | None = getattr(args, "func", None)
    if handler is None:
        if default is not None:
            return default(args)
        parser.print_help()
        return EXIT_USER_ERROR
    needs_ws = getattr(args, "needs_workspace", True)
    ws: Workspace | None = None
    _start_logging(args.data_dir or default_data_dir(), args.verbose, create=needs_ws)
    try:
        if needs_ws:
            data_dir = args.data_dir or default_data_dir()
            ws = Workspace.open(data_dir)
        result = handler(args, ws)  # type: ignore[arg-type]
        return int(result or 0)
    except DatabaseDamaged as exc:
        logging.getLogger("msu_desktop.cli").info("user error: %s %s", exc.source, exc.params)
        err(str(exc))
        _offer_backup(args.data_dir or default_data_dir())
        return EXIT_USER_ERROR
    except UserError as exc:
        logging.getLogger("msu_desktop.cli").info("user error: %s %s", exc.source, exc.params)
        err(str(exc))
        return EXIT_USER_ERROR
    except Exception as exc:
        # The safety net under every writer: a full disk, a read-only or removed drive is the
        # user's to fix and gets its message (services/failures.py, the window's too); anything
        # else is a bug and keeps its traceback. (SQLAlchemy's errors are told without importing
        # it: the window's start does not load it.)
        if not isinstance(exc, (OSError, sqlite3.Error)) and not is_sqlalchemy_error(exc):
            raise
        data_dir = args.data_dir or default_data_dir()
        user = user_error(exc, Path(data_dir) / DB_FILENAME)
        if user is None:
            raise
        logging.getLogger("msu_desktop.cli").warning("storage error: %r", exc)
        err(str(user))
        if isinstance(user, DatabaseDamaged):
            _offer_backup(data_dir)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        err(i18n.tr("CLI", "Interrupted."))
        return 130
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: not an error of ours.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush
        return 0
    finally:
        if ws is not None:
            ws.close()
