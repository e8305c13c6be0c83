"""Messages in the user's words (issue 11, class 7): a Kyrgyz or Russian message never carries
a library's English ("is not of type", "'utf-8' codec can't decode", "disk I/O error", "unable
to open database file", "database disk image is malformed"). The library's words go to the log.

Each hostile input class runs as a real ``msu-desktop --lang ky`` process; generated documents
(Hypothesis) go through the same schema checks in-process.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msu_desktop import __version__, i18n
from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import InvalidData
from msu_desktop.services.workspace import Workspace
from msu_exchange import documents
from msu_exchange.report_package import write_signed_package
from msu_exchange.signing import keys
from tests.conftest import run_cli
from tests.hostile import Tally, english_library_text, report_tally, snapshot


@pytest.fixture(scope="module")
def tally(request: pytest.FixtureRequest):
    t = Tally("messages")
    yield t
    report_tally(request, t)


def _package(tmp: Path, name: str, data: bytes) -> Path:
    """A validly signed report package whose data.json is ``data``."""
    key = keys.load_or_create(tmp / "keys")
    return write_signed_package(
        tmp / name,
        "41705214812000_2021-H1_0001",
        key,
        soate="41705214812000",
        names={"ky": "Дары", "ru": "Дары"},
        period_id="2021-H1",
        plan={"id": "lsg-2018-2023", "version": 1},
        sequence=1,
        lang="ky",
        app_version=__version__,
        members=[("data.json", data)],
    )


HOSTILE_DATA = {
    "not UTF-8": b"\xff\xfe\x00{\x00}" + "Дары".encode("cp1251"),
    "broken JSON": b'{"municipality": ',
    "wrong type": json.dumps({"municipality": 5, "period": "2021-H1"}).encode(),
    "missing field": json.dumps({"format": "x"}).encode(),
    "deeply nested": b"[" * 100000 + b"]" * 100000,
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_DATA))
def test_a_bad_report_package_is_refused_in_kyrgyz_words(
    kind: str, tmp_path: Path, data_dir: Path, tally: Tally
) -> None:
    pkg = _package(tmp_path, kind.replace(" ", "-"), HOSTILE_DATA[kind])
    result = run_cli("--lang", "ky", "--data-dir", str(data_dir), "verify", str(pkg))
    out = result.stdout + result.stderr
    tally.record(kind, refused=result.returncode == 1, unchanged=True)
    assert result.returncode == 1, out
    assert "Traceback" not in out
    assert english_library_text(out) == [], out


def _office(data_dir: Path) -> Path:
    ws = Workspace.open(data_dir)
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дары"))
    ws.close()
    return data_dir


def _malformed(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 6)):
        raw[i] = 0xA5
    db.write_bytes(bytes(raw))


def _garbage(db: Path) -> None:
    db.write_bytes(b"not a database " * 300)


def _header_only(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:100])


def _zero(db: Path) -> None:
    db.write_bytes(b"")


@pytest.mark.parametrize("damage", [_malformed, _garbage, _header_only, _zero])
def test_a_damaged_database_is_named_in_the_users_words(
    damage, data_dir: Path, tally: Tally
) -> None:
    db = _office(data_dir) / "msu.sqlite"
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    damage(db)
    before = snapshot(data_dir)
    for lang, args in (
        ("ky", ["plan", "show"]),
        ("ky", ["check"]),
        ("ky", ["backup"]),
        ("ru", ["plan", "show"]),
    ):
        result = run_cli("--lang", lang, "--data-dir", str(data_dir), *args)
        out = result.stdout + result.stderr
        assert result.returncode != 0, (args, out)
        assert "Traceback" not in out, (args, out)
        assert english_library_text(out) == [], (args, out)
    after = snapshot(data_dir)
    tally.record(damage.__name__, refused=True, unchanged=after == before)
    assert after == before
    # the library's words are kept for whoever reads the log
    log = (data_dir / "logs" / "msu.log").read_text(encoding="utf-8")
    assert "msu.sqlite" in log


def test_schema_problems_are_translated_not_passed_through() -> None:
    """Each JSON Schema keyword the data files use gives a sentence in Kyrgyz and Russian."""
    cases = [
        ("type", "integer", "x"),
        ("required", ["soate"], {}),
        ("additionalProperties", False, {"zzz": 1}),
        ("enum", ["a", "b"], "c"),
        ("minimum", 0, -5),
        ("maximum", 10, 50),
        ("minLength", 1, ""),
        ("maxLength", 5, "long text"),
        ("minItems", 1, []),
        ("maxItems", 1, [1, 2]),
        ("uniqueItems", True, [1, 1]),
        ("pattern", "^[0-9]+$", "x"),
        ("oneOf", [], 1),
    ]
    for lang in ("ky", "ru"):
        i18n.set_language(lang)
        for keyword, expected, instance in cases:
            text = documents.schema_problem(keyword, expected, instance)
            assert text and english_library_text(text) == [], (lang, keyword, text)
            assert text != documents.schema_problem.__name__
            # the words are the translation, not the English source
            i18n.set_language("en")
            assert documents.schema_problem(keyword, expected, instance) != text, keyword
            i18n.set_language(lang)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    doc=st.dictionaries(
        st.sampled_from(["format", "municipality", "period", "plan", "measures", "x"]), json_values
    )
)
def test_generated_documents_are_refused_in_kyrgyz(doc: dict) -> None:
    i18n.set_language("ky")
    try:
        documents.validate(doc, "package_data.schema.json", "data.json")
    except InvalidData as exc:
        assert english_library_text(str(exc)) == [], str(exc)
    finally:
        i18n.set_language("en")


@settings(max_examples=60, deadline=None)
@given(raw=st.binary(max_size=64))
def test_generated_bytes_are_refused_in_kyrgyz(raw: bytes) -> None:
    i18n.set_language("ky")
    try:
        documents.parse_json(raw, "data.json")
    except InvalidData as exc:
        assert english_library_text(str(exc)) == [], str(exc)
    finally:
        i18n.set_language("en")


def test_no_room_and_read_only_are_never_called_damaged_in_kyrgyz(tmp_path: Path) -> None:
    """The classification below every message: each kind its own text, none says damaged."""
    import errno

    from msu_desktop.storage.db import database_error

    db = tmp_path / "msu.sqlite"
    i18n.set_language("ky")
    try:
        texts = {
            "full": str(database_error(sqlite3.OperationalError("database or disk is full"), db)),
            "locked": str(database_error(sqlite3.OperationalError("database is locked"), db)),
            "readonly": str(
                database_error(sqlite3.OperationalError("attempt to write a readonly database"), db)
            ),
            "oserror": str(database_error(OSError(errno.ENOSPC, "No space left on device"), db)),
        }
    finally:
        i18n.set_language("en")
    assert len({texts["full"], texts["locked"], texts["readonly"]}) == 3
    for kind, text in texts.items():
        assert "бузулган" not in text.replace("бузулган эмес", ""), (kind, text)
        assert english_library_text(text) == [], (kind, text)
    assert texts["full"] == texts["oserror"]
