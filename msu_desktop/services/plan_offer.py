"""A plan the agency published, fetched from its inbox and held until the secretary agrees.

When the office has an upload address (setting ``upload_url``, ``…/api/v1/packages``), the
window asks the same inbox for the plan it offers (``GET …/api/v1/plan``, see
docs/inbox-protocol.md) at start-up and with every attempt of the outbox ("Send now" too), off
the GUI thread. :func:`check_for_plan` then:

1. reads the offer (a small JSON: plan id, version, SHA-256, size); nothing published, an
   answer that is not the inbox's, or no connection: nothing happens (it is asked again later);
2. skips it in silence when that version of that plan (or a newer one) is installed, when the
   secretary declined that version already, or when the file was found forged before;
3. downloads the file into ``<data>/incoming/`` with a size cap (the size offered, at most
   :data:`MAX_PLAN`), and keeps it only when its SHA-256 is the one offered (a download cut
   short is dropped in silence and fetched again later);
4. verifies the package completely against the agency keys the office trusts
   (:func:`msu_exchange.plan_package.verify_plan_package`): a package that fails is a
   :class:`Forged` with the reason in words, deleted, and never offered again; an older or the
   same version than the installed one is dropped in silence;
5. returns an :class:`Offer`: the verified file, held until she answers. Installing it is the
   plan-import wizard's check, difference and install (services/plan_package/apply.py), which
   verifies the file again; nothing is installed here.

She declines with :func:`decline`: that version is not offered again, a newer one is.
Only the standard library speaks HTTP here (urllib), like the outbox.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.services import settings, trust
from msu_desktop.services.workspace import Workspace
from msu_exchange.plan_package import EXTENSION, PlanPackageRefused, verify_plan_package

log = logging.getLogger(__name__)

MAX_INFO = 16 * 1024  # the offer's JSON
MAX_PLAN = 32 * 1024 * 1024  # the package: a plan with its forms and programme text is far less
TIMEOUT = 30
CHUNK = 64 * 1024
INCOMING = "incoming"
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Offer:
    """A verified package, newer than the installed plan, that waits for her answer."""

    path: Path
    plan: Plan
    sha256: str
    installed_version: int | None


@dataclass(frozen=True)
class Forged:
    """The inbox offered a package that failed the check; ``reason`` says why, in words."""

    sha256: str
    reason: str


class Offline(Exception):
    """No answer from the inbox (no connection, a timeout, a server error): asked again later."""


def plan_url(upload_url: str) -> str:
    """``GET`` address of the offer, beside the upload address (``…/api/v1/packages``)."""
    parts = urllib.parse.urlsplit(upload_url.strip())
    path = parts.path.rstrip("/")
    if path.endswith("/packages"):
        path = path[: -len("/packages")] + "/plan"
    else:
        path += "/api/v1/plan"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _open(url: str) -> Any:
    request = urllib.request.Request(url, method="GET", headers={"Accept": "application/json"})
    try:
        return urllib.request.urlopen(request, timeout=TIMEOUT)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code in (404, 204):
            return None
        raise Offline(f"HTTP {exc.code}") from exc
    except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as exc:
        raise Offline(str(getattr(exc, "reason", exc))) from exc


def fetch_offer(upload_url: str) -> dict[str, Any] | None:
    """The offer's JSON, or None when nothing is published (or the answer is not one)."""
    url = plan_url(upload_url)
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        return None
    response = _open(url)
    if response is None:
        return None
    with response:
        if response.status != 200:
            return None
        body = response.read(MAX_INFO + 1)
    try:
        doc = json.loads(body.decode("utf-8")) if len(body) <= MAX_INFO else None
        ok = (
            isinstance(doc, dict)
            and isinstance(doc.get("plan_id"), str)
            and isinstance(doc.get("version"), int)
            and isinstance(doc.get("size"), int)
            and SHA_RE.match(str(doc.get("sha256", ""))) is not None
        )
    except (UnicodeDecodeError, ValueError):
        ok = False
    if not ok:
        log.info("the plan offer at %s is not the inbox's answer; ignored", url)
        return None
    assert isinstance(doc, dict)
    doc["url"] = urllib.parse.urljoin(url, f"plan/{doc['sha256']}{EXTENSION}")
    return doc


def _download(url: str, target: Path, size: int, sha256: str) -> bool:
    """Into ``target`` (written beside it, then renamed): False when cut short or different."""
    part = target.with_name(target.name + ".part")
    response = _open(url)
    if response is None:
        return False
    digest, total = hashlib.sha256(), 0
    try:
        with response, open(part, "wb") as fh:
            while chunk := response.read(CHUNK):
                total += len(chunk)
                if total > size:
                    break
                digest.update(chunk)
                fh.write(chunk)
    except (TimeoutError, OSError) as exc:  # the connection dropped halfway
        part.unlink(missing_ok=True)
        raise Offline(str(exc)) from exc
    if total != size or digest.hexdigest() != sha256:
        part.unlink(missing_ok=True)
        log.info("the plan download was cut short or differs (%s of %s bytes)", total, size)
        return False
    part.replace(target)
    return True


def _installed(ws: Workspace, plan_id: str) -> int | None:
    from msu_desktop.services.plan_package.apply import installed_version

    return installed_version(ws, plan_id)


def declined(ws: Workspace) -> dict[str, int]:
    """The versions she declined, per plan id."""
    try:
        doc = json.loads(settings.PLAN_OFFER_DECLINED.get(ws) or "{}")
        return {str(k): int(v) for k, v in doc.items()} if isinstance(doc, dict) else {}
    except (ValueError, TypeError, AttributeError):
        return {}


def decline(ws: Workspace, offer: Offer) -> None:
    """Not this version: it is not offered again (a newer one is); the file is deleted."""
    seen = declined(ws)
    seen[offer.plan.plan_id] = max(offer.plan.version, seen.get(offer.plan.plan_id, 0))
    settings.PLAN_OFFER_DECLINED.set(ws, json.dumps(seen, sort_keys=True))
    forget(offer)


def forget(offer: Offer) -> None:
    """The held file is not needed any more (installed, or declined)."""
    offer.path.unlink(missing_ok=True)


def _wanted(ws: Workspace, plan_id: str, version: int) -> bool:
    installed = _installed(ws, plan_id)
    if installed is not None and version <= installed:
        return False
    return version > declined(ws).get(plan_id, 0)


def check_for_plan(ws: Workspace, upload_url: str) -> Offer | Forged | None:
    """See the module's text. None: nothing to ask (silent); raises :class:`Offline`."""
    doc = fetch_offer(upload_url)
    if doc is None:
        return None
    sha, size = str(doc["sha256"]), int(doc["size"])
    if not _wanted(ws, str(doc["plan_id"]), int(doc["version"])):
        return None
    if sha == settings.PLAN_OFFER_FORGED.get(ws):
        return None  # said once already
    if size > MAX_PLAN or size <= 0:
        return _forged(
            ws,
            sha,
            UserError(
                "The offered plan package is larger than a plan can be ({size} bytes); it was "
                "not downloaded.",
                size=size,
            ),
        )
    folder = ws.data_dir / INCOMING
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"plan-{sha}{EXTENSION}"
    for stale in folder.glob("plan-*"):  # an earlier offer, or a download cut off by a crash
        if stale != target:
            stale.unlink(missing_ok=True)
    if not target.is_file() and not _download(str(doc["url"]), target, size, sha):
        return None
    try:
        verified = verify_plan_package(target, trust.trusted_keys(ws.data_dir))
    except PlanPackageRefused as exc:
        target.unlink(missing_ok=True)
        return _forged(ws, sha, exc)
    plan = verified.plan
    if not _wanted(ws, plan.plan_id, plan.version):  # the offer said newer, the file does not
        target.unlink(missing_ok=True)
        return None
    return Offer(target, plan, sha, _installed(ws, plan.plan_id))


def _forged(ws: Workspace, sha: str, exc: UserError) -> Forged:
    settings.PLAN_OFFER_FORGED.set(ws, sha)
    log.warning("the plan offered by the inbox was refused: %s", exc.source)
    return Forged(sha, str(exc))
