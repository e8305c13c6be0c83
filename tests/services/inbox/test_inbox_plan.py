"""The inbox offers the plan the agency published (``msu-agency plan publish``) to every office:
``GET /api/v1/plan`` says which, ``GET /api/v1/plan/<sha256>.msuplan`` is the signed file
(ETag, Cache-Control), ``/plan`` links it for USB; no login, a budget per address."""

from __future__ import annotations

import hashlib
import shutil
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from msu_agency.inbox.published import latest_published
from msu_agency.plan_build import build_plan_package, load_plan_json
from msu_exchange.plan_package import read_unverified_manifest
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli
from tests.inbox_helpers import get
from tests.published_plan import agency


def _fetch(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, dict(r.headers.items()), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers.items()), exc.read()


def test_the_published_plan_is_offered_and_downloaded_without_a_login(tmp_path: Path) -> None:
    a = agency(tmp_path)
    server = a.serve()
    try:
        base = f"http://127.0.0.1:{server.port}"
        status, doc = get(base + "/api/v1/plan")
        assert status == 404 and doc["code"] == "no_plan"  # nothing published yet
        assert "не опубликовало" in doc["message"]["ru"]

        v1 = a.publish(1)
        status, doc = get(base + "/api/v1/plan")
        assert status == 200, doc
        sha = hashlib.sha256(v1.read_bytes()).hexdigest()
        assert (doc["plan_id"], doc["version"], doc["sha256"]) == ("test-programme-2031", 1, sha)
        assert doc["size"] == v1.stat().st_size
        assert doc["url"] == f"/api/v1/plan/{sha}.msuplan"

        status, headers, body = _fetch(base + doc["url"])
        assert status == 200 and body == v1.read_bytes()
        assert headers["etag"] == f'"{sha}"'
        assert "immutable" in headers["cache-control"]
        assert "test-programme-2031-v1.msuplan" in headers["content-disposition"]
        status, _headers, body = _fetch(base + doc["url"], **{"If-None-Match": f'"{sha}"'})
        assert status == 304 and body == b""

        status, _headers, body = _fetch(f"{base}/api/v1/plan/{'0' * 64}.msuplan")
        assert status == 404
        status, _headers, body = _fetch(f"{base}/api/v1/plan/..%2F..%2Fagency.json")
        assert status == 404

        v2 = a.publish(2)  # a newer version replaces the offer; the older file stays
        status, doc = get(base + "/api/v1/plan")
        assert doc["version"] == 2 and doc["sha256"] == hashlib.sha256(v2.read_bytes()).hexdigest()
        assert read_unverified_manifest(v2)["version"] == 2

        for lang, words in (("ru", "Скачать"), ("ky", "флешка үчүн")):
            status, _headers, page = _fetch(f"{base}/plan?lang={lang}")
            text = page.decode("utf-8")
            assert status == 200 and doc["url"] in text and words in text, text

        answers = [get(base + "/api/v1/plan")[0] for _ in range(40)]
        assert answers.count(429) > 0 and answers[0] == 200  # one address's budget
    finally:
        server.stop()


def test_a_missing_or_damaged_pointer_offers_nothing(tmp_path: Path) -> None:
    a = agency(tmp_path)
    a.publish(1)
    published = latest_published(a.data)
    assert published is not None and published.version == 1
    (published.path.parent / "latest.json").write_text("{not json", encoding="utf-8")
    assert latest_published(a.data) is None


def test_a_package_signed_offline_is_offered_only_with_the_agency_signature(
    tmp_path: Path,
) -> None:
    a = agency(tmp_path)
    v1 = a.publish(1)
    shutil.rmtree(latest_published(a.data).path.parent)  # signed elsewhere: not offered yet
    assert latest_published(a.data) is None
    forged = tmp_path / "forged.msuplan"
    doc = load_plan_json(a.data / "plans" / "test-programme-2031-v1.json")
    with zipfile.ZipFile(v1) as z:
        rules = z.read("forms/report_rules.json")
    build_plan_package(doc, [SecretKey.generate()], forged, forms={"report_rules": rules})
    r = run_cli("--data-dir", str(a.data), "--lang", "ru", "plan", "offer", str(forged),
                tool="agency")  # fmt: skip
    assert r.returncode != 0 and "доверенным" in r.stderr + r.stdout, r.stderr + r.stdout
    assert latest_published(a.data) is None
    r = run_cli("--data-dir", str(a.data), "plan", "offer", str(v1), tool="agency")
    assert r.returncode == 0, r.stderr
    offered = latest_published(a.data)
    assert offered is not None and offered.version == 1
    assert offered.path.read_bytes() == v1.read_bytes()
