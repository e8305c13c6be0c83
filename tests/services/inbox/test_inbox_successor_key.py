"""After a merger the office keeps its key (issues 25, 22): against a real ``msu-agency serve``
on 127.0.0.1 with a synthetic directory (made-up names, clearly test data), a package of the
merged municipality signed with its predecessor's registered key is held (HTTP 202 and a signed
hold, never a 409 dead end), shown on the staff keys page beside the predecessor, and receipted
once the agency confirms the key, which then moves to the merged municipality. A key registered
for an unrelated municipality is still refused: one key signs for one municipality."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_desktop.services import directory
from msu_exchange.signing.minisign import SecretKey, verify
from tests.inbox_helpers import (
    InboxProcess,
    Keys,
    add_staff,
    confirm_by_command,
    get,
    package,
    post,
)
from tests.services.directory.helpers import R_OLD, A, N, after
from tests.services.inbox.staff_client import Client
from tests.services.inbox.test_inbox_keys import agency

MERGER = dt.date(2022, 1, 1)  # inside the shipped plan's periods
BEFORE, SINCE = "2021-H2", "2022-H1"
STAFF_PASSWORD = "staff-test-password"  # TEST password, not a secret


def _entry(code: str, name: str) -> DirectoryEntry:
    return DirectoryEntry(code, name, "Тестовый район", "Тестовая область")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _confirm(server: InboxProcess, client: Client, how: str, fp: str) -> None:
    """The agency confirms the fingerprint for the merged municipality: by ``msu-agency keys``
    (after listing it beside its predecessor) or on the staff keys page."""
    if how == "command":
        listing = agency(server, "keys", "list")
        assert listing.returncode == 0, listing.stderr
        assert f"registered for {A}: confirming moves the key to {N}" in listing.stdout
        confirm_by_command(server, N, fp)
    else:
        status, page = client.post("/staff/keys/confirm", {"soate": N, "fingerprint": fp})
        assert status == 200, page[:2000]


@pytest.mark.parametrize("how", ["command", "page"])
def test_a_merged_municipality_signing_with_its_predecessors_key_is_held_then_receipted(
    tmp_path: Path, how: str
) -> None:
    dir_json = tmp_path / "directory.json"
    dir_json.write_text(
        json.dumps(directory.document_of(after(MERGER)), ensure_ascii=False), "utf-8"
    )
    keys = Keys(tmp_path / "keys")
    folder = tmp_path / "inbox"
    add_staff(folder, "aidai", STAFF_PASSWORD)
    office, stranger = SecretKey.generate(), SecretKey.generate()  # TEST keys
    fp = office.public_key().fingerprint()
    server = InboxProcess(folder, keys.inbox_key_path, "--directory", str(dir_json))
    try:
        server.expect(A, office)  # the predecessor's key, off its stamped paper
        server.expect(R_OLD, stranger)  # an unrelated municipality's key
        first = package(tmp_path / "p", office, _entry(A, "Тест-Альфа"), 1, BEFORE)
        assert post(server.url, first.read_bytes(), first.name)[0] == 201
        other = package(tmp_path / "p", stranger, _entry(R_OLD, "Тест-Старое"), 1, BEFORE)
        assert post(server.url, other.read_bytes(), other.name)[0] == 201

        # the office accepted the merger: new code, same PC, same key
        merged = package(tmp_path / "p", office, _entry(N, "Тест-Объединённый"), 1, SINCE)
        status, body = post(server.url, merged.read_bytes(), merged.name)
        assert (status, body["status"], body["code"]) == (202, "pending", "key_pending"), body
        verify(keys.inbox.public_key(), body["hold"].encode("utf-8"), body["hold_signature"])
        hold = json.loads(body["hold"])
        assert hold["format"] == "msu-inbox-hold" and hold["package_sha256"] == _sha(merged)
        assert hold["municipality"] == N and fp in hold["message"]["ru"]
        assert get(f"{server.url}/{_sha(merged)}")[0] == 202
        reg = json.loads(server.registry.read_text("utf-8"))
        assert N not in reg["keys"] and reg["keys"][A]["fingerprint"] == fp  # nothing moved yet
        assert [p["fingerprint"] for p in reg["pending"][N]] == [fp]

        # a key registered for an unrelated municipality never signs for the merged one
        forged = package(tmp_path / "f", stranger, _entry(N, "Тест-Объединённый"), 1, SINCE)
        status, body = post(server.url, forged.read_bytes(), forged.name)
        assert (status, body["code"]) == (409, "key_of_another_municipality"), body
        assert stranger.public_key().fingerprint() in body["message"]["ru"]

        client = Client(f"http://127.0.0.1:{server.port}")
        client.login("aidai", STAFF_PASSWORD)
        status, page = client.get("/staff/keys?lang=ru")
        assert status == 200
        row = next(r for r in page.split("<tr") if f'data-soate="{N}"' in r)
        assert fp in row and A in row and "Тест-Альфа" in row and "бывш" in row, row

        _confirm(server, client, how, fp)
        status, body = get(f"{server.url}/{_sha(merged)}")
        assert (status, body["state"]) == (200, "received"), body
        verify(keys.inbox.public_key(), body["receipt"].encode("utf-8"), body["signature"])
        assert json.loads(body["receipt"])["municipality"] == N
        reg = json.loads(server.registry.read_text("utf-8"))
        assert reg["keys"][N]["fingerprint"] == fp and A not in reg["keys"]  # the key MOVED
        assert reg["keys"][N]["previous"][-1]["moved_from"] == A
        assert not reg["pending"].get(N)
        # the merged one's next package is receipted at once; the old code no longer signs
        nxt = package(tmp_path / "p", office, _entry(N, "Тест-Объединённый"), 2, SINCE)
        assert post(server.url, nxt.read_bytes(), nxt.name)[0] == 201
        late = package(tmp_path / "p", office, _entry(A, "Тест-Альфа"), 2, BEFORE)
        status, body = post(server.url, late.read_bytes(), late.name)
        assert (status, body["code"]) == (409, "key_of_another_municipality"), body
        assert get(f"{server.url}/{_sha(first)}")[1]["state"] == "received"  # history kept
    finally:
        server.stop()
