"""Trust on first use with a person in the loop (issue 11, class 4; issue 13, the agency's
verdicts): two keys for one municipality register neither; a changed key waits for its stamped
paper; ``msu-agency keys confirm`` lets the next collect consolidate; ``verify`` names the key
that signed a package. Each test compares the key registry before and after."""

from __future__ import annotations

import json
import random
from pathlib import Path

from openpyxl import load_workbook

from msu_agency.collect import AWAITING_KEY, KeyRegistry, collect
from msu_agency.demo import demo_data, synthetic_directory
from msu_desktop import __version__
from msu_desktop.i18n import tr
from msu_desktop.services.labels import period_name_short
from msu_exchange.documents import shipped_plan
from msu_exchange.report_package import write_signed_package
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli

PERIOD = "2021-H2"
PLAN, _ = shipped_plan()
ENTRY = synthetic_directory(1)[0]


def _package(folder: Path, key: SecretKey, seq: int, entry=ENTRY) -> Path:
    data = demo_data(PLAN, entry, PERIOD, random.Random(seq))
    return write_signed_package(
        folder,
        f"{entry.soate}_{PERIOD}_{seq:04d}",
        key,
        soate=entry.soate,
        names={"ky": entry.name, "ru": entry.name},
        period_id=PERIOD,
        plan=data["plan"],
        sequence=seq,
        lang="ru",
        app_version=__version__,
        members=[("data.json", json.dumps(data).encode())],
    )


def _collect(agency: Path, usb: Path, out: Path):
    return run_cli(
        "--data-dir",
        str(agency),
        "--lang",
        "ru",
        "collect",
        str(usb),
        "--out",
        str(out),
        tool="agency",
    )


def test_two_keys_in_one_collect_register_neither_until_a_person_confirms(tmp_path: Path) -> None:
    genuine, forged = SecretKey.generate(), SecretKey.generate()  # TEST keys
    usb, agency = tmp_path / "usb", tmp_path / "agency"
    _package(usb / "a-sorts-first", forged, 7)  # the forger's copy sorts first
    _package(usb / "b-genuine", genuine, 3)
    registry_path = agency / "key_registry.json"

    r = _collect(agency, usb, tmp_path / "r1.xlsx")
    assert r.returncode == 3, r.stdout + r.stderr
    doc = json.loads(registry_path.read_text("utf-8"))
    assert ENTRY.soate not in doc["keys"]  # neither key was registered
    held = {e["fingerprint"] for e in doc["pending"][ENTRY.soate]}
    assert held == {genuine.public_key().fingerprint(), forged.public_key().fingerprint()}
    wb = load_workbook(tmp_path / "r1.xlsx", read_only=True)
    rows = list(wb.worksheets[3].iter_rows(values_only=True))[1:]
    assert len(rows) == 2
    awaiting = tr("Agency", "awaiting key confirmation", "ru")
    for row in rows:
        assert row[3] == awaiting
        assert {row[5], row[6]} == held  # both fingerprints on the line
    assert "0" in str(next(iter(wb.worksheets[0].iter_rows(values_only=True)))[0])

    # a wrong fingerprint changes nothing
    before = registry_path.read_bytes()
    bad = run_cli(
        "--data-dir", str(agency), "keys", "confirm", ENTRY.soate, "0000 " * 8, tool="agency"
    )
    assert bad.returncode == 2 and bad.stderr.strip()
    assert "Traceback" not in bad.stderr
    assert registry_path.read_bytes() == before

    # the stamped paper arrives with the genuine fingerprint
    fp = genuine.public_key().fingerprint()
    ok = run_cli(
        "--data-dir", str(agency), "keys", "confirm", ENTRY.soate, *fp.split(), tool="agency"
    )
    assert ok.returncode == 0, ok.stderr
    doc = json.loads(registry_path.read_text("utf-8"))
    assert doc["keys"][ENTRY.soate]["fingerprint"] == fp
    assert ENTRY.soate not in doc["pending"]

    registry = KeyRegistry(registry_path)
    result = collect(usb, registry)
    assert result.accepted[(ENTRY.soate, PERIOD)].public_key.raw == genuine.public_key().raw
    assert [v.path.parent.name for v in result.awaiting] == ["a-sorts-first"]
    listing = run_cli("--data-dir", str(agency), "keys", "list", tool="agency")
    assert fp in listing.stdout


def test_a_reinstalled_pc_waits_for_its_paper_then_is_consolidated(tmp_path: Path) -> None:
    old, new = SecretKey.generate(), SecretKey.generate()  # TEST keys
    usb, agency = tmp_path / "usb", tmp_path / "agency"
    registry = KeyRegistry(agency / "key_registry.json")
    registry.register(ENTRY.soate, old.public_key(), Path("first.msupkg"))
    registry.save()
    other = synthetic_directory(2)[1]
    _package(usb, new, 12)  # the same office after a reinstall: a new key
    _package(usb, SecretKey.generate(), 1, other)  # TEST key: a first-time office
    keys_before = json.loads(registry.path.read_text("utf-8"))["keys"][ENTRY.soate]

    r = _collect(agency, usb, tmp_path / "r.xlsx")
    assert r.returncode == 3, r.stdout + r.stderr
    wb = load_workbook(tmp_path / "r.xlsx", read_only=True)
    rows = list(wb.worksheets[3].iter_rows(values_only=True))[1:]
    assert len(rows) == 1
    assert rows[0][1] == ENTRY.soate and rows[0][2] == period_name_short(PERIOD, "ru")
    assert rows[0][5] == new.public_key().fingerprint()
    assert rows[0][6] == old.public_key().fingerprint()
    doc = json.loads(registry.path.read_text("utf-8"))
    assert doc["keys"][ENTRY.soate] == keys_before  # not replaced by itself
    assert other.soate in doc["keys"]  # the first-time office registered on first use

    fp = new.public_key().fingerprint()
    ok = run_cli("--data-dir", str(agency), "keys", "confirm", ENTRY.soate, fp, tool="agency")
    assert ok.returncode == 0, ok.stderr
    again = _collect(agency, usb, tmp_path / "r2.xlsx")
    assert again.returncode == 0, again.stdout + again.stderr
    result = collect(usb, KeyRegistry(agency / "key_registry.json"))
    assert (ENTRY.soate, PERIOD) in result.accepted and not result.verdicts
    history = json.loads(registry.path.read_text("utf-8"))["keys"][ENTRY.soate]["previous"]
    assert history[0]["fingerprint"] == old.public_key().fingerprint()


def test_a_held_conflict_is_not_resolved_by_a_later_collect_with_one_key(tmp_path: Path) -> None:
    a, b = SecretKey.generate(), SecretKey.generate()  # TEST keys
    registry = KeyRegistry(tmp_path / "reg.json")
    _package(tmp_path / "usb1", a, 1)
    _package(tmp_path / "usb1", b, 2)
    first = collect(tmp_path / "usb1", registry)
    assert first.conflicts and not first.accepted
    _package(tmp_path / "usb2", b, 3)  # only one of the two keys this time
    second = collect(tmp_path / "usb2", registry)
    assert not second.accepted and second.verdicts[0].kind == AWAITING_KEY
    assert registry.key_for(ENTRY.soate) is None


def test_verify_names_the_key_and_says_only_the_registry_can_tell(tmp_path: Path) -> None:
    stranger = SecretKey.generate()  # TEST key: someone re-signed the package
    pkg = _package(tmp_path, stranger, 4)
    r = run_cli("--lang", "ru", "verify", str(pkg))
    assert r.returncode == 0, r.stderr
    fp = stranger.public_key().fingerprint()
    assert fp in r.stdout
    expected = tr(
        "CLI",
        "The signature only proves that the key {fingerprint} signed this package. Whether "
        "that key is the municipality's own can only be told by the agency's key registry "
        "(or by the fingerprint on the municipality's stamped paper report).",
        "ru",
        fingerprint=fp,
    )
    assert expected in r.stdout


def test_a_key_of_one_municipality_signing_for_another_is_refused_in_words(
    tmp_path: Path,
) -> None:
    """One key, one municipality, in collect as in the inbox (the one KeyRegistry): a key
    confirmed for A, or only expected for A from its stamped paper, never signs for B."""
    a, b, c = synthetic_directory(3)
    key_a, key_b, key_c = SecretKey.generate(), SecretKey.generate(), SecretKey.generate()
    registry_path = tmp_path / "agency" / "key_registry.json"
    first = tmp_path / "first"
    _package(first, key_a, 1, a)
    _package(first, key_b, 1, b)
    registry = KeyRegistry(registry_path)
    done = collect(first, registry)
    assert sorted(s for s, _ in done.accepted) == sorted([a.soate, b.soate])
    # C's key is expected from its stamped paper, no package of C seen yet
    registry.confirm(c.soate, key_c.public_key().fingerprint(), expect_if_unseen=True)
    registry.save()
    before = registry_path.read_text("utf-8")

    usb = tmp_path / "usb"
    foreign_b = _package(usb, key_a, 2, b)  # B registered with its own key, signed with A's
    foreign_a = _package(usb, key_c, 2, a)  # signed with the key expected for C
    registry = KeyRegistry(registry_path)
    result = collect(usb, registry)
    registry.save()
    assert result.accepted == {}
    verdicts = {v.path: v for v in result.verdicts}
    assert set(verdicts) == {foreign_b, foreign_a}
    assert all(v.kind == "rejected" for v in verdicts.values())
    assert verdicts[foreign_b].registered == a.soate
    assert verdicts[foreign_a].registered == c.soate
    for lang in ("ru", "ky"):
        text = verdicts[foreign_b].reason(lang)
        assert key_a.public_key().fingerprint() in text and a.soate in text and b.soate in text
        assert "one municipality" not in text  # in the language asked for
    assert verdicts[foreign_b].reason("ru") != verdicts[foreign_b].reason("ky")
    assert registry_path.read_text("utf-8") == before  # nothing registered, held or moved
