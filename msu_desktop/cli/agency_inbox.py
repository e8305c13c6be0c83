"""``msu-agency serve`` (the inbox: uploads in, signed receipts out) and ``msu-agency rotation``
(a key-rotation document that makes the municipalities' apps trust a new key, e.g. the inbox's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from msu_desktop.cli.agency_keys import password
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import trust
from msu_desktop.services.files import write_bytes_atomic
from msu_desktop.services.signing.minisign import PublicKey, SecretKey


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("serve", help=tr("CLI", "run the agency's inbox (HTTP) for uploads"))
    s.add_argument("--inbox", type=Path, required=True, help=tr("CLI", "the inbox folder"))
    s.add_argument(
        "--key", type=Path, required=True, help=tr("CLI", "the inbox's private key (keygen)")
    )
    s.add_argument(
        "--agency", required=True, help=tr("CLI", "the agency's name, as written on receipts")
    )
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument(
        "--max-mb", type=int, default=64, help=tr("CLI", "largest package accepted, in MB")
    )
    s.add_argument(
        "--per-minute",
        type=int,
        default=20,
        help=tr("CLI", "uploads allowed per municipality per minute"),
    )
    s.add_argument("--password-file", type=Path, default=None)
    s.set_defaults(func=cmd_serve, needs_workspace=False)

    r = sub.add_parser(
        "rotation", help=tr("CLI", "sign a key-rotation document that announces a new key")
    )
    r.add_argument(
        "--key", type=Path, required=True, help=tr("CLI", "the agency's plan signing key")
    )
    r.add_argument(
        "--new-key", type=Path, required=True, help=tr("CLI", "the new public key (.pub)")
    )
    r.add_argument(
        "--purpose",
        choices=trust.PURPOSES,
        default="plan",
        help=tr("CLI", "plan: signs plan packages; receipts: the inbox's key"),
    )
    r.add_argument("--comment", default="")
    r.add_argument("--out", type=Path, required=True, help=tr("CLI", "folder to write into"))
    r.add_argument("--password-file", type=Path, default=None)
    r.set_defaults(func=cmd_rotation, needs_workspace=False)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("Cannot read the file {path}.", path=str(path)) from exc


def cmd_serve(args: argparse.Namespace, _ws: None) -> int:
    from msu_desktop.services.inbox.server import serve
    from msu_desktop.services.inbox.store import Inbox

    if args.max_mb < 1 or args.per_minute < 1:
        raise UserError("The limits must be positive numbers.")
    key = SecretKey.from_pem(_read(args.key), password(args))
    inbox = Inbox(args.inbox, key, args.agency)

    def ready(server: Any) -> None:
        port = server.servers[0].sockets[0].getsockname()[1]
        print(
            tr("CLI", "The inbox is listening on http://{host}:{port}/", host=args.host, port=port),
            flush=True,
        )

    try:
        serve(
            inbox,
            args.host,
            args.port,
            max_body=args.max_mb * 1024 * 1024,
            per_minute=args.per_minute,
            ready=ready,
        )
    finally:
        inbox.close()
    return 0


def cmd_rotation(args: argparse.Namespace, _ws: None) -> int:
    signer = SecretKey.from_pem(_read(args.key), password(args))
    new_key = PublicKey.from_text(_read(args.new_key).decode("utf-8", "replace"))
    doc, sig = trust.rotation_document(signer, new_key, purpose=args.purpose, comment=args.comment)
    args.out.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(args.out / "key-rotation.json", doc)
    write_bytes_atomic(args.out / "key-rotation.json.minisig", sig.encode("utf-8"))
    sys.stdout.write(str(args.out / "key-rotation.json") + "\n")
    return 0
