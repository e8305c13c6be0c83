"""The directory that knows time: validity, successors, who is expected for a period, the diff
between two versions, and a cycle of successors refused in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from msu_desktop.domain.municipality import (
    diff_directories,
    directory_problems,
    expected_in_period,
    final_successor,
    predecessors,
    successor_cycle,
)
from tests.services.directory.helpers import R_NEW, R_OLD, A, B, C, N, after, before, rec


def test_the_period_before_the_merger_expects_the_predecessors_after_it_the_successor() -> None:
    recs = after()
    h2_2024 = {
        r.soate for r in expected_in_period(recs, dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    }
    h1_2025 = {r.soate for r in expected_in_period(recs, dt.date(2025, 1, 1), dt.date(2025, 6, 30))}
    h2_2025 = {
        r.soate for r in expected_in_period(recs, dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    }
    assert h2_2024 == {A, B, C, R_OLD}
    assert h1_2025 == {N, R_OLD}
    assert h2_2025 == {N, R_NEW}


def test_successors_and_predecessors() -> None:
    recs = after()
    merged, renamed = final_successor(recs, A), final_successor(recs, R_OLD)
    assert merged is not None and merged.soate == N
    assert renamed is not None and renamed.name_ru == "Тест-Новое"
    assert final_successor(recs, N) is None
    assert {r.soate for r in predecessors(recs, N)} == {A, B, C}
    # the head's title for the signature block, by kind, in both languages
    assert recs[3].head_title("ru") == "Глава айыл окмоту"
    assert rec(N, "Тест-город", kind="city").head_title("ky") == "Мэр"
    assert directory_problems(recs) == []


def test_a_cycle_of_successors_is_refused_in_words() -> None:
    recs = after()
    recs[0] = replace(recs[0], succeeded=(N,))  # A succeeded N, which succeeded A
    assert successor_cycle(recs) is not None
    problems = directory_problems(recs)
    assert problems and "cycle of successors" in problems[0] and A in problems[0]


def test_overlapping_versions_of_one_code_are_refused() -> None:
    recs = [*after(), rec(A, "Тест-Альфа-2")]  # A again, open-ended, overlapping the first
    assert any("listed twice" in p for p in directory_problems(recs))


def test_the_diff_names_the_merger_and_the_ends() -> None:
    lines = diff_directories(before(), after(), "ru")
    text = "\n".join(lines)
    assert f"New: Тест-Объединённый ({N}), from 2025-01-01, succeeding Тест-Альфа ({A})" in text
    assert f"Ends: Тест-Бета ({B}), valid until 2024-12-31." in text
    assert f"New: Тест-Новое ({R_NEW})" in text
    assert diff_directories(after(), after(), "ru") == []
