"""Shared by the inbox tests and bench/bench_inbox.py: a real ``msu-agency serve`` process on a
free loopback port, test keys, and the app's trust in the inbox key by a signed rotation."""

from __future__ import annotations

import io
import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msu_agency.collect import DirectoryEntry
from msu_agency.demo import demo_data
from msu_agency.registry import locked
from msu_desktop import __version__
from msu_desktop.services import trust
from msu_exchange.documents import shipped_plan
from msu_exchange.files import write_bytes_atomic
from msu_exchange.report_package import write_signed_package
from msu_exchange.signing.minisign import SecretKey

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "test-password-only"  # TEST key password, not a secret
PERIOD = "2021-H2"


@dataclass
class Keys:
    folder: Path
    agency: SecretKey = field(default_factory=SecretKey.generate)  # TEST agency plan key
    inbox: SecretKey = field(default_factory=SecretKey.generate)  # TEST inbox receipt key

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.inbox_key_path, self.inbox.to_pem(PASSWORD.encode()))

    @property
    def inbox_key_path(self) -> Path:
        return self.folder / "inbox.key"

    def trust_in(self, data_dir: Path) -> None:
        """The app trusts the agency key by hand (fingerprint off paper), then the inbox key by
        the rotation document the agency key signed."""
        pub = self.agency.public_key()
        trust.add_by_fingerprint(data_dir, pub.to_text(), pub.fingerprint())
        doc, sig = trust.rotation_document(self.agency, self.inbox.public_key(), purpose="receipts")
        trust.apply_rotation(data_dir, doc, sig)


def package(
    out: Path,
    key: SecretKey,
    entry: DirectoryEntry,
    seq: int,
    period: str = PERIOD,
    seed: int | None = None,
    extra: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """A signed package; ``seed`` (default: the sequence) chooses its figures, so that two
    builds of one sequence differ only when asked to."""
    plan, _ = shipped_plan()
    data = demo_data(plan, entry, period, random.Random(seq if seed is None else seed))
    return write_signed_package(
        out,
        f"{entry.soate}_{period}_{seq:04d}",
        key,
        soate=entry.soate,
        names={"ky": entry.name, "ru": entry.name},
        period_id=period,
        plan=data["plan"],
        sequence=seq,
        lang="ru",
        app_version=__version__,
        members=[("data.json", json.dumps(data, ensure_ascii=False).encode()), *extra],
    )


def registry_of(inbox: Path) -> Path:
    """The key registry of the agency data folder :class:`InboxProcess` gives ``serve``."""
    return inbox.parent / f"{inbox.name}-agency" / "key_registry.json"


def expect_key(registry: Path, soate: str, key: SecretKey) -> None:
    with locked(registry) as reg:
        reg.confirm(soate, key.public_key().fingerprint(), expect_if_unseen=True)


def expect_packages(registry: Path, *packages: Path) -> None:
    """Pre-register the keys that signed these packages, as the agency does from the stamped
    papers before the uploads."""
    from msu_exchange.report_package import verify_package

    with locked(registry) as reg:
        for path in packages:
            pkg = verify_package(path)
            if reg.key_for(pkg.soate) is None:
                reg.confirm(pkg.soate, pkg.public_key.fingerprint(), expect_if_unseen=True)


class InboxProcess:
    """``msu-agency serve`` in a child process; stopped by :meth:`stop` or :meth:`kill`."""

    def __init__(self, inbox: Path, key: Path, *extra: str, agency: str = "Test agency") -> None:
        env = dict(os.environ, MSU_AGENCY_PASSWORD=PASSWORD, MSU_LANG="en")
        # the agency's data folder, with the one key registry (as ``msu-agency keys`` uses it)
        self.registry = registry_of(Path(inbox))
        self.agency_dir = self.registry.parent
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "msu_agency.cli.main",
                "serve",
                "--inbox",
                str(inbox),
                "--key",
                str(key),
                "--agency",
                agency,
                "--port",
                "0",
                "--data-dir",
                str(self.agency_dir),
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(
            target=lambda: [lines.put(ln) for ln in self.proc.stdout or []], daemon=True
        ).start()
        deadline = time.monotonic() + 60
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                self.kill()
                raise RuntimeError("the inbox did not start: " + self._stderr()) from None
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if found:
                self.port = int(found.group(1))
                break
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError("the inbox did not start")
        self.url = f"http://127.0.0.1:{self.port}/api/v1/packages"

    def expect(self, soate: str, key: SecretKey) -> None:
        """The agency enters the office's fingerprint off its stamped paper (pre-registration),
        as ``msu-agency keys confirm SOATE FINGERPRINT`` does."""
        expect_key(self.registry, soate, key)

    def expect_packages(self, *packages: Path) -> None:
        expect_packages(self.registry, *packages)

    def _stderr(self) -> str:
        if self.proc.poll() is None:
            return ""
        return self.proc.stderr.read() if self.proc.stderr else ""

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        self._close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self._close()

    def _close(self) -> None:
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def confirm_by_command(server: InboxProcess, soate: str, fingerprint: str) -> None:
    """The agency types the fingerprint off the stamped paper: ``msu-agency keys confirm``."""
    command = [sys.executable, "-m", "msu_agency.cli.main", "keys", "confirm", soate]
    done = subprocess.run(
        [*command, fingerprint, "--data-dir", str(server.agency_dir)],
        cwd=ROOT,
        env=dict(os.environ, MSU_AGENCY_PASSWORD=PASSWORD, MSU_LANG="en"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def post(url: str, body: bytes, name: str = "", sha: str = "") -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/zip"}
    if name:
        headers["X-MSU-Package"] = name
    if sha:
        headers["X-MSU-SHA256"] = sha
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    return _answer(request)


def get(url: str) -> tuple[int, dict[str, Any]]:
    return _answer(urllib.request.Request(url, method="GET"))


def _answer(request: urllib.request.Request) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body)
        except ValueError:
            return exc.code, {"text": body.decode("utf-8", "replace")}


def add_staff(folder: Path, name: str, password: str) -> None:
    """``msu-agency staff add`` for the inbox in ``folder`` (a TEST password)."""
    r = subprocess.run(
        [sys.executable, "-m", "msu_agency.cli.main", "staff", "add", "--inbox", str(folder), name],
        cwd=ROOT,
        env=dict(os.environ, MSU_STAFF_PASSWORD=password, MSU_LANG="en"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr


def rss_mib(pid: int) -> float:
    """The resident memory of a process, from /proc (MiB)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def zip_bytes(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip in memory (a crafted member of a package: a workbook, a zip in a zip)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buffer.getvalue()


def browser_login(driver: Any, base: str, user: str, password: str, lang: str = "ru") -> None:
    """Log in on the staff page in a selenium browser; returns once the main table shows."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    def wait(what: str) -> Any:
        return WebDriverWait(driver, 30).until(ec.presence_of_element_located((By.ID, what)))

    driver.set_page_load_timeout(60)
    driver.get(f"{base}/staff/login?lang={lang}")
    wait("username").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "login").click()
    wait("municipalities")
