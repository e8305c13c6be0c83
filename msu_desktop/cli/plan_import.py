"""``msu-desktop import-plan PACKAGE [--dry-run]`` and ``msu-desktop trust add|list|rotate``."""

from __future__ import annotations

import argparse
from pathlib import Path

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import trust
from msu_desktop.services.plan_package.apply import apply_plan_package
from msu_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-plan", help=tr("CLI", "check and install a signed plan package (.msuplan)")
    )
    p.add_argument("package", type=Path)
    p.add_argument(
        "--dry-run", action="store_true", help=tr("CLI", "only check it and show what would change")
    )
    p.set_defaults(func=cmd_import)

    t = sub.add_parser("trust", help=tr("CLI", "the agency keys this copy trusts"))
    tsub = t.add_subparsers(dest="trust_command", required=True)
    add = tsub.add_parser("add", help=tr("CLI", "trust a key handed over in person"))
    add.add_argument("key", type=Path, help=tr("CLI", "the agency's public key file (.pub)"))
    add.add_argument(
        "--fingerprint", required=True, help=tr("CLI", "as printed on the agency's letter")
    )
    add.set_defaults(func=cmd_trust_add)
    lst = tsub.add_parser("list", help=tr("CLI", "list the trusted agency keys"))
    lst.set_defaults(func=cmd_trust_list)
    rot = tsub.add_parser(
        "rotate", help=tr("CLI", "accept a new key from a signed key-rotation document")
    )
    rot.add_argument(
        "document", type=Path, help=tr("CLI", "key-rotation.json (its .minisig beside it)")
    )
    rot.set_defaults(func=cmd_trust_rotate)


def cmd_import(args: argparse.Namespace, ws: Workspace) -> int:
    result = apply_plan_package(ws, args.package, dry_run=args.dry_run)
    signers = ", ".join(k.fingerprint for k in result.package.signers)
    print(tr("CLI", "Signed by the agency key {fingerprint}.", fingerprint=signers))
    for line in result.diff.lines(i18n.language()):
        print("  " + line)
    if args.dry_run:
        print(tr("CLI", "Dry run: nothing was changed."))
    else:
        print(
            tr(
                "CLI",
                "Installed plan {plan} version {version}. A backup was made first: {backup}",
                plan=result.package.plan.plan_id,
                version=result.package.plan.version,
                backup=str(result.backup),
            )
        )
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("Cannot read {path}.", path=str(path)) from exc


def cmd_trust_add(args: argparse.Namespace, ws: Workspace) -> int:
    key = trust.add_by_fingerprint(ws.data_dir, _read(args.key), args.fingerprint)
    print(tr("CLI", "The agency key {fingerprint} is now trusted.", fingerprint=key.fingerprint))
    return 0


def cmd_trust_list(args: argparse.Namespace, ws: Workspace) -> int:
    for key in trust.trusted_keys(ws.data_dir):
        print(f"{key.fingerprint}  {key.source:<8}  {key.comment}")
    return 0


def cmd_trust_rotate(args: argparse.Namespace, ws: Workspace) -> int:
    doc = args.document.read_bytes() if args.document.is_file() else b""
    sig_path = args.document.with_name(args.document.name + ".minisig")
    if not doc or not sig_path.is_file():
        raise UserError("The key-rotation document or its signature (.minisig) is missing.")
    key = trust.apply_rotation(ws.data_dir, doc, _read(sig_path))
    print(tr("CLI", "The agency key {fingerprint} is now trusted.", fingerprint=key.fingerprint))
    return 0
