"""The agency's staff on the inbox's web page: accounts (passwords hashed with Argon2id by
argon2-cffi), sessions that expire, and a CSRF token per session. Kept in the inbox's index
(``staff``, ``sessions``); a session token is stored only as its SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

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
"""
HASHER = PasswordHasher()
MIN_PASSWORD = 10


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

    def login(self, username: str, password: str) -> tuple[str, Session] | None:
        username = username.strip().lower()
        with self.inbox._lock:
            row = self.inbox.db.execute(
                "SELECT name, hash FROM staff WHERE username = ?", (username,)
            ).fetchone()
        try:
            if row is None:
                HASHER.verify(HASHER.hash("x" * MIN_PASSWORD), password)  # same time either way
                return None
            HASHER.verify(row[1], password)
        except (VerificationError, InvalidHashError):
            return None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = (self.inbox.clock() + self.lifetime).isoformat(timespec="seconds")
        with self.inbox._lock:
            self.inbox.db.execute(
                "INSERT INTO sessions (token_sha256, username, csrf, expires) VALUES (?, ?, ?, ?)",
                (_sha(token), username, csrf, expires),
            )
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
