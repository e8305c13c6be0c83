"""``msu-desktop transfer SOURCE [--dry-run]``: bring a predecessor's property register in
after a merger, from its backup (.zip) or its data folder (issue 25)."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop.errors import UserError
from msu_desktop.i18n import language, tr
from msu_desktop.services.property import transfer
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transfer",
        help=tr(
            "CLI",
            "bring in a predecessor's property register after a merger (its backup or data folder)",
        ),
    )
    p.add_argument(
        "source",
        type=Path,
        help=tr("CLI", "a backup (.zip), a data folder, or an Excel register (.xlsx)"),
    )
    p.add_argument(
        "--from",
        dest="predecessor",
        default="",
        help=tr("CLI", "for an Excel register: the predecessor's СОАТЕ code"),
    )
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(func=cmd_transfer)


def cmd_transfer(args: argparse.Namespace, ws: Workspace) -> int:
    if args.source.suffix.lower() in (".xlsx", ".xlsm"):
        if not args.predecessor:
            raise UserError(
                "An Excel register does not say whose it is: add --from with the predecessor's "
                "СОАТЕ code."
            )
        plan, lines = transfer.transfer_excel(
            ws, args.source, args.predecessor, dry_run=args.dry_run
        )
        for line in lines:
            print(line)
    else:
        plan = transfer.transfer(ws, args.source, dry_run=args.dry_run)
    for line in plan.lines(language()):
        print(line)
    if args.dry_run:
        print(tr("CLI", "Dry run: nothing was changed."))
    return 0
