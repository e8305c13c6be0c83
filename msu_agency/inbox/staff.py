"""The agency's staff on the inbox's web page: accounts (passwords hashed with Argon2id by
argon2-cffi), sessions that expire, and a CSRF token per session. Kept in the inbox's index
(``staff``, ``sessions``); a session token is stored only as its SHA-256. ``staff_log`` keeps
who did what (logins, decisions, key confirmations, published plans, account changes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from msu_agency.inbox.login_guard import LoginGuard
from msu_agency.inbox.store import Inbox
from msu_desktop.errors import UserError

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (
    username TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_sha256 TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff (username),
    csrf TEXT NOT NULL,
    expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
"""
# what the log records: the action's id (kept in the index) -> its words (ky/ru on the page)
LOG_ACTIONS = (
    "login",
    "accepted",
    "returned",
    "key",
    "plan-published",
    "account-added",
    "account-removed",
    "password-reset",
)
HASHER = PasswordHasher()
MIN_PASSWORD = 10
# Argon2id takes 64 MiB per hash: at most this many at once, so 40 logins at once add ~128 MiB,
# not GiBs (the others wait their turn)
ARGON2_AT_ONCE = 2
_ARGON2 = threading.BoundedSemaphore(ARGON2_AT_ONCE)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to verify against for unknown logins: the same work, the same time."""
    return HASHER.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class LogEntry:
    at: str
    username: str
    action: str
    detail: str


@dataclass(frozen=True)
class Session:
    username: str
    name: str
    csrf: str


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Staff:
    def __init__(self, inbox: Inbox, session_minutes: int = 480) -> None:
        self.inbox = inbox
        self.lifetime = dt.timedelta(minutes=session_minutes)
        self.guard = LoginGuard(inbox)  # per (account, address), see login_guard.py
        with inbox._lock:
            inbox.db.executescript(SCHEMA)

    def add(self, username: str, name: str, password: str) -> None:
        username = username.strip().lower()
        if not username.isascii() or not username.replace(".", "").replace("-", "").isalnum():
            raise UserError(
                "A staff login is Latin letters and digits (dots and dashes allowed).",
                context="Inbox",
            )
        if len(password) < MIN_PASSWORD:
            raise UserError(
                "Use a password of at least %n character(s).", context="Inbox", n=MIN_PASSWORD
            )
        digest = HASHER.hash(password)
        with self.inbox._lock:
            self.inbox.db.execute(
                "INSERT INTO staff (username, name, hash) VALUES (?, ?, ?) "
                "ON CONFLICT (username) DO UPDATE SET name = excluded.name, hash = excluded.hash",
                (username, name.strip() or username, digest),
            )

    def login(self, username: str, password: str, address: str = "") -> tuple[str, Session] | None:
        """A session, or None -- for a wrong password, an unknown login and a throttled one
        alike (the same answer, after the same one Argon2 verification)."""
        username = username.strip().lower()[:128]
        password = password[:1024]
        with self.inbox._lock:
            row = self.inbox.db.execute(
                "SELECT name, hash FROM staff WHERE username = ?", (username,)
            ).fetchone()
        throttled = self.guard.blocked(username, address)
        ok = False
        with _ARGON2:
            try:
                ok = HASHER.verify(row[1] if row else _dummy_hash(), password)
            except (VerificationError, InvalidHashError):
                ok = False
        if row is None or not ok or throttled:
            self.guard.failed(username, address)
            return None
        self.guard.succeeded(username, address)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = (self.inbox.clock() + self.lifetime).isoformat(timespec="seconds")
        with self.inbox._lock:
            self.inbox.db.execute(
                "INSERT INTO sessions (token_sha256, username, csrf, expires) VALUES (?, ?, ?, ?)",
                (_sha(token), username, csrf, expires),
            )
        self.log(username, "login", address)
        return token, Session(username, row[0], csrf)

    def session(self, token: str) -> Session | None:
        if not token:
            return None
        now = self.inbox.clock().isoformat(timespec="seconds")
        with self.inbox._lock:
            self.inbox.db.execute("DELETE FROM sessions WHERE expires <= ?", (now,))
            row = self.inbox.db.execute(
                "SELECT s.username, st.name, s.csrf FROM sessions s "
                "JOIN staff st ON st.username = s.username WHERE s.token_sha256 = ?",
                (_sha(token),),
            ).fetchone()
        return Session(*row) if row else None

    def logout(self, token: str) -> None:
        with self.inbox._lock:
            self.inbox.db.execute("DELETE FROM sessions WHERE token_sha256 = ?", (_sha(token),))

    # --- accounts and the log ------------------------------------------------------------
    def accounts(self) -> list[tuple[str, str]]:
        """Every account as (login, name), by login."""
        with self.inbox._lock:
            return [
                (str(u), str(n))
                for u, n in self.inbox.db.execute(
                    "SELECT username, name FROM staff ORDER BY username"
                )
            ]

    def create(self, username: str, name: str, by: str) -> str:
        """A new account with a generated password, returned once (to be handed over)."""
        username = username.strip().lower()
        if any(u == username for u, _n in self.accounts()):
            raise UserError("The login {login} exists already.", context="Inbox", login=username)
        password = new_password()
        self.add(username, name, password)
        self.log(by, "account-added", username)
        return password

    def put(self, username: str, name: str, password: str, by: str) -> None:
        """``staff add`` of the command line: a new account with the password given, or a new
        password for one that exists (its sessions end, as at a reset); either is logged."""
        username = username.strip().lower()
        existed = any(u == username for u, _n in self.accounts())
        self.add(username, name, password)
        if existed:
            self._end_sessions(username)
        self.log(by, "password-reset" if existed else "account-added", username)

    def remove(self, username: str, by: str) -> None:
        """Remove an account and its sessions: never one's own, never the last one."""
        username = username.strip().lower()
        logins = [u for u, _n in self.accounts()]
        if username not in logins:
            raise UserError("There is no login {login}.", context="Inbox", login=username)
        if username == by:
            raise UserError("You cannot remove your own account.", context="Inbox")
        if len(logins) == 1:
            raise UserError("The last staff account cannot be removed.", context="Inbox")
        with self.inbox._lock:
            self.inbox.db.execute("DELETE FROM sessions WHERE username = ?", (username,))
            self.inbox.db.execute("DELETE FROM staff WHERE username = ?", (username,))
        self.log(by, "account-removed", username)

    def reset(self, username: str, by: str) -> str:
        """A new generated password for an account (returned once); its sessions end."""
        username = username.strip().lower()
        names = dict(self.accounts())
        if username not in names:
            raise UserError("There is no login {login}.", context="Inbox", login=username)
        password = new_password()
        self.add(username, names[username], password)
        self._end_sessions(username)
        self.log(by, "password-reset", username)
        return password

    def _end_sessions(self, username: str) -> None:
        with self.inbox._lock:
            self.inbox.db.execute("DELETE FROM sessions WHERE username = ?", (username,))

    def log(self, username: str, action: str, detail: str = "") -> None:
        at = self.inbox.clock().isoformat(timespec="seconds")
        with self.inbox._lock:
            self.inbox.db.execute(
                "INSERT INTO staff_log (at, username, action, detail) VALUES (?, ?, ?, ?)",
                (at, username, action, detail[:500]),
            )

    def entries(self, limit: int = 500) -> list[LogEntry]:
        """The newest ``limit`` entries of the log, newest first."""
        with self.inbox._lock:
            rows = self.inbox.db.execute(
                "SELECT at, username, action, detail FROM staff_log ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [LogEntry(*map(str, row)) for row in rows]


def new_password() -> str:
    """A password to hand over once: 16 letters and digits without look-alikes."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))
