"""One key registry for the inbox, collect and ``msu-agency keys``: against a real
``msu-agency serve`` on 127.0.0.1, a squatter cannot take a municipality's name and a reinstalled
office is held (never refused) until the agency confirms its new fingerprint."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from msu_agency.collect import DirectoryEntry
from msu_exchange.signing.minisign import SecretKey, verify
from tests.inbox_helpers import PASSWORD, ROOT, InboxProcess, Keys, get, package, post

A = DirectoryEntry("41708000000011", "Биринчи айыл аймагы", "Тест району", "Чуйская область")
B = DirectoryEntry("41708000000012", "Экинчи айыл аймагы", "Тест району", "Чуйская область")


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "keys")


@pytest.fixture
def inbox(tmp_path: Path, keys: Keys):
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    yield server
    server.stop()


def agency(server: InboxProcess, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msu_agency.cli.main", *args, "--data-dir", str(server.agency_dir)],
        cwd=ROOT,
        env=dict(os.environ, MSU_AGENCY_PASSWORD=PASSWORD, MSU_LANG="en"),
        capture_output=True,
        text=True,
        timeout=120,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_squatter_first_then_the_genuine_office_gets_its_name(
    tmp_path: Path, keys: Keys, inbox: InboxProcess
) -> None:
    squatter, genuine = SecretKey.generate(), SecretKey.generate()  # TEST keys
    fake = package(tmp_path / "s", squatter, A, 1, seed=1)
    status, body = post(inbox.url, fake.read_bytes(), fake.name)
    assert (status, body["status"], body["code"]) == (202, "pending", "key_pending")
    # the answer is signed by the inbox, and says what to do in both languages
    verify(keys.inbox.public_key(), body["hold"].encode("utf-8"), body["hold_signature"])
    hold = json.loads(body["hold"])
    assert hold["format"] == "msu-inbox-hold" and hold["package_sha256"] == sha(fake)
    assert squatter.public_key().fingerprint() in hold["message"]["ky"]
    assert "ачкыч" in body["message"]["ky"] and "ключ" in body["message"]["ru"]

    real = package(tmp_path / "g", genuine, A, 1, seed=2)
    status, body = post(inbox.url, real.read_bytes(), real.name)
    assert (status, body["status"]) == (202, "pending")  # held too, never a 409 dead end
    assert get(f"{inbox.url}/{sha(real)}")[0] == 202
    reg = json.loads(inbox.registry.read_text("utf-8"))
    assert A.soate not in reg["keys"]
    assert {p["fingerprint"] for p in reg["pending"][A.soate]} == {
        squatter.public_key().fingerprint(),
        genuine.public_key().fingerprint(),
    }

    # the stamped paper arrives: the agency confirms the genuine fingerprint
    done = agency(inbox, "keys", "confirm", A.soate, genuine.public_key().fingerprint())
    assert done.returncode == 0, done.stderr
    status, body = get(f"{inbox.url}/{sha(real)}")
    assert (status, body["status"], body["state"]) == (200, "received", "received")
    verify(keys.inbox.public_key(), body["receipt"].encode("utf-8"), body["signature"])
    assert json.loads(body["receipt"])["municipality"] == A.soate
    assert get(f"{inbox.url}/{sha(fake)}")[0] == 202  # the squatter's stays held, unacknowledged
    # the squatter's next try is held, not acknowledged
    status, _ = post(
        inbox.url, (fake2 := package(tmp_path / "s", squatter, A, 2)).read_bytes(), fake2.name
    )
    assert status == 202
    # one key signs for one municipality only
    other = package(tmp_path / "g", genuine, B, 1)
    status, body = post(inbox.url, other.read_bytes(), other.name)
    assert (status, body["code"]) == (409, "key_of_another_municipality")
    assert genuine.public_key().fingerprint() in body["message"]["ru"]


def test_a_reinstalled_office_is_held_beside_its_old_key_until_confirmed(
    tmp_path: Path, keys: Keys, inbox: InboxProcess
) -> None:
    old, new = SecretKey.generate(), SecretKey.generate()  # TEST keys
    # pre-registered from the stamped paper before anything arrived
    done = agency(inbox, "keys", "confirm", A.soate, old.public_key().fingerprint())
    assert done.returncode == 0 and "first package" in done.stdout, done.stderr
    first = package(tmp_path / "p", old, A, 1)
    assert post(inbox.url, first.read_bytes(), first.name)[0] == 201

    second = package(tmp_path / "p", new, A, 2)  # the PC was reinstalled: a new key
    status, body = post(inbox.url, second.read_bytes(), second.name)
    assert (status, body["status"]) == (202, "pending")
    listing = agency(inbox, "keys", "list")
    assert listing.returncode == 0, listing.stderr
    assert old.public_key().fingerprint() in listing.stdout
    assert new.public_key().fingerprint() in listing.stdout
    assert get(f"{inbox.url}/{sha(first)}")[1]["state"] == "received"

    wrong = agency(inbox, "keys", "confirm", A.soate, "0" * 32)
    assert wrong.returncode != 0  # a mistyped fingerprint changes nothing
    assert get(f"{inbox.url}/{sha(second)}")[0] == 202
    done = agency(inbox, "keys", "confirm", A.soate, new.public_key().fingerprint())
    assert done.returncode == 0, done.stderr
    status, body = get(f"{inbox.url}/{sha(second)}")
    assert (status, body["state"]) == (200, "received")
    assert get(f"{inbox.url}/{sha(first)}")[1]["state"] == "superseded"
    # the old key no longer signs for the municipality
    third = package(tmp_path / "p", old, A, 3)
    assert post(inbox.url, third.read_bytes(), third.name)[0] == 202


def _bad_package(out: Path, key: SecretKey, seq: int, spoil: str) -> Path:
    """A correctly signed package whose content ``collect`` rejects."""
    import random

    from msu_agency.demo import demo_data
    from msu_desktop.services.package.build import write_signed_package
    from msu_exchange.documents import shipped_plan

    plan, _ = shipped_plan()
    data = demo_data(plan, A, "2021-H2", random.Random(seq))
    measure = data["measures"][0]
    period = "2021-H2"
    if spoil == "negative money":
        measure["money"] = {"local_budget": "-500.00"}
    elif spoil == "unknown measure":
        measure["code"] = "9.9.99"
    elif spoil == "2099 period":
        period = "2099-H1"
        data["period"]["id"] = period
    elif spoil == "bad indicator":
        measure["indicators"]["participants"] = "many"
    return write_signed_package(
        out,
        f"{A.soate}_{period}_{seq:04d}",
        key,
        soate=A.soate,
        names={"ky": A.name, "ru": A.name},
        period_id=period,
        plan=data["plan"],
        sequence=seq,
        lang="ru",
        app_version="test",
        members=[("data.json", json.dumps(data, ensure_ascii=False).encode())],
    )


def test_content_collect_rejects_gets_a_signed_refusal_with_reasons_never_a_receipt(
    tmp_path: Path, keys: Keys, inbox: InboxProcess
) -> None:
    office = SecretKey.generate()  # TEST key
    inbox.expect(A.soate, office)
    for seq, spoil in enumerate(
        ("negative money", "unknown measure", "2099 period", "bad indicator"), start=1
    ):
        pkg = _bad_package(tmp_path / "bad", office, seq, spoil)
        status, body = post(inbox.url, pkg.read_bytes(), pkg.name)
        assert (status, body["status"], body["code"]) == (422, "refused", "content"), spoil
        verify(keys.inbox.public_key(), body["refusal"].encode("utf-8"), body["refusal_signature"])
        doc = json.loads(body["refusal"])
        assert doc["format"] == "msu-inbox-refusal" and doc["package_sha256"] == sha(pkg)
        assert doc["reasons"]["ky"] and doc["reasons"]["ru"], spoil
        assert doc["reasons"]["ky"] != doc["reasons"]["en"], spoil
        assert get(f"{inbox.url}/{sha(pkg)}")[0] == 404  # nothing kept, no receipt
    good = package(tmp_path / "good", office, A, 9)
    assert post(inbox.url, good.read_bytes(), good.name)[0] == 201
