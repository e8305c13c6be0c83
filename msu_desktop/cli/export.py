"""``msu-desktop export --period P --out DIR`` and ``msu-desktop verify PACKAGE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services.package.build import build_package
from msu_desktop.services.workspace import Workspace
from msu_exchange.report_package import PackageInvalid, verify_package


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=tr("CLI", "build the signed report package of a period"))
    p.add_argument("--period", required=True, help=tr("CLI", "YYYY-H1 or YYYY-H2"))
    p.add_argument("--out", type=Path, required=True, help=tr("CLI", "folder (e.g. a USB stick)"))
    p.add_argument(
        "--number", help=tr("CLI", "the outgoing number of the cover letter (kept for the period)")
    )
    p.add_argument("--date", help=tr("CLI", "the outgoing date, DD.MM.YYYY"))
    p.add_argument("--annex", help=tr("CLI", "the annex number of the report (default 1)"))
    p.set_defaults(func=cmd_export)

    v = sub.add_parser(
        "verify", help=tr("CLI", "check a report package: format, hashes, signature")
    )
    v.add_argument("package", type=Path)
    v.set_defaults(func=cmd_verify, needs_workspace=False)


def cmd_export(args: argparse.Namespace, ws: Workspace) -> int:
    import sys

    from msu_desktop.services import delivery_paths
    from msu_desktop.services.package.build import readiness, readiness_warning

    lang = i18n.language() if i18n.language() in i18n.LANGUAGES else "ru"
    out = Path(args.out)
    if not out.is_dir():  # a stick not inserted (or pulled): said before a number is used
        raise UserError(
            "The folder {folder} is not there (was the USB stick removed?). Insert the stick "
            "and run the export again; nothing was built.",
            folder=str(out),
        )
    from msu_desktop.services.package import outgoing as letter

    letter_given = None
    if args.number is not None or args.date is not None or args.annex is not None:
        kept = letter.load(ws, args.period)
        letter_given = letter.make(
            kept.number if args.number is None else args.number,
            kept.date if args.date is None else args.date,
            kept.annex if args.annex is None else args.annex,
        )
    warning = readiness_warning(readiness(ws, args.period), lang)
    if warning:
        print(warning, file=sys.stderr)
    # built into the outbox like the window's, then copied to the stick and recorded there:
    # the agency's replies, which carry this package's receipt, are then accepted
    built = build_package(ws, args.period, ws.outbox_dir, lang, outgoing=letter_given)
    if out.resolve() == Path(ws.outbox_dir).resolve():
        print(built)  # asked for the outbox itself: it is there, as from the window
        return 0
    try:
        copy = delivery_paths.save_to_folder(built, out)
    except BaseException:
        # the stick refused it (full, pulled): the export leaves nothing, as before it began
        from msu_desktop.services.package.build import give_back_sequence

        built.unlink(missing_ok=True)
        give_back_sequence(ws, int(built.stem.rsplit("_", 1)[1]))
        raise
    delivery_paths.record_saved(ws.outbox_dir, built, out)
    print(copy)
    return 0


def cmd_verify(args: argparse.Namespace, _ws: None) -> int:
    try:
        pkg = verify_package(args.package)
    except PackageInvalid as exc:
        print(tr("CLI", "INVALID: {reason}", reason=str(exc)))
        return 1
    print(
        tr(
            "CLI",
            "VALID: {soate} {period}, sequence {seq}, signed by key {fingerprint}",
            soate=pkg.soate,
            period=pkg.period,
            seq=pkg.sequence,
            fingerprint=pkg.public_key.fingerprint(),
        )
    )
    print(
        tr(
            "CLI",
            "The signature only proves that the key {fingerprint} signed this package. Whether "
            "that key is the municipality's own can only be told by the agency's key registry "
            "(or by the fingerprint on the municipality's stamped paper report).",
            fingerprint=pkg.public_key.fingerprint(),
        )
    )
    return 0
