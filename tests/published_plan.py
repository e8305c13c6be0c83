"""An agency set up by ``msu-agency init`` that published a made-up TEST programme with
``msu-agency plan publish``, and its inbox served by a real ``msu-agency serve`` on 127.0.0.1:
shared by the inbox's plan tests and the office's (services and GUI).

The programme is the TEST one of tests/services/agency/test_action_plan.py (2031–2032, clearly
named as a test); nothing of the real 2024–2028 programme is invented here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from msu_desktop.services import trust
from msu_exchange.signing.minisign import PublicKey
from tests.conftest import run_cli
from tests.inbox_helpers import InboxProcess, Keys, registry_of
from tests.services.agency.test_action_plan import ENV, KY, RU, SETTINGS, _workbook


@dataclass
class Agency:
    data: Path  # the agency's data folder (``--data-dir``), shared with ``serve``
    inbox: Path
    keys: Keys
    out: Path  # where ``plan publish`` writes the .msuplan (as for a USB stick)
    tmp: Path

    def publish(self, version: int, extra: dict[str, object] | None = None) -> Path:
        """``msu-agency plan publish`` of the TEST programme's ``version``; the .msuplan."""
        settings = {"version": version, **(extra or {})}
        book = _workbook(self.tmp / f"test-programme-v{version}.xlsx", KY, RU)
        wb = load_workbook(book)
        sheet = wb["programme"]
        for row in range(1, sheet.max_row + 1):
            if sheet.cell(row, 1).value in settings:
                sheet.cell(row, 3, settings[sheet.cell(row, 1).value])
        wb.save(book)
        r = run_cli(
            "--data-dir", str(self.data), "--lang", "ru", "plan", "publish", str(book),
            "--out", f"{self.out}/", "--yes", tool="agency", env=ENV,
        )  # fmt: skip
        assert r.returncode == 0, r.stdout + r.stderr
        return self.out / f"{SETTINGS['plan_id']}-v{version}.msuplan"

    def serve(self) -> InboxProcess:
        return InboxProcess(self.inbox, self.keys.inbox_key_path)

    def trust_in(self, office_data: Path) -> None:
        """The office trusts the agency's signing key (its fingerprint off paper), and the
        inbox key by the rotation that key signs."""
        pub = PublicKey.from_text((self.data / "keys" / "agency.pub").read_text("utf-8"))
        trust.add_by_fingerprint(office_data, pub.to_text(), pub.fingerprint())


def agency(tmp: Path) -> Agency:
    inbox = tmp / "inbox"
    data = registry_of(inbox).parent  # the folder InboxProcess gives ``serve``
    r = run_cli(
        "--data-dir", str(data), "init", "--name-ky", "ТЕСТ агенттиги",
        "--name-ru", "ТЕСТ агентство", tool="agency", env=ENV,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    return Agency(data, inbox, Keys(tmp / "keys"), tmp / "out", tmp)
