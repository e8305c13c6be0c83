#!/usr/bin/env python3
"""The two commands a developer needs, on a fresh machine, after cloning:

    python3 dev.py run  [msu-desktop arguments]   # the app, on the shipped plan
    python3 dev.py test [pytest arguments]        # the whole test suite, offscreen

Each installs what it needs first (uv, the locked dependencies, the compiled forms and
translations). Other verbs: ``build`` (forms and translations only), ``lint`` (ruff + mypy),
``bench`` (benchmarks), ``agency`` (the msu-agency tool).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def uv() -> str:
    # pip --user puts uv in ~/.local/bin, which is often not on PATH: look there first, so that
    # uv is not installed again on every run
    for candidate in (Path.home() / ".local" / "bin" / "uv", Path(sys.executable).parent / "uv"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("uv")
    if found:
        return found
    print("dev.py: installing uv (the project's package manager) with pip ...", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--user", "--quiet", "uv"], check=True)
    for candidate in (
        Path(sys.executable).parent / "uv",
        Path.home() / ".local" / "bin" / "uv",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("uv")
    if not found:
        raise SystemExit("dev.py: uv was installed but is not on PATH; add ~/.local/bin to PATH")
    return found


def sync(groups: list[str] | None = None) -> str:
    exe = uv()
    # the agency's extra (its inbox's web stack) too: the tests and `dev.py agency` use it
    cmd = [exe, "sync", "--frozen", "--quiet", "--extra", "agency"]
    for g in groups or []:
        cmd += ["--group", g]
    subprocess.run(cmd, cwd=ROOT, check=True)
    subprocess.run([exe, "run", "--frozen", "python", "tools/build.py"], cwd=ROOT, check=True)
    return exe


def main(argv: list[str]) -> int:
    verb, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if verb in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    env = dict(os.environ)
    if verb == "run":
        exe = sync()
        return subprocess.call([exe, "run", "--frozen", "msu-desktop", *rest], cwd=ROOT, env=env)
    if verb == "agency":
        exe = sync()
        return subprocess.call([exe, "run", "--frozen", "msu-agency", *rest], cwd=ROOT, env=env)
    if verb == "build":
        sync()
        return 0
    if verb == "test":
        exe = sync()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([exe, "run", "--frozen", "pytest", *rest], cwd=ROOT, env=env)
    if verb == "lint":
        exe = sync()
        rc = subprocess.call([exe, "run", "--frozen", "ruff", "check", "."], cwd=ROOT)
        rc |= subprocess.call([exe, "run", "--frozen", "ruff", "format", "--check", "."], cwd=ROOT)
        rc |= subprocess.call([exe, "run", "--frozen", "mypy"], cwd=ROOT)
        return rc
    if verb == "bench":
        exe = sync()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call(
            [exe, "run", "--frozen", "python", "-m", "bench", *rest], cwd=ROOT, env=env
        )
    print(f"dev.py: unknown verb {verb!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
