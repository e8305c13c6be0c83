"""``msu-agency keygen`` and ``msu-agency build-plan``: the agency's signing key and plan packages.

The private key is always password-protected. The password comes from the environment variable
``MSU_AGENCY_PASSWORD``, from ``--password-file FILE``, or from a prompt -- never from a
command-line argument (it would be visible in the process list and the shell history).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from msu_agency.plan_build import (
    build_plan_package,
    load_plan_json,
    plan_sha256_of_package,
)
from msu_agency.registry import KeyRegistry, locked
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import SecretKey

PASSWORD_ENV = "MSU_AGENCY_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("keygen", help=tr("CLI", "create the agency's signing key pair"))
    k.add_argument(
        "--out", type=Path, required=True, help=tr("CLI", "folder for agency.key and agency.pub")
    )
    k.add_argument("--password-file", type=Path, default=None)
    k.set_defaults(func=cmd_keygen, needs_workspace=False)

    keys = sub.add_parser(
        "keys", help=tr("CLI", "the municipalities' keys the agency trusts (key registry)")
    )
    ksub = keys.add_subparsers(dest="keys_command", required=True)
    conf = ksub.add_parser(
        "confirm",
        help=tr(
            "CLI",
            "trust a municipality's new key once its stamped paper report with this "
            "fingerprint has arrived",
        ),
    )
    conf.add_argument("soate", help=tr("CLI", "the municipality's СОАТЕ code"))
    conf.add_argument(
        "fingerprint",
        nargs="+",
        help=tr("CLI", "as printed on the stamped paper (spaces allowed)"),
    )
    conf.set_defaults(func=cmd_keys_confirm, needs_workspace=False)
    klist = ksub.add_parser(
        "list", help=tr("CLI", "registered keys, and keys awaiting confirmation")
    )
    klist.set_defaults(func=cmd_keys_list, needs_workspace=False)

    b = sub.add_parser(
        "build-plan", help=tr("CLI", "sign a plan file into a plan package (.msuplan)")
    )
    b.add_argument(
        "plan", type=Path, help=tr("CLI", "the plan JSON (schema data/schema/plan.schema.json)")
    )
    b.add_argument(
        "--key",
        type=Path,
        action="append",
        default=[],
        help=tr(
            "CLI",
            "private key file (repeat to sign with several keys; default: the agency's "
            "signing key, as set up)",
        ),
    )
    b.add_argument(
        "--out",
        type=Path,
        required=True,
        help=tr("CLI", "the package file, or a folder to write PLAN-vVERSION.msuplan into"),
    )
    b.add_argument(
        "--previous", type=Path, default=None, help=tr("CLI", "the previous package of this plan")
    )
    b.add_argument(
        "--directory",
        type=Path,
        default=None,
        help=tr("CLI", "municipality directory (.json or .csv)"),
    )
    b.add_argument(
        "--forms", type=Path, default=None, help=tr("CLI", "folder of form settings (*.json)")
    )
    b.add_argument(
        "--programme",
        type=Path,
        default=None,
        help=tr("CLI", "the decree and programme text (schema data/schema/programme.schema.json)"),
    )
    b.add_argument(
        "--rotation",
        type=Path,
        default=None,
        help=tr("CLI", "a signed key-rotation.json to carry (its .minisig beside it)"),
    )
    b.add_argument("--password-file", type=Path, default=None)
    b.set_defaults(func=cmd_build_plan, needs_workspace=False)


def password(args: argparse.Namespace, confirm: bool = False) -> bytes:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env.encode("utf-8")
    if args.password_file:
        try:
            text = args.password_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError(
                "Cannot read the password file {path}.", path=str(args.password_file)
            ) from exc
        if not text:
            raise UserError("The password file {path} is empty.", path=str(args.password_file))
        return text.encode("utf-8")
    if not sys.stdin.isatty():
        raise UserError("A password is needed: set MSU_AGENCY_PASSWORD or use --password-file.")
    first = getpass.getpass(tr("CLI", "Password for the agency key: "))
    if confirm and getpass.getpass(tr("CLI", "The same password again: ")) != first:
        raise UserError("The two passwords differ.")
    if len(first) < 8:
        raise UserError("Use a password of at least 8 characters.")
    return first.encode("utf-8")


def cmd_keygen(args: argparse.Namespace, _ws: None) -> int:
    key_path, pub_path = args.out / "agency.key", args.out / "agency.pub"
    if key_path.exists():
        raise UserError("{path} exists already; a key is never overwritten.", path=str(key_path))
    pw = password(args, confirm=True)
    key = SecretKey.generate()
    write_bytes_atomic(key_path, key.to_pem(pw))
    pub = key.public_key()
    write_bytes_atomic(pub_path, pub.to_text(f"MSU agency public key {pub.key_id_hex}").encode())
    print(pub_path)
    print(
        tr(
            "CLI",
            "Fingerprint (print it on the letter to the municipalities): {fp}",
            fp=pub.fingerprint(),
        )
    )
    return 0


def signing_key_path(args: argparse.Namespace) -> Path:
    """The agency's signing key as ``msu-agency init`` created it."""
    from msu_agency.cli.collect import agency_dir
    from msu_agency.cli.init import SIGNING_KEY
    from msu_agency.config import load_config

    config = load_config(agency_dir(args))
    if config is None:
        raise UserError("The agency is not set up here: run msu-agency init first, or give --key.")
    path = config.keys_dir / SIGNING_KEY
    if not path.exists():
        raise UserError(
            "The signing key {path} is not on this computer (it is kept offline): insert its "
            "stick and give --key.",
            path=str(path),
        )
    return path


def package_path(out: Path, doc: dict[str, object]) -> Path:
    """``--out``: a file, or an existing folder (or one written with a trailing slash) to put
    ``<plan_id>-v<version>.msuplan`` into."""
    from msu_exchange.plan_package import EXTENSION

    text = str(out)
    if out.is_dir() or text.endswith(("/", "\\")) or not out.suffix:
        name = f"{doc.get('plan_id', 'plan')}-v{doc.get('version', 0)}{EXTENSION}"
        return out / "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return out


def cmd_build_plan(args: argparse.Namespace, _ws: None) -> int:
    if not args.key:
        args.key = [signing_key_path(args)]
    pw = password(args)
    keys = []
    for path in args.key:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError("Cannot read the key file {path}.", path=str(path)) from exc
        keys.append(SecretKey.from_pem(data, pw))
    doc = load_plan_json(args.plan)
    previous_sha = previous_version = None
    if args.previous:
        previous_sha, previous_version = plan_sha256_of_package(args.previous)
    directory = None
    if args.directory:
        name = "directory.csv" if args.directory.suffix.lower() == ".csv" else "directory.json"
        directory = (name, args.directory.read_bytes())
    forms = {}
    if args.forms:
        forms = {p.stem: p.read_bytes() for p in sorted(args.forms.glob("*.json"))}
    programme = None
    if args.programme:
        try:
            programme = args.programme.read_bytes()
        except OSError as exc:
            raise UserError("Cannot read the file {path}.", path=str(args.programme)) from exc
    rotation = None
    if args.rotation:
        rotation = (
            args.rotation.read_bytes(),
            args.rotation.with_name(args.rotation.name + ".minisig").read_text(encoding="utf-8"),
        )
    from msu_exchange.documents import check_plan_document

    check_plan_document(doc)  # a bad plan is refused before any folder is made
    target = package_path(args.out, doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    out = build_plan_package(
        doc,
        keys,
        target,
        previous_plan_sha256=previous_sha,
        previous_version=previous_version,
        directory=directory,
        forms=forms,
        programme=programme,
        key_rotation=rotation,
    )
    keep_issued_plan(args, doc)
    print(out)
    return 0


def keep_issued_plan(
    args: argparse.Namespace, doc: dict[str, object], package: Path | None = None
) -> Path | None:
    """The plan the agency just signed becomes its installed plan (``plans/`` of its data
    folder), so ``collect``, the staff page and the reports use it without --plan; its signed
    ``package`` becomes the one the inbox offers the offices (inbox/published.py)."""
    from msu_agency.cli.collect import agency_dir
    from msu_agency.config import load_config
    from msu_agency.inbox.published import keep_published
    from msu_agency.plan_publish import keep_plan

    if package is not None:
        keep_published(agency_dir(args), package)
    config = load_config(agency_dir(args))
    return keep_plan(config, doc) if config is not None else None


def _registry(args: argparse.Namespace) -> KeyRegistry:
    from msu_agency.cli.collect import agency_dir

    return KeyRegistry(agency_dir(args) / "key_registry.json")


def cmd_keys_confirm(args: argparse.Namespace, _ws: None) -> int:
    from msu_agency.cli.collect import agency_dir

    with locked(agency_dir(args) / "key_registry.json") as registry:
        key = registry.confirm(args.soate, " ".join(args.fingerprint), expect_if_unseen=True)
    if key is None:
        print(
            tr(
                "CLI",
                "No package of {soate} has arrived yet: its first package signed by a key with "
                "this fingerprint will be trusted.",
                soate=args.soate,
            )
        )
        return 0
    print(
        tr(
            "CLI",
            "The key {fingerprint} is now the registered key of {soate}; the next collect "
            "consolidates the packages it signed.",
            fingerprint=key.fingerprint(),
            soate=args.soate,
        )
    )
    return 0


def cmd_keys_list(args: argparse.Namespace, _ws: None) -> int:
    registry = _registry(args)
    for soate, entry in sorted(registry.keys.items()):
        print(f"{soate}  {entry.get('fingerprint', '')}  {entry.get('registered', '')}")
    for soate, entry in sorted(registry.expected.items()):
        print(
            tr(
                "CLI",
                "{soate}  {fingerprint}  expected (entered from the stamped paper {when})",
                soate=soate,
                fingerprint=entry.get("fingerprint", ""),
                when=entry.get("entered", ""),
            )
        )
    for soate in sorted(registry.pending):
        for p in registry.pending_for(soate):
            print(
                tr(
                    "CLI",
                    "{soate}  {fingerprint}  awaiting confirmation (seen on {package})",
                    soate=soate,
                    fingerprint=p.fingerprint,
                    package=p.package,
                )
            )
            owner = registry.other_owner_of(p.key, soate)
            if owner is not None:  # after a merger: the predecessor's key (issue 25)
                print(
                    tr(
                        "CLI",
                        "    registered for {other}: confirming moves the key to {soate}",
                        other=owner,
                        soate=soate,
                    )
                )
    return 0
