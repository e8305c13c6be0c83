"""Who may try a staff password now: failed logins counted per (account, address), per address,
and per account over all addresses, in a sliding window.

The trade-off: an attacker who knows a clerk's login must not be able to lock her out on the
last day. So the tight limit is per (account, address): five failures from one address stop
that address for that account, not the account. A small budget per account over all addresses
stops a spread-out guessing (many addresses, a few tries each); once it is spent, only the
addresses this account has logged in from before (kept in the inbox's index) may still try,
each under its own limit -- the clerk at her own desk still gets in. Whether the account exists
changes nothing: an unknown login is counted and answered the same way, after the same Argon2
verification (:meth:`msu_agency.inbox.staff.Staff.login`)."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

from msu_agency.inbox.store import Inbox

PER_PAIR = 5  # failures per (account, address)
PER_ADDRESS = 20  # failures per address, whatever account it names
PER_ACCOUNT = 30  # failures per account from all addresses together
FAILURE_WINDOW = 15 * 60  # seconds
MAX_KEYS = 50_000  # remembered keys per counter: beyond that it forgets everybody

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff_addresses (
    username TEXT NOT NULL,
    address TEXT NOT NULL,
    last TEXT NOT NULL,
    PRIMARY KEY (username, address)
);
"""


class Throttle:
    """Failures per key in a sliding window; at most ``limit`` times kept per key."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.fails: dict[str, collections.deque[float]] = {}
        self.lock = threading.Lock()

    def blocked(self, key: str) -> bool:
        now = self.clock()
        with self.lock:
            hits = self.fails.get(key)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            return hits is not None and len(hits) >= self.limit

    def fail(self, key: str) -> None:
        now = self.clock()
        with self.lock:
            if key not in self.fails and len(self.fails) >= MAX_KEYS:
                self.fails.clear()  # forget everybody rather than grow without end
            self.fails.setdefault(key, collections.deque(maxlen=self.limit)).append(now)


class LoginGuard:
    def __init__(
        self,
        inbox: Inbox,
        *,
        per_pair: int = PER_PAIR,
        per_address: int = PER_ADDRESS,
        per_account: int = PER_ACCOUNT,
        window: float = FAILURE_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inbox = inbox
        self.pairs = Throttle(per_pair, window, clock)
        self.addresses = Throttle(per_address, window, clock)
        self.accounts = Throttle(per_account, window, clock)
        with inbox._lock:
            inbox.db.executescript(SCHEMA)

    @staticmethod
    def _pair(username: str, address: str) -> str:
        return f"{username}\0{address}"

    def blocked(self, username: str, address: str) -> bool:
        """True when this try is refused whatever the password (answered as a wrong one)."""
        known = self._known(username, address)  # asked every time: the same work for all
        if self.pairs.blocked(self._pair(username, address)) or self.addresses.blocked(address):
            return True
        return self.accounts.blocked(username) and not known

    def failed(self, username: str, address: str) -> None:
        self.pairs.fail(self._pair(username, address))
        self.addresses.fail(address)
        self.accounts.fail(username)

    def succeeded(self, username: str, address: str) -> None:
        """Remember the address this account logged in from: its own desk."""
        now = self.inbox.clock().isoformat(timespec="seconds")
        with self.inbox._lock:
            self.inbox.db.execute(
                "INSERT INTO staff_addresses (username, address, last) VALUES (?, ?, ?) "
                "ON CONFLICT (username, address) DO UPDATE SET last = excluded.last",
                (username, address, now),
            )

    def _known(self, username: str, address: str) -> bool:
        with self.inbox._lock:
            row = self.inbox.db.execute(
                "SELECT 1 FROM staff_addresses WHERE username = ? AND address = ?",
                (username, address),
            ).fetchone()
        return row is not None
