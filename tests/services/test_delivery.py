"""The outbox: packages sent to a local HTTP server started by the test; a server that fails
first, then works; retries with backoff; states recorded."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from msu_desktop.errors import UserError
from msu_desktop.services import delivery


class Server:
    def __init__(self, fail_first: int = 0) -> None:
        self.received: dict[str, bytes] = {}
        self.fail_first = fail_first
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if outer.fail_first > 0:
                    outer.fail_first -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                assert hashlib.sha256(body).hexdigest() == self.headers["X-MSU-SHA256"]
                outer.received[self.headers["X-MSU-Package"]] = body
                self.send_response(201)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/upload"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    box = tmp_path / "outbox"
    box.mkdir()
    for i in range(3):
        (box / f"41705214812000_2021-H{1 + i % 2}_{i + 1:04d}.msupkg").write_bytes(
            b"PK" + bytes([i]) * 5000
        )
    return box


def test_packages_are_sent_and_marked(outbox: Path) -> None:
    server = Server()
    try:
        results = delivery.send_pending(outbox, server.url)
    finally:
        server.close()
    assert set(results.values()) == {"sent"}
    assert len(server.received) == 3
    assert all(d.state == "sent" for d in delivery.load(outbox).values())
    assert delivery.pending(outbox) == []


def test_a_failing_server_is_retried_with_backoff(outbox: Path) -> None:
    server = Server(fail_first=2)
    now = dt.datetime(2022, 1, 10, 9, 0)
    try:
        first = delivery.send_pending(outbox, server.url, now)
        assert sum(v != "sent" for v in first.values()) == 2
        states = delivery.load(outbox)
        failed = [d for d in states.values() if d.state == "failed"]
        assert failed and "503" in failed[0].last_error
        assert (
            delivery.send_pending(outbox, server.url, now + dt.timedelta(seconds=10)) == {}
        )  # backoff
        later = delivery.send_pending(outbox, server.url, now + dt.timedelta(minutes=2))
        assert set(later.values()) == {"sent"}
    finally:
        server.close()
    assert len(server.received) == 3


def test_no_connection_gives_a_clear_reason(outbox: Path) -> None:
    results = delivery.send_pending(outbox, "http://127.0.0.1:9/upload")
    assert all("No connection" in r for r in results.values())
    with pytest.raises(UserError, match="No upload address"):
        delivery.send_pending(outbox, "")
