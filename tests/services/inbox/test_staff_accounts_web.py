"""Staff accounts on the page and in the CLI, against a real ``msu-agency serve``: add (a
password shown once), reset (the old password stops working, the session ends), never remove
oneself nor the last account, and the log of who did what, readable on the page and by
``msu-agency staff log``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.services.inbox.staff_client import CLERK, Client, init_agency, serve


def _password(page: str) -> str:
    found = re.search(r'<code id="new-password">([^<]+)</code>', page)
    assert found, page[:3000]
    return found.group(1)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_add_reset_remove_and_the_log(tmp_path: Path) -> None:
    data = tmp_path / "agency"
    r = init_agency(data)
    assert r.returncode == 0, r.stdout + r.stderr
    server = serve(data)
    try:
        clerk = Client(f"http://127.0.0.1:{server.port}")
        clerk.login()
        clerk.get("/staff/accounts?lang=ru")
        # the only account cannot remove itself (nor is it the last to go)
        status, page = clerk.post("/staff/accounts/remove", {"username": CLERK})
        assert status == 400 and "Свою собственную учётную запись" in page
        status, page = clerk.post("/staff/accounts/add", {"username": "aidai", "name": "Айдай"})
        assert status == 200
        first = _password(page)
        status, page = clerk.post("/staff/accounts/add", {"username": "aidai", "name": "X"})
        assert status == 400 and "уже есть" in page
        aidai = Client(f"http://127.0.0.1:{server.port}")
        aidai.login("aidai", first)
        # a reset: shown once, the old password no longer opens, the old session ends
        clerk.get("/staff/accounts?lang=ky")
        status, page = clerk.post("/staff/accounts/reset", {"username": "aidai"})
        second = _password(page)
        assert second != first and "сырсөзү" in page
        status, page = aidai.get("/staff/")
        assert 'id="username"' in page  # back on the login page
        refused = Client(f"http://127.0.0.1:{server.port}")
        refused.get("/staff/login")
        status, page = refused.post("/staff/login", {"username": "aidai", "password": first})
        assert 'id="login-error"' in page
        Client(f"http://127.0.0.1:{server.port}").login("aidai", second)
        # aidai removes the clerk; then aidai, the last account, cannot go
        aidai = Client(f"http://127.0.0.1:{server.port}")
        aidai.login("aidai", second)
        aidai.get("/staff/accounts?lang=ru")
        status, page = aidai.post("/staff/accounts/remove", {"username": CLERK})
        assert status == 200 and f"Удалено: {CLERK}" in page
        status, page = aidai.get("/staff/accounts?lang=ru")
        assert f'data-login="{CLERK}"' not in page
        assert "удалил(а) учётную запись" in page and "сменил(а) пароль" in page
        assert "вошёл (вошла)" in page
        status, page = clerk.get("/staff/")  # the removed clerk's session is gone
        assert 'id="username"' in page
    finally:
        server.stop()
    # the same from the command line
    listed = run_cli("--data-dir", str(data), "staff", "list", tool="agency")
    assert listed.returncode == 0 and listed.stdout.split() == ["aidai", "Айдай"], listed.stderr
    last = run_cli(
        "--data-dir", str(data), "--lang", "ru", "staff", "remove", "aidai", tool="agency"
    )
    assert last.returncode == 2 and "Последнюю" in last.stderr
    reset = run_cli("--data-dir", str(data), "staff", "reset", "aidai", tool="agency")
    assert reset.returncode == 0 and len(reset.stdout.strip()) == 16
    log = run_cli("--data-dir", str(data), "--lang", "ru", "staff", "log", tool="agency")
    assert log.returncode == 0
    lines = log.stdout.splitlines()
    assert "cli:" in lines[0] and "сменил(а) пароль" in lines[0]
    assert any("aidai" in ln and "удалил(а) учётную запись" in ln and CLERK in ln for ln in lines)
    # ``staff add`` writes the same log: a new account, then a new password for it
    for password in ("TEST-cli-password-1", "TEST-cli-password-2"):
        added = run_cli(
            "--data-dir", str(data), "staff", "add", "Bakyt", "--name", "Бакыт",
            env={"MSU_STAFF_PASSWORD": password}, tool="agency",
        )  # fmt: skip
        assert added.returncode == 0 and added.stdout.strip() == "bakyt", added.stderr
    log = run_cli("--data-dir", str(data), "--lang", "ru", "staff", "log", tool="agency")
    newest = [ln.split("\t") for ln in log.stdout.splitlines()[:2]]
    assert [(w[1].startswith("cli:"), w[2], w[3]) for w in newest] == [
        (True, "сменил(а) пароль", "bakyt"),
        (True, "добавил(а) учётную запись", "bakyt"),
    ], log.stdout
