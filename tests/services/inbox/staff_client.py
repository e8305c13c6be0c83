"""A staff member's browser without the browser, for the staff page's tests: a real
``msu-agency serve`` on an agency set up by ``msu-agency init``, a cookie jar, the page's CSRF
token, forms and file uploads posted as a browser posts them."""

from __future__ import annotations

import http.cookiejar
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from tests.conftest import run_cli
from tests.inbox_helpers import PASSWORD, InboxProcess

SIGNING = "TEST signing passphrase"  # TEST passphrases, not secrets
INBOX = PASSWORD  # the TEST inbox key's passphrase InboxProcess gives
CLERK = "clerk"
CLERK_PASSWORD = "TEST clerk password"
NAME_KY = "ТЕСТ агенттиги"
NAME_RU = "ТЕСТ агентство"


def init_agency(data: Path) -> subprocess.CompletedProcess[str]:
    """``msu-agency init`` with a first staff account, as the README says."""
    return run_cli(
        "--data-dir",
        str(data),
        "init",
        "--name-ky",
        NAME_KY,
        "--name-ru",
        NAME_RU,
        "--staff",
        CLERK,
        "--staff-name",
        "Т. Тестова",
        tool="agency",
        env={
            "MSU_AGENCY_PASSWORD": SIGNING,
            "MSU_INBOX_PASSWORD": INBOX,
            "MSU_STAFF_PASSWORD": CLERK_PASSWORD,
        },
    )


def serve(data: Path) -> InboxProcess:
    """``msu-agency serve`` on the agency ``init`` set up in ``data``."""
    return InboxProcess(
        data / "inbox", data / "keys" / "inbox.key", "--data-dir", str(data), agency=NAME_RU
    )


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""
        self.url = ""

    def _open(self, request: urllib.request.Request) -> tuple[int, bytes]:
        try:
            with self.opener.open(request, timeout=120) as response:
                self.url = response.url
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            body, status = exc.read(), exc.code
            exc.close()
        found = re.search(rb'name="csrf" value="([^"]+)"', body)
        if found:
            self.csrf = found.group(1).decode()
        return status, body

    def get(self, path: str) -> tuple[int, str]:
        status, body = self._open(urllib.request.Request(self.base + path))
        return status, body.decode("utf-8", "replace")

    def get_bytes(self, path: str) -> bytes:
        status, body = self._open(urllib.request.Request(self.base + path))
        assert status == 200, body[:500]
        return body

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        data = urllib.parse.urlencode({"csrf": self.csrf, **fields}).encode()
        status, body = self._open(urllib.request.Request(self.base + path, data=data))
        return status, body.decode("utf-8", "replace")

    def upload(self, path: str, files: list[tuple[str, str, bytes]]) -> tuple[int, str]:
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{self.csrf}\r\n'.encode()
        ]
        for field, name, content in files:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
                f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
                + content
                + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        request = urllib.request.Request(
            self.base + path,
            data=b"".join(parts),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        status, body = self._open(request)
        return status, body.decode("utf-8", "replace")

    def login(self, username: str = CLERK, password: str = CLERK_PASSWORD) -> str:
        self.get("/staff/login")
        status, page = self.post("/staff/login", {"username": username, "password": password})
        assert status == 200 and 'id="municipalities"' in page, page[:2000]
        return page
