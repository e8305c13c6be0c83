"""``msu-desktop import-reply FILE`` (receipts and decisions from the agency, on a stick) and
``msu-desktop outbox [--fetch]`` (where each period's package stands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import delivery
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-reply",
        help=tr("CLI", "import the agency's receipts and decisions (.msureply)"),
    )
    p.add_argument("reply", type=Path)
    p.set_defaults(func=cmd_import_reply)
    o = sub.add_parser("outbox", help=tr("CLI", "where each period's package stands"))
    o.add_argument(
        "--fetch",
        action="store_true",
        help=tr("CLI", "ask the agency's inbox for receipts and decisions first"),
    )
    o.set_defaults(func=cmd_outbox)


def _soate(ws: Workspace) -> str:
    muni = ws.municipality()
    return muni.soate if muni else ""


def cmd_import_reply(args: argparse.Namespace, ws: Workspace) -> int:
    skipped: list[str] = []
    from msu_desktop.services import agency_returns

    changed, unlocked = agency_returns.import_reply(ws, _soate(ws), args.reply, skipped)
    if not changed:
        print(tr("CLI", "Nothing new in this reply."))
    if skipped:
        print(
            tr(
                "CLI",
                "Left aside: packages not in this office's outbox (numbers {seqs}).",
                seqs=", ".join(skipped),
            )
        )
    _say_unlocked(unlocked)
    _print(ws)
    return 0


def cmd_outbox(args: argparse.Namespace, ws: Workspace) -> int:
    if args.fetch:
        url = ws.setting("upload_url")
        if not url:
            raise UserError("No upload address is set.")
        from msu_desktop.services.agency_returns import apply_returns, returned_hook

        unlocked: list[str] = []
        delivery.fetch_receipts(ws.outbox_dir, url, on_returned=returned_hook(ws, unlocked))
        _say_unlocked(unlocked + apply_returns(ws))
    _print(ws)
    return 0


def _say_unlocked(periods: list[str]) -> None:
    for period in periods:
        print(
            tr(
                "CLI",
                "{period}: returned by the agency, unlocked for correction.",
                period=period_name(period),
            )
        )


def _print(ws: Workspace) -> None:
    problem = delivery.migration_problem(ws.outbox_dir)
    if problem:
        print(problem)
    for st in delivery.standings(ws.outbox_dir):
        print(f"{period_name(st.period)} · {st.package}: {st.label}")
        if st.note:
            print(f"    {st.note}")
        for code, text in sorted(st.comments.items()):
            print(f"    {code}: {text}")
