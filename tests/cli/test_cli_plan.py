"""``msu-desktop plan show`` and the global options, as real subprocesses."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("msu-desktop ")


def test_plan_show_json_prints_the_full_plan(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "plan", "show", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    measures = [m for d in doc["directions"] for t in d["tasks"] for m in t["measures"]]
    assert len(doc["directions"]) == 3
    assert sum(len(d["tasks"]) for d in doc["directions"]) == 9
    assert len(measures) == 23
    shipped = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    shipped_measures = [m for d in shipped["directions"] for t in d["tasks"] for m in t["measures"]]
    assert measures == shipped_measures  # every field of every measure, as shipped
    assert doc["organisations"] == shipped["organisations"]


def test_plan_show_json_in_one_language(data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "plan", "show", "--json", "--lang", "ky")
    doc = json.loads(result.stdout)
    m = doc["directions"][0]["tasks"][0]["measures"][0]
    assert isinstance(m["title"], str) and m["title"]
    assert any(ch in json.dumps(doc, ensure_ascii=False) for ch in "өүң")


def test_plan_show_text_in_kyrgyz_and_russian(data_dir: Path) -> None:
    ru = run_cli("--data-dir", str(data_dir), "--lang", "ru", "plan", "show")
    ky = run_cli("--data-dir", str(data_dir), "--lang", "ky", "plan", "show")
    assert ru.returncode == 0 and ky.returncode == 0
    for code in ("1.1.1", "2.1.1", "3.2.2", "3.3.1"):
        assert code in ru.stdout and code in ky.stdout
    assert "2019" in ru.stdout
    assert ru.stdout != ky.stdout


def test_data_dir_leaves_nothing_outside_it(tmp_path: Path) -> None:
    home, cfg, cache, share, tmp, cwd = (
        tmp_path / n for n in ("home", "cfg", "cache", "share", "tmp", "cwd")
    )
    for d in (home, cfg, cache, share, tmp, cwd):
        d.mkdir()
    data = tmp_path / "D"
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(cfg),
        "XDG_CACHE_HOME": str(cache),
        "XDG_DATA_HOME": str(share),
        "TMPDIR": str(tmp),
        "APPDATA": str(share),
        "LOCALAPPDATA": str(share),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    result = run_cli("--data-dir", str(data), "plan", "show", "--json", env=env)
    assert result.returncode == 0, result.stderr
    for d in (home, cfg, cache, share, tmp, cwd):
        assert list(d.rglob("*")) == [], f"{d.name} was written to"
    assert (data / "msu.sqlite").exists()


def test_msu_data_dir_environment_variable(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run_cli("plan", "show", "--json", env={"MSU_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "msu.sqlite").exists()


def test_unwritable_data_dir_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--data-dir", str(blocker / "sub"), "--lang", "ru", "plan", "show")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(blocker / "sub") in result.stderr
    assert os.linesep.join(result.stderr.strip().splitlines()).count("\n") == 0


def test_without_a_console_a_user_error_does_not_crash(tmp_path) -> None:
    """The windowed Windows executable starts with sys.stdout and sys.stderr set to None."""
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from msu_desktop.cli.main import main\n"
        f"raise SystemExit(main(['--data-dir', {str(blocker / 'data')!r}, 'plan', 'show']))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr  # the user error's exit code, not a traceback
    assert "Traceback" not in r.stderr
