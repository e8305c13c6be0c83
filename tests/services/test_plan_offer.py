"""The office fetches the plan its agency published from the inbox: verified, newer, held until
she agrees; a forged package is said once in words, an older/same one and no connection are
silent (against a real ``msu-agency serve`` on 127.0.0.1 and a plan published by the CLI)."""

from __future__ import annotations

import socket
import zipfile
from pathlib import Path

import pytest

from msu_agency.inbox.published import keep_published, latest_published
from msu_agency.plan_build import build_plan_package, load_plan_json
from msu_desktop.services import plan_offer
from msu_desktop.services.plan_offer import Forged, Offer, Offline, check_for_plan, plan_url
from msu_desktop.services.plan_package.apply import apply_plan_package, installed_version
from msu_exchange.signing.minisign import SecretKey
from tests.published_plan import agency

PLAN_ID = "test-programme-2031"


def test_the_offer_is_beside_the_upload_address() -> None:
    assert plan_url("http://h:8080/api/v1/packages") == "http://h:8080/api/v1/plan"
    assert plan_url("https://h/inbox/api/v1/packages/") == "https://h/inbox/api/v1/plan"
    assert plan_url("https://h") == "https://h/api/v1/plan"


def test_a_newer_plan_is_offered_verified_and_once(ws, tmp_path: Path) -> None:
    a = agency(tmp_path / "agency")
    a.trust_in(ws.data_dir)
    server = a.serve()
    try:
        url = server.url
        assert check_for_plan(ws, url) is None  # nothing published: silent
        a.publish(1)
        offer = check_for_plan(ws, url)
        assert isinstance(offer, Offer), offer
        assert (offer.plan.plan_id, offer.plan.version, offer.installed_version) == (
            PLAN_ID, 1, None,
        )  # fmt: skip
        assert offer.path.is_file() and offer.path.parent == ws.data_dir / "incoming"
        assert installed_version(ws, PLAN_ID) is None  # fetched, not installed
        apply_plan_package(ws, offer.path)
        plan_offer.forget(offer)
        assert installed_version(ws, PLAN_ID) == 1
        assert check_for_plan(ws, url) is None  # the same version: silent

        a.publish(2)
        second = check_for_plan(ws, url)
        assert isinstance(second, Offer) and second.installed_version == 1
        plan_offer.decline(ws, second)
        assert not second.path.exists()
        assert check_for_plan(ws, url) is None  # declined: not asked again for version 2
        assert installed_version(ws, PLAN_ID) == 1
        a.publish(3)
        third = check_for_plan(ws, url)
        assert isinstance(third, Offer) and third.plan.version == 3  # a newer one is

        v1 = a.out / f"{PLAN_ID}-v1.msuplan"
        keep_published(a.data, v1)  # the agency offers an older one again: silent
        assert check_for_plan(ws, url) is None
    finally:
        server.stop()


def test_a_forged_or_truncated_plan_is_never_installed(ws, tmp_path: Path) -> None:
    a = agency(tmp_path / "agency")
    a.trust_in(ws.data_dir)
    v1 = a.publish(1)
    doc = load_plan_json(a.data / "plans" / f"{PLAN_ID}-v1.json")
    doc["version"] = 5
    with zipfile.ZipFile(v1) as z:
        rules = z.read("forms/report_rules.json")
    forged = build_plan_package(  # signed, but by a key the office does not trust
        doc, [SecretKey.generate()], tmp_path / "forged.msuplan", forms={"report_rules": rules}
    )
    server = a.serve()
    try:
        keep_published(a.data, forged)
        refused = check_for_plan(ws, server.url)
        assert isinstance(refused, Forged), refused
        assert "trusted" in refused.reason or "доверен" in refused.reason, refused.reason
        assert check_for_plan(ws, server.url) is None  # said once
        assert installed_version(ws, PLAN_ID) is None
        assert not list((ws.data_dir / "incoming").iterdir())

        published = keep_published(a.data, v1)
        whole = published.path.read_bytes()
        published.path.write_bytes(whole[: len(whole) // 2])  # cut short on the agency's disk
        assert check_for_plan(ws, server.url) is None  # dropped in silence, tried again later
        assert not list((ws.data_dir / "incoming").iterdir())
        published.path.write_bytes(whole)
        assert isinstance(check_for_plan(ws, server.url), Offer)
        assert latest_published(a.data) is not None
    finally:
        server.stop()


def test_no_connection_is_offline_and_changes_nothing(ws) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    with pytest.raises(Offline):
        check_for_plan(ws, f"http://127.0.0.1:{port}/api/v1/packages")
    assert not (ws.data_dir / "incoming").exists()
