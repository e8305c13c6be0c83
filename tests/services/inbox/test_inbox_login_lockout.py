"""The staff login's lock-out trade-off against a real ``msu-agency serve`` on 127.0.0.1, with
guesses coming from other loopback addresses (127.0.0.2 …): an attacker who knows the clerk's
login cannot lock her out at her own desk, yet cannot go on guessing either -- not from one
address, nor spread over many. An unknown login is answered exactly as a known one."""

from __future__ import annotations

import http.client
import urllib.parse
from pathlib import Path

from tests.inbox_helpers import InboxProcess, Keys, add_staff

STAFF_PASSWORD = "test-staff-password"  # TEST password only


def login(port: int, user: str, password: str, source: str = "127.0.0.1") -> bool:
    """One login through the form, sent from ``source``; True when a session came back."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120, source_address=(source, 0))
    try:
        conn.request("GET", "/staff/login")
        page = conn.getresponse()
        page.read()
        cookie = page.getheader("Set-Cookie") or ""
        csrf = cookie.split("login_csrf=", 1)[1].split(";", 1)[0].strip('"')
        form = urllib.parse.urlencode({"csrf": csrf, "username": user, "password": password})
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"login_csrf={csrf}",
        }
        conn.request("POST", "/staff/login", body=form, headers=headers)
        answer = conn.getresponse()
        answer.read()
        assert answer.status == 303, answer.status
        return answer.getheader("Location", "").rstrip("/").endswith("/staff")
    finally:
        conn.close()


def test_a_spread_out_attack_cannot_lock_the_clerk_out_at_her_own_desk(tmp_path: Path) -> None:
    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    add_staff(folder, "aidai", STAFF_PASSWORD)
    add_staff(folder, "bakyt", STAFF_PASSWORD)
    server = InboxProcess(folder, keys.inbox_key_path)
    port = server.port
    try:
        # the clerk logs in at her desk (127.0.0.1): the inbox remembers that address
        assert login(port, "aidai", STAFF_PASSWORD)
        # one attacker address: five wrong guesses stop it for that account, even with the
        # right password, and not the clerk at her desk
        for i in range(5):
            assert not login(port, "aidai", f"guess {i}", "127.0.0.2")
        assert not login(port, "aidai", STAFF_PASSWORD, "127.0.0.2")
        assert login(port, "aidai", STAFF_PASSWORD)
        # many addresses, five guesses each: the account's budget over all addresses is spent
        for n in range(3, 9):
            for i in range(5):
                assert not login(port, "aidai", f"guess {n}.{i}", f"127.0.0.{n}")
        # ... so an address never seen for this account is refused, right password or not,
        assert not login(port, "aidai", STAFF_PASSWORD, "127.0.0.20")
        # while the clerk at her own desk still gets in, and so does a colleague anywhere
        assert login(port, "aidai", STAFF_PASSWORD)
        assert login(port, "bakyt", STAFF_PASSWORD, "127.0.0.21")
        # a login that does not exist is answered exactly the same way as a wrong password
        for i in range(5):
            assert not login(port, "nobody", f"guess {i}", "127.0.0.22")
        assert not login(port, "nobody", STAFF_PASSWORD, "127.0.0.22")
        # the same guesser spread over names from one address: stopped by the address limit
        for i in range(20):
            login(port, f"name{i}", "guess", "127.0.0.23")
        assert not login(port, "bakyt", STAFF_PASSWORD, "127.0.0.23")
    finally:
        server.stop()
