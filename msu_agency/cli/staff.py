"""``msu-agency staff list|remove|reset|log``: the staff accounts of the inbox's web page from
the command line, as on the page's accounts page (``staff add`` is in :mod:`.inbox`). What
is done here and by ``staff add`` is written to the same log, as done by ``cli:<system user>``."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_desktop.i18n import tr


def register(stsub: argparse._SubParsersAction) -> None:
    for name, helptext, func, with_login in (
        ("list", tr("CLI", "list the staff accounts"), cmd_list, False),
        ("remove", tr("CLI", "remove a staff account (never the last one)"), cmd_remove, True),
        ("reset", tr("CLI", "give a staff account a new password, printed once"), cmd_reset, True),
        ("log", tr("CLI", "who did what on the staff page, newest first"), cmd_log, False),
    ):
        p = stsub.add_parser(name, help=helptext)
        p.add_argument(
            "--inbox",
            type=Path,
            default=None,
            help=tr("CLI", "the inbox folder (default: as set up)"),
        )
        if with_login:
            p.add_argument("username")
        p.set_defaults(func=func, needs_workspace=False)


def _inbox_folder(args: argparse.Namespace) -> Path:
    """--inbox, or the inbox ``msu-agency init`` set up."""
    from msu_agency.cli.collect import agency_dir
    from msu_agency.config import load_config

    if args.inbox is not None:
        return Path(args.inbox)
    config = load_config(agency_dir(args))
    if config is None:
        raise UserError(
            "The agency is not set up here: run msu-agency init first, or give {options}.",
            options="--inbox",
        )
    return config.inbox_dir


@contextmanager
def _staff(args: argparse.Namespace) -> Iterator[Any]:
    try:
        from msu_agency.inbox.staff import Staff
        from msu_agency.inbox.store import Inbox
    except ImportError as exc:  # the agency's extra is not installed
        raise UserError(
            "The inbox's web server is not part of this installation (it is the agency's "
            "extra): install it with pip install 'msu-desktop[agency]'. Missing: {name}.",
            name=exc.name or str(exc),
        ) from exc
    from msu_exchange.signing.minisign import SecretKey

    folder = _inbox_folder(args)
    if not (folder / "index.sqlite").exists():
        raise UserError("The folder {path} is not an inbox.", path=str(folder))
    # the inbox's key is not needed to manage staff; a throwaway key opens the index only
    inbox = Inbox(folder, SecretKey.generate(), "")
    try:
        yield Staff(inbox)
    finally:
        inbox.close()


def cli_user() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


def cmd_list(args: argparse.Namespace, _ws: None) -> int:
    with _staff(args) as staff:
        for login, name in staff.accounts():
            print(f"{login}\t{name}")
    return 0


def cmd_remove(args: argparse.Namespace, _ws: None) -> int:
    with _staff(args) as staff:
        staff.remove(args.username, cli_user())
    return 0


def cmd_reset(args: argparse.Namespace, _ws: None) -> int:
    with _staff(args) as staff:
        print(staff.reset(args.username, cli_user()))
    return 0


def cmd_log(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.inbox.staff_accounts import action_words
    from msu_desktop import i18n

    lang = i18n.language() if i18n.language() in i18n.LANGUAGES else "ru"
    with _staff(args) as staff:
        for e in staff.entries():
            print(f"{e.at}\t{e.username}\t{action_words(e.action, lang)}\t{e.detail}")
    return 0
