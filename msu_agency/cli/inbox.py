"""``msu-agency serve`` (the inbox: uploads in, signed receipts out) and ``msu-agency rotation``
(a key-rotation document that makes the municipalities' apps trust a new key, e.g. the inbox's).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from msu_agency.cli.keys import password
from msu_agency.collect import read_directory_csv
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import trust
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import PublicKey, SecretKey


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help=tr("CLI", "run the agency's inbox (HTTP) for uploads"))
    _where(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument(
        "--max-mb", type=int, default=64, help=tr("CLI", "largest package accepted, in MB")
    )
    s.add_argument(
        "--per-minute",
        type=int,
        default=20,
        help=tr("CLI", "uploads allowed per office's verified key per minute"),
    )
    s.add_argument(
        "--junk-per-minute",
        type=int,
        default=10,
        help=tr(
            "CLI",
            "refused unverifiable uploads allowed per address per minute before it must wait",
        ),
    )
    s.add_argument(
        "--directory",
        type=Path,
        action="append",
        default=[],
        help=tr("CLI", "municipality directory CSV for the staff page (repeat for several)"),
    )
    s.add_argument(
        "--session-minutes",
        type=int,
        default=480,
        help=tr("CLI", "how long a staff login lasts, in minutes"),
    )
    s.add_argument("--password-file", type=Path, default=None)
    s.set_defaults(func=cmd_serve, needs_workspace=False)

    st = sub.add_parser("staff", help=tr("CLI", "the agency staff who use the inbox's web page"))
    stsub = st.add_subparsers(dest="staff_command", required=True)
    add = stsub.add_parser(
        "add",
        help=tr(
            "CLI",
            "add a staff member (or set a new password): the password from "
            "MSU_STAFF_PASSWORD or standard input, never the command line",
        ),
    )
    add.add_argument(
        "--inbox", type=Path, default=None, help=tr("CLI", "the inbox folder (default: as set up)")
    )
    add.add_argument("username")
    add.add_argument("--name", default="", help=tr("CLI", "the full name shown on the page"))
    add.set_defaults(func=cmd_staff_add, needs_workspace=False)
    from msu_agency.cli.staff import register as register_staff

    register_staff(stsub)  # list, remove, reset, log

    r = sub.add_parser(
        "rotation", help=tr("CLI", "sign a key-rotation document that announces a new key")
    )
    r.add_argument(
        "--key",
        type=Path,
        default=None,
        help=tr("CLI", "the agency's plan signing key (default: as set up)"),
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
    register_decisions(sub)


def register_decisions(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser(
        "decide", help=tr("CLI", "accept a received package, or return it with comments")
    )
    _inbox_options(d)
    d.add_argument("sha256", help=tr("CLI", "the package's SHA-256 (as on its receipt)"))
    d.add_argument("decision", choices=["accept", "return"])
    d.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="MEASURE=TEXT",
        help=tr("CLI", "a comment at a measure, e.g. 1.1.3=…; repeat for several"),
    )
    d.add_argument("--note", default="", help=tr("CLI", "a comment on the whole report"))
    d.add_argument("--staff", default="", help=tr("CLI", "who decides (for the record)"))
    d.set_defaults(func=cmd_decide, needs_workspace=False)

    r = sub.add_parser(
        "reply",
        help=tr("CLI", "write each municipality's receipts and decisions into a .msureply file"),
    )
    _inbox_options(r)
    r.add_argument("--out", type=Path, required=True, help=tr("CLI", "folder to write into"))
    r.add_argument("--soate", default=None, help=tr("CLI", "only this municipality"))
    r.set_defaults(func=cmd_reply, needs_workspace=False)

    v = sub.add_parser(
        "receive",
        help=tr("CLI", "put packages that came on a stick into the inbox (as if uploaded)"),
    )
    _inbox_options(v)
    v.add_argument("packages", type=Path, nargs="+", help=tr("CLI", "package files or folders"))
    v.set_defaults(func=cmd_receive, needs_workspace=False)


def _where(p: argparse.ArgumentParser) -> None:
    """--inbox, --key and --agency: each defaults to what msu-agency init set up."""
    p.add_argument(
        "--inbox", type=Path, default=None, help=tr("CLI", "the inbox folder (default: as set up)")
    )
    p.add_argument(
        "--key",
        type=Path,
        default=None,
        help=tr("CLI", "the inbox's private key (default: as set up)"),
    )
    p.add_argument(
        "--agency",
        default=None,
        help=tr("CLI", "the agency's name, as written on receipts (default: as set up)"),
    )


def _inbox_options(p: argparse.ArgumentParser) -> None:
    _where(p)
    p.add_argument("--password-file", type=Path, default=None)


def _resolve(args: argparse.Namespace, *, key: bool = True, agency: bool = True) -> None:
    """Fill --inbox, --key and --agency from the agency's configuration (msu-agency init)."""
    from msu_agency.cli.collect import agency_dir
    from msu_agency.cli.init import INBOX_KEY
    from msu_agency.config import load_config

    config = load_config(agency_dir(args))
    if config is not None:
        if getattr(args, "inbox", None) is None:
            args.inbox = config.inbox_dir
        if key and getattr(args, "key", None) is None:
            args.key = config.keys_dir / INBOX_KEY
        if agency and getattr(args, "agency", None) is None:
            args.agency = config.name["ru"]
    wanted = [("inbox", "--inbox")] + ([("key", "--key")] if key else [])
    wanted += [("agency", "--agency")] if agency else []
    missing = [flag for name, flag in wanted if getattr(args, name, None) in (None, "")]
    if missing:
        raise UserError(
            "The agency is not set up here: run msu-agency init first, or give {options}.",
            options=" ".join(missing),
        )


def _open_inbox(args: argparse.Namespace) -> Any:
    from msu_agency.inbox.store import Inbox

    _resolve(args)
    if (
        getattr(args, "func", None) is not cmd_receive
        and not (args.inbox / "index.sqlite").exists()
    ):
        raise UserError("The folder {path} is not an inbox.", path=str(args.inbox))
    key = SecretKey.from_pem(_read(args.key), password(args))
    return Inbox(args.inbox, key, args.agency, registry=registry_path(args), plans=plans(args))


def plans(args: argparse.Namespace) -> list[Any]:
    """The plans the content is checked against: the same as ``collect``'s (the shipped plan
    and the plans in plans/ of the agency's data folder)."""
    from msu_agency.cli.collect import agency_plans

    return agency_plans(argparse.Namespace(**{**vars(args), "plan": getattr(args, "plan", [])}))


def registry_path(args: argparse.Namespace) -> Path:
    """The one key registry: the same file as ``collect`` and ``msu-agency keys`` use."""
    from msu_agency.cli.collect import agency_dir

    return agency_dir(args) / "key_registry.json"


def cmd_decide(args: argparse.Namespace, _ws: None) -> int:
    comments: dict[str, str] = {}
    for item in args.comment:
        code, sep, text = item.partition("=")
        if not sep or not code.strip():
            raise UserError("Write a comment as MEASURE=TEXT, e.g. 1.1.3=…")
        comments[code.strip()] = text
    inbox = _open_inbox(args)
    try:
        stored = inbox.decide(
            args.sha256.lower(),
            "accepted" if args.decision == "accept" else "returned",
            comments=comments,
            note=args.note,
            staff=args.staff,
        )
    finally:
        inbox.close()
    print(f"{stored.soate} {stored.period} #{stored.sequence}: {stored.state}")
    return 0


def cmd_reply(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.inbox.store import write_replies

    inbox = _open_inbox(args)
    try:
        paths = write_replies(inbox, args.out, args.soate)
    finally:
        inbox.close()
    for path in paths:
        print(path)
    return 0


def cmd_receive(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.collect import find_packages
    from msu_agency.inbox.store import Held, Refused, hold_message

    files: list[Path] = []
    for path in args.packages:
        files.extend(find_packages(path) if path.is_dir() else [path])
    inbox = _open_inbox(args)
    refused = 0
    try:
        for path in files:
            try:
                stored, new = inbox.receive(_read(path))
            except Refused as exc:
                refused += 1
                print(f"{path.name}: {exc}")
                continue
            if isinstance(stored, Held):
                print(f"{path.name}: {hold_message(None, stored.fingerprint)}")
                continue
            state = tr("CLI", "received") if new else tr("CLI", "already in the inbox")
            print(f"{path.name}: {state} {stored.received}")
    finally:
        inbox.close()
    return 1 if refused else 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("Cannot read the file {path}.", path=str(path)) from exc


def _web_stack() -> None:
    """The inbox's web stack is the ``agency`` extra, not part of the office's installer."""
    try:
        import argon2  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UserError(
            "The inbox's web server is not part of this installation (it is the agency's "
            "extra): install it with pip install 'msu-desktop[agency]'. Missing: {name}.",
            name=exc.name or str(exc),
        ) from exc


def cmd_serve(args: argparse.Namespace, _ws: None) -> int:
    _web_stack()
    from msu_agency.inbox.server import serve
    from msu_agency.inbox.store import Inbox

    if min(args.max_mb, args.per_minute, args.session_minutes, args.junk_per_minute) < 1:
        raise UserError("The limits must be positive numbers.")
    _resolve(args)
    key = SecretKey.from_pem(_read(args.key), password(args))
    directory = read_directory_csv(args.directory) if args.directory else []
    inbox = Inbox(
        args.inbox,
        key,
        args.agency,
        registry=registry_path(args),
        plans=plans(args),
        directory=directory,
    )

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
            directory=directory,
            session_minutes=args.session_minutes,
            junk_per_minute=args.junk_per_minute,
            ready=ready,
        )
    finally:
        inbox.close()
    return 0


def cmd_staff_add(args: argparse.Namespace, _ws: None) -> int:
    _web_stack()
    from msu_agency.cli.staff import cli_user
    from msu_agency.inbox.staff import Staff
    from msu_agency.inbox.store import Inbox

    secret = os.environ.get("MSU_STAFF_PASSWORD")
    if not secret:
        if sys.stdin.isatty():
            secret = getpass.getpass(tr("CLI", "Password for the staff member: "))
        else:
            secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UserError(
            "A password is needed: set MSU_STAFF_PASSWORD or give it on standard input."
        )
    _resolve(args, key=False, agency=False)
    # the inbox's key is not needed to manage staff; a throwaway key opens the index only
    inbox = Inbox(args.inbox, SecretKey.generate(), "")
    try:
        Staff(inbox).put(args.username, args.name, secret, cli_user())
    finally:
        inbox.close()
    print(args.username.strip().lower())
    return 0


def cmd_rotation(args: argparse.Namespace, _ws: None) -> int:
    if args.key is None:
        from msu_agency.cli.keys import signing_key_path

        args.key = signing_key_path(args)
    signer = SecretKey.from_pem(_read(args.key), password(args))
    new_key = PublicKey.from_text(_read(args.new_key).decode("utf-8", "replace"))
    doc, sig = trust.rotation_document(signer, new_key, purpose=args.purpose, comment=args.comment)
    args.out.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(args.out / "key-rotation.json", doc)
    write_bytes_atomic(args.out / "key-rotation.json.minisig", sig.encode("utf-8"))
    sys.stdout.write(str(args.out / "key-rotation.json") + "\n")
    return 0
