"""The agency's public key for a release build: a documented input, never the development key.

    packaging/build.py --agency-key PATH/agency.pub
    packaging/windows/wine_build.py --agency-key PATH/agency.pub

(or MSU_AGENCY_PUBLIC_KEY=PATH). ``agency.pub`` is what ``msu-agency init`` wrote into the
agency's ``keys/`` folder. :func:`check_release_key` runs before anything is built: it refuses
a missing or unreadable key, and the development key (``resources/keys/agency-dev.pub``, whose
password is in the repository) -- an installer that trusts it would install any plan package
anybody signs. :func:`stage_keys` writes the folder the PyInstaller spec ships as
``resources/keys``: the agency's key alone.

``--development-build`` builds with the development key, for the project's own installer cycle;
it says so loudly, and such an installer must never reach an office.

Standard library only: wine_build.py runs with the system's python3.
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_KEY = ROOT / "resources" / "keys" / "agency-dev.pub"
STAGED = ROOT / "build" / "release-keys"  # read by packaging/msu-desktop.spec
ENV = "MSU_AGENCY_PUBLIC_KEY"
DEVELOPMENT = "--development-build"


class RefusedKey(SystemExit):
    """The build stops before anything is built; the message says why and what to do."""


def _raw_key(text: str) -> bytes:
    """The 42-byte minisign public key of a .pub file (its last non-comment line)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith("untrusted comment:")]
    if len(lines) != 1:
        raise ValueError("not one key line")
    raw = base64.b64decode(lines[0], validate=True)
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise ValueError("not a minisign Ed25519 public key")
    return raw


def key_argument(argv: list[str]) -> Path | None:
    """``--agency-key PATH`` (or ``--agency-key=PATH``), else $MSU_AGENCY_PUBLIC_KEY."""
    for i, arg in enumerate(argv):
        if arg == "--agency-key" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--agency-key="):
            return Path(arg.split("=", 1)[1])
    env = os.environ.get(ENV)
    return Path(env) if env else None


def check_release_key(argv: list[str], dev_key: Path = DEV_KEY) -> Path:
    """The agency's public key file to ship; raises :class:`RefusedKey` before any build step
    when there is none, it is not a key, or it is the development key."""
    development = DEVELOPMENT in argv
    path = key_argument(argv)
    if path is None:
        if development:
            print(
                "!! DEVELOPMENT BUILD: the installer trusts the development key, whose password "
                "is in the repository. Never give it to an office."
            )
            return dev_key
        raise RefusedKey(
            "A release build needs the agency's public key: --agency-key PATH/agency.pub (the "
            "file msu-agency init wrote into the agency's keys/ folder), or "
            f"{ENV}=PATH. Nothing was built."
        )
    try:
        raw = _raw_key(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RefusedKey(f"Cannot read the agency's public key {path}. Nothing was built.") from exc
    except ValueError as exc:
        raise RefusedKey(
            f"{path} is not a public key file (agency.pub from msu-agency init). Nothing was built."
        ) from exc
    if not development and raw == _raw_key(dev_key.read_text(encoding="utf-8")):
        raise RefusedKey(
            f"{path} is the development key, whose password is in the repository: an installer "
            "that trusts it would install a plan package anybody signed. Give the agency's own "
            "agency.pub (msu-agency init). Nothing was built."
        )
    return path


def stage_keys(key: Path, staged: Path = STAGED) -> Path:
    """The folder the spec ships as resources/keys: this one key, nothing else."""
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    shutil.copyfile(key, staged / ("agency.pub" if key != DEV_KEY else key.name))
    return staged
