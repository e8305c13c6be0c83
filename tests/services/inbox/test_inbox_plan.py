"""The inbox offers the plan the agency published (``msu-agency plan publish``) to every office:
``GET /api/v1/plan`` says which, ``GET /api/v1/plan/<sha256>.msuplan`` is the signed file
(ETag, Cache-Control), ``/plan`` links it for USB; no login, a budget per address."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path

from msu_agency.inbox.published import latest_published
from msu_exchange.plan_package import read_unverified_manifest
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
