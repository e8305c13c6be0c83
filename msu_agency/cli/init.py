"""``msu-agency init``: set the agency up in one step.

Creates, in the agency's data folder (``--data-dir``, else the user's data folder):

* ``keys/agency.key`` / ``agency.pub`` -- the agency's signing key (plan packages, rotations),
  protected by a passphrase; the command says how to keep it offline;
* ``keys/inbox.key`` / ``inbox.pub`` -- the inbox's receipts key, with its own passphrase (the
  server never holds the signing key's), and ``keys/inbox-rotation/key-rotation.json`` (+
  ``.minisig``), signed by the signing key, that makes the offices trust it (it travels in the
  next plan package: ``build-plan --rotation``);
* the first staff account of the inbox's web page, if the agency extra is installed;
* ``agency.json``: the name in Kyrgyz and Russian, the inbox's address and the folders, which
  every later command reads (no name typed again).

Every input is checked before anything is written; a refused init leaves the folder as it was.
Passphrases come from ``MSU_AGENCY_PASSWORD`` / ``--password-file`` (signing key),
``MSU_INBOX_PASSWORD`` / ``--inbox-password-file`` (inbox key), ``MSU_STAFF_PASSWORD`` (staff)
or a prompt -- never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
from pathlib import Path

from msu_agency.cli.collect import agency_dir
from msu_agency.config import FILE_NAME, AgencyConfig, load_config
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import trust
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import SecretKey

MIN_PASSPHRASE = 8
SIGNING_KEY = "agency.key"
INBOX_KEY = "inbox.key"
ROTATION_DIR = "inbox-rotation"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help=tr("CLI", "set the agency up: keys, the first staff account, one configuration"),
        description=tr(
            "CLI",
            "Create the agency's signing key, the inbox's receipts key (announced by a "
            "rotation the signing key signs), the first staff account and the agency's "
            "configuration, which every later command reads.",
        ),
    )
    p.add_argument("--name-ky", required=True, help=tr("CLI", "the agency's name in Kyrgyz"))
    p.add_argument("--name-ru", required=True, help=tr("CLI", "the agency's name in Russian"))
    p.add_argument(
        "--inbox-url",
        default="",
        help=tr("CLI", "the inbox's address the offices send to, e.g. https://inbox.example.kg"),
    )
    p.add_argument(
        "--staff", default="", help=tr("CLI", "login of the first staff member (web page)")
    )
    p.add_argument("--staff-name", default="", help=tr("CLI", "the staff member's full name"))
    p.add_argument("--password-file", type=Path, default=None)
    p.add_argument("--inbox-password-file", type=Path, default=None)
    p.set_defaults(func=cmd_init, needs_workspace=False)


def _secret(env: str, file: Path | None, prompt: str, what: str) -> bytes:
    value = os.environ.get(env)
    if not value and file is not None:
        try:
            value = file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError("Cannot read the password file {path}.", path=str(file)) from exc
    if not value:
        if not sys.stdin.isatty():
            raise UserError(
                "A passphrase is needed for {what}: set {env} or use a password file.",
                what=what,
                env=env,
            )
        value = getpass.getpass(prompt)
        if getpass.getpass(tr("CLI", "The same password again: ")) != value:
            raise UserError("The two passwords differ.")
    if len(value) < MIN_PASSPHRASE:
        raise UserError(
            "Use a passphrase of at least {n} characters for {what}.",
            n=str(MIN_PASSPHRASE),
            what=what,
        )
    return value.encode("utf-8")


def _check_url(url: str) -> str:
    url = url.strip()
    if url and not (url.startswith(("https://", "http://")) and len(url) > 10 and " " not in url):
        raise UserError(
            "The inbox address {url} is not a web address; write it as https://inbox.example.kg",
            url=url[:80],
        )
    return url.rstrip("/")


def _web_extra() -> bool:
    try:
        import argon2  # noqa: F401
        import starlette  # noqa: F401
    except ImportError:
        return False
    return True


def _staff_password() -> str:
    """The first staff member's password (MSU_STAFF_PASSWORD or asked at the terminal); the
    web extra must be installed for staff accounts."""
    if not _web_extra():
        raise UserError(
            "Staff accounts belong to the inbox's web page, which is not part of this "
            "installation (the agency extra); run init without --staff."
        )
    password = os.environ.get("MSU_STAFF_PASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(tr("CLI", "Password for the staff member: "))
    if not password:
        raise UserError(
            "A password is needed: set MSU_STAFF_PASSWORD or give it on standard input."
        )
    return password


def _write_keys(
    keys: Path, signing_pw: bytes, inbox_pw: bytes, created: list[Path]
) -> tuple[SecretKey, SecretKey]:
    """The signing key and the inbox's receipts key, made and written (each .key under its
    passphrase, each .pub) into ``keys``; every file written is added to ``created``."""
    keys.mkdir(parents=True, exist_ok=True)
    signer = SecretKey.generate()
    inbox_key = SecretKey.generate()
    for key, stem, pw, label in (
        (signer, "agency", signing_pw, "MSU agency signing key"),
        (inbox_key, "inbox", inbox_pw, "MSU agency inbox key"),
    ):
        pub = key.public_key()
        for path, content in (
            (keys / f"{stem}.key", key.to_pem(pw)),
            (keys / f"{stem}.pub", pub.to_text(f"{label} {pub.key_id_hex}").encode()),
        ):
            write_bytes_atomic(path, content)
            created.append(path)
    return signer, inbox_key


def _undo(created: list[Path], data: Path, existed: bool) -> None:
    """A refused init leaves the folder as it was: what it made goes, newest first."""
    for path in reversed(created):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    if not existed:
        shutil.rmtree(data, ignore_errors=True)


def cmd_init(args: argparse.Namespace, _ws: None) -> int:
    data = agency_dir(args)
    names = {"ky": " ".join(args.name_ky.split()), "ru": " ".join(args.name_ru.split())}
    if not names["ky"] or not names["ru"]:
        raise UserError("Give the agency's name in both Kyrgyz and Russian.")
    if load_config(data) is not None:
        raise UserError(
            "The agency is already set up in {path}; nothing was changed.", path=str(data)
        )
    config = AgencyConfig(data, names, _check_url(args.inbox_url))
    keys = config.keys_dir
    for name in (SIGNING_KEY, INBOX_KEY):
        if (keys / name).exists():
            raise UserError(
                "{path} exists already; a key is never overwritten.", path=str(keys / name)
            )
    staff_password = _staff_password() if args.staff else ""
    signing_pw = _secret(
        "MSU_AGENCY_PASSWORD",
        args.password_file,
        tr("CLI", "Passphrase for the agency's signing key: "),
        tr("CLI", "the signing key"),
    )
    inbox_pw = _secret(
        "MSU_INBOX_PASSWORD",
        args.inbox_password_file,
        tr("CLI", "Passphrase for the inbox's receipts key: "),
        tr("CLI", "the inbox key"),
    )
    if inbox_pw == signing_pw:
        raise UserError(
            "Give the inbox key another passphrase than the signing key: the inbox's server "
            "must never be able to open the signing key."
        )

    created: list[Path] = []
    existed = data.exists()
    try:
        signer, inbox_key = _write_keys(keys, signing_pw, inbox_pw, created)
        doc, sig = trust.rotation_document(
            signer,
            inbox_key.public_key(),
            purpose="receipts",
            comment=f"inbox of {names['ru']}",
        )
        rot = keys / ROTATION_DIR
        rot.mkdir(exist_ok=True)
        created.append(rot)
        write_bytes_atomic(rot / "key-rotation.json", doc)
        write_bytes_atomic(rot / "key-rotation.json.minisig", sig.encode("utf-8"))
        for sub in ("plans",):
            (data / sub).mkdir(exist_ok=True)
        if args.staff:
            from msu_agency.inbox.staff import Staff
            from msu_agency.inbox.store import Inbox

            inbox_existed = config.inbox_dir.exists()
            if not inbox_existed:
                created.append(config.inbox_dir)
            inbox = Inbox(config.inbox_dir, inbox_key, names["ru"])
            try:
                Staff(inbox).add(args.staff, args.staff_name, staff_password)
            finally:
                inbox.close()
        created.append(config.save())
    except BaseException:
        _undo(created, data, existed)
        raise

    pub = signer.public_key()
    print(tr("CLI", "The agency is set up in {path}.", path=str(data / FILE_NAME)))
    print(tr("CLI", "Signing key fingerprint: {fp}", fp=pub.fingerprint()))
    print(
        tr("CLI", "Inbox receipts key fingerprint: {fp}", fp=inbox_key.public_key().fingerprint())
    )
    print(
        tr(
            "CLI",
            "Keep the signing key offline: copy {key} onto two USB sticks kept in separate "
            "safes, write the passphrase on paper in a sealed envelope, then delete the key "
            "from this computer. Bring it back only to sign a plan package or a key rotation, "
            "on a computer without network. The inbox's server needs only {inbox}.",
            key=str(keys / SIGNING_KEY),
            inbox=str(keys / INBOX_KEY),
        )
    )
    print(
        tr(
            "CLI",
            'Next: build the office installer with {pub} (see README, "Releasing the '
            'installer for your agency"); the offices learn the inbox key from the rotation '
            "in {rotation}, which the next plan package carries (build-plan --rotation).",
            pub=str(keys / "agency.pub"),
            rotation=str(keys / ROTATION_DIR / "key-rotation.json"),
        )
    )
    return 0
