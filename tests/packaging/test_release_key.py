"""A release build takes the agency's public key and refuses the development key -- checked
before any build step, in both build scripts (without running wine or PyInstaller)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from msu_exchange.signing.minisign import SecretKey

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DEV_PUB = ROOT / "resources" / "keys" / "agency-dev.pub"


def _release_key():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(PACKAGING))
    try:
        import release_key

        return release_key
    finally:
        sys.path.remove(str(PACKAGING))


def _agency_pub(tmp_path: Path) -> Path:
    key = SecretKey.generate().public_key()  # a TEST agency's key
    path = tmp_path / "agency.pub"
    path.write_text(key.to_text(f"TEST agency {key.key_id_hex}"), "utf-8")
    return path


def test_the_agency_key_is_accepted_and_staged_alone(tmp_path: Path) -> None:
    rk = _release_key()
    pub = _agency_pub(tmp_path)
    assert rk.check_release_key(["--agency-key", str(pub)]) == pub
    assert rk.check_release_key([f"--agency-key={pub}"]) == pub
    staged = rk.stage_keys(pub, tmp_path / "staged")
    assert [p.name for p in staged.iterdir()] == ["agency.pub"]
    assert (staged / "agency.pub").read_bytes() == pub.read_bytes()


@pytest.mark.parametrize("case", ["none", "development", "dev-copy", "not-a-key", "unreadable"])
def test_the_release_build_refuses_in_words(tmp_path: Path, case: str, monkeypatch) -> None:
    rk = _release_key()
    monkeypatch.delenv(rk.ENV, raising=False)
    copy = tmp_path / "renamed.pub"
    copy.write_bytes(DEV_PUB.read_bytes())  # the development key under another name
    junk = tmp_path / "junk.pub"
    junk.write_text("untrusted comment: x\nnot base64 at all\n", "utf-8")
    argv = {
        "none": [],
        "development": ["--agency-key", str(DEV_PUB)],
        "dev-copy": ["--agency-key", str(copy)],
        "not-a-key": ["--agency-key", str(junk)],
        "unreadable": ["--agency-key", str(tmp_path / "missing.pub")],
    }[case]
    with pytest.raises(rk.RefusedKey) as refused:
        rk.check_release_key(argv)
    message = str(refused.value)
    assert "Nothing was built" in message
    if case in ("development", "dev-copy"):
        assert "development key" in message


def test_only_an_explicit_development_build_uses_the_development_key(capsys) -> None:
    rk = _release_key()
    assert rk.check_release_key(["--development-build"]) == DEV_PUB
    assert "DEVELOPMENT BUILD" in capsys.readouterr().out


@pytest.mark.parametrize("script", ["build.py", "windows/wine_build.py"])
def test_both_build_scripts_stop_before_any_step_with_the_development_key(
    tmp_path: Path, script: str
) -> None:
    """The real scripts, run as a release manager would: they stop at once, with the reason,
    before tests, PyInstaller or wine (a run that started a step would take minutes)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for argv in ([], ["--agency-key", str(DEV_PUB)]):
        r = subprocess.run(
            [sys.executable, str(PACKAGING / script), *argv],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            cwd=tmp_path,
        )
        assert r.returncode != 0
        assert "Nothing was built" in r.stderr, r.stdout + r.stderr
        assert "==" not in r.stdout and "stage" not in r.stdout.lower()
