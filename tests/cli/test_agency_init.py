"""``msu-agency init`` sets an agency up in one step, and the later commands read what it
wrote: the inbox commands need no --inbox/--key/--agency, build-plan no --key, collect no
--plan; ``build-plan --out folder/`` writes a package into the folder."""

from __future__ import annotations

import json
from pathlib import Path

from msu_agency.config import installed_plans, load_config
from msu_agency.inbox.staff import Staff
from msu_agency.inbox.store import Inbox
from msu_desktop import assets
from msu_exchange.documents import shipped_plan
from msu_exchange.signing.minisign import PublicKey, SecretKey, verify
from tests.conftest import run_cli

NAME_KY = "Мамлекеттик агенттик (ТЕСТ)"
NAME_RU = "Государственное агентство (ТЕСТ)"
SIGNING = "TEST signing passphrase"
INBOX = "TEST inbox passphrase"
ENV = {
    "MSU_AGENCY_PASSWORD": SIGNING,
    "MSU_INBOX_PASSWORD": INBOX,
    "MSU_STAFF_PASSWORD": "TEST staff pw 123",
}


def _init(data: Path, *extra: str, env: dict[str, str] | None = None, lang: str = "ru"):
    return run_cli(
        "--data-dir",
        str(data),
        "--lang",
        lang,
        "init",
        "--name-ky",
        NAME_KY,
        "--name-ru",
        NAME_RU,
        *extra,
        tool="agency",
        env=env if env is not None else ENV,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] != "logs"  # the CLI's own log
    }


def test_init_creates_keys_rotation_staff_and_one_configuration(tmp_path: Path) -> None:
    data = tmp_path / "agency"
    r = _init(
        data,
        "--inbox-url",
        "https://inbox.test.kg/",
        "--staff",
        "clerk",
        "--staff-name",
        "Т. Тестова",
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "offline" in r.stdout or "офлайн" in r.stdout or "сети" in r.stdout
    config = load_config(data)
    assert config is not None
    assert config.name == {"ky": NAME_KY, "ru": NAME_RU}
    assert config.inbox_url == "https://inbox.test.kg"
    keys = config.keys_dir
    signer = SecretKey.from_pem((keys / "agency.key").read_bytes(), SIGNING.encode())
    inbox_key = SecretKey.from_pem((keys / "inbox.key").read_bytes(), INBOX.encode())
    assert signer.public_key().fingerprint() in r.stdout
    # the rotation announcing the inbox key is signed by the signing key
    rot = keys / "inbox-rotation" / "key-rotation.json"
    verify(signer.public_key(), rot.read_bytes(), rot.with_name(rot.name + ".minisig").read_text())
    doc = json.loads(rot.read_text("utf-8"))
    assert doc["purpose"] == "receipts"
    assert PublicKey.from_b64(doc["new_key"]).raw == inbox_key.public_key().raw
    # the first staff account logs in
    inbox = Inbox(config.inbox_dir, inbox_key, NAME_RU)
    try:
        assert Staff(inbox).login("clerk", "TEST staff pw 123") is not None
    finally:
        inbox.close()

    # a second init changes nothing
    before = _snapshot(data)
    again = _init(data)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert _snapshot(data) == before

    # later commands read the configuration: reply with no --inbox, --key or --agency
    out = tmp_path / "replies"
    reply = run_cli(
        "--data-dir",
        str(data),
        "reply",
        "--out",
        str(out),
        tool="agency",
        env={"MSU_AGENCY_PASSWORD": INBOX},
    )
    assert reply.returncode == 0, reply.stderr


def test_build_plan_into_a_folder_with_the_set_up_key_and_collect_uses_that_plan(
    tmp_path: Path,
) -> None:
    data = tmp_path / "agency"
    assert _init(data).returncode == 0
    _, doc = shipped_plan()
    doc = dict(doc, plan_id="test-programme", version=1)
    plan_file = tmp_path / "test-plan.json"
    plan_file.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    forms = tmp_path / "forms"
    forms.mkdir()
    rules = json.loads(assets.data_path("forms", "report_rules.json").read_text("utf-8"))
    rules["plan_ids"] = ["test-programme"]
    (forms / "report_rules.json").write_text(json.dumps(rules, ensure_ascii=False), "utf-8")
    for out in (tmp_path / "packages",):
        r = run_cli(
            "--data-dir",
            str(data),
            "build-plan",
            str(plan_file),
            "--out",
            f"{out}/",
            "--forms",
            str(forms),
            tool="agency",
            env={"MSU_AGENCY_PASSWORD": SIGNING},
        )
        assert r.returncode == 0, r.stderr
        assert (out / "test-programme-v1.msuplan").is_file() and not out.is_file()
    # the issued plan is the agency's installed plan: collect, the staff page, the reports
    assert "test-programme" in {p.plan_id for p in installed_plans(data)}


def test_bad_input_is_refused_in_words_and_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "agency"
    cases = [
        (("--inbox-url", "inbox dot kg"), ENV),
        ((), {**ENV, "MSU_INBOX_PASSWORD": SIGNING}),  # the same passphrase twice
        ((), {**ENV, "MSU_AGENCY_PASSWORD": "short"}),
        (("--staff", "Не латиница"), ENV),
    ]
    for extra, env in cases:
        for lang in ("ky", "ru"):
            r = _init(data, *extra, env=env, lang=lang)
            assert r.returncode == 2, (extra, r.stdout, r.stderr)
            assert "Traceback" not in r.stderr and r.stderr.strip()
            assert _snapshot(data) == {}, extra
    nothing = run_cli("--data-dir", str(data), "reply", "--out", str(tmp_path / "x"), tool="agency")
    assert nothing.returncode == 2 and "init" in nothing.stderr
