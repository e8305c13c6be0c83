"""Helpers for the paper tests (tests/test_paper_*.py): a half-year with long texts in Kyrgyz
and Russian, and readers of what poppler and LibreOffice make of the documents."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from msu_desktop.domain.numbers import amount
from msu_desktop.services import report_service as rs

PDFTOTEXT = shutil.which("pdftotext")
PDFTOPPM = shutil.which("pdftoppm")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PERIOD = "2021-H1"
PERIOD_ID = re.compile(r"(?<![\w])20\d\d-H[12](?![\w])")
SPACES = re.compile(r"[\u00a0\u202f\u2009]")
PUNCT = "«»\"“”„'.,;:!?()[]…"

SENTENCES = {
    "ru": [
        "Айыл окмоту провёл собрание жителей по вопросам водоснабжения и благоустройства улиц.",
        "Подготовлен проект решения местного кенеша о порядке распределения стимулирующих "
        "грантов инициативным группам.",
        "Межмуниципальное сотрудничество с соседними айылными аймаками позволило сократить "
        "расходы на вывоз твёрдых бытовых отходов.",
        "Специалисты прошли обучение по программному бюджетированию и управлению "
        "муниципальной собственностью.",
        "Отчёт об исполнении бюджета опубликован на информационном стенде и обсуждён на "
        "публичных слушаниях в 2018-2023-годах.",
        "Решение по административно-территориальной реформе на республиканском уровне не "
        "принято; механизм передачи делегированных государственных полномочий не разработан.",
    ],
    "ky": [
        "Айыл өкмөтү ичүүчү суу жана көчөлөрдү көрктөндүрүү маселелери боюнча тургундардын "
        "жыйынын өткөрдү.",
        "Дем берүүчү гранттарды демилгелүү топторго бөлүштүрүү тартиби жөнүндө жергиликтүү "
        "кеңештин токтомунун долбоору даярдалды.",
        "Коңшу айыл аймактары менен муниципалитеттер аралык кызматташтык катуу тиричилик "
        "калдыктарын чыгарууга кеткен чыгымдарды кыскартты.",
        "Адистер программалык бюджеттөө жана муниципалдык менчикти башкаруу боюнча окуудан өтүштү.",
        "Бюджеттин аткарылышы тууралуу отчет маалымат тактасына илинип, 2018-2023-жылдары "
        "ачык угууларда талкууланды.",
        "Административдик-аймактык реформа боюнча чечим республикалык деңгээлде кабыл алына "
        "элек; мамлекеттик ыйгарым укуктарды өткөрүп берүүнүн механизми иштелип чыккан жок.",
    ],
}


def long_text(lang: str, length: int, shift: int = 0) -> str:
    """Sentences of ``lang`` up to ``length`` characters, cut at a word, ending with a dot."""
    pool = SENTENCES[lang]
    out = ""
    i = shift
    while len(out) < length:
        out += (" " if out else "") + pool[i % len(pool)]
        i += 1
    cut = out[: length - 1].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + "."


@dataclass
class Fixture:
    texts: list[str]  # everything typed: every word must be printed whole or hyphenated
    amounts: list[str]  # "23 579,00": each on one line
    last_code: str  # the measure of the last table row


def fill_long_period(ws, lang: str) -> Fixture:
    """A half-year whose first measures carry a 600-character reason, a 2,000-character
    "what was done" and amounts that used to break ("23 579,00", "16 147,00")."""
    codes = [m.code for m in rs.measures_for(ws, PERIOD)]
    reason = long_text(lang, 600, shift=5)
    done = long_text(lang, 2000, shift=1)
    short = long_text(lang, 240, shift=2)
    problems = long_text(lang, 400, shift=3)
    a, b, c = codes[:3]
    rs.set_value(ws, PERIOD, a, "status", "not_completed")
    rs.set_value(ws, PERIOD, a, "reason", reason)
    rs.set_value(ws, PERIOD, b, "status", "in_progress")
    rs.set_value(ws, PERIOD, b, "done", done)
    rs.set_value(ws, PERIOD, b, "money:donors", "23579")
    rs.set_value(ws, PERIOD, b, "money:local_budget", "16147")
    rs.set_value(ws, PERIOD, b, "problems", problems)
    rs.set_value(ws, PERIOD, c, "status", "completed")
    rs.set_value(ws, PERIOD, c, "done", short)
    rs.set_value(ws, PERIOD, c, "money:republican_budget", "1250000.5")
    for code in codes[3:]:
        rs.set_value(ws, PERIOD, code, "status", "in_progress")
        rs.set_value(ws, PERIOD, code, "done", short)
    total = 23579 + 16147 + 1250000.5
    last = rs.report_rows(ws, PERIOD)[-1].measure_code
    return Fixture(
        texts=[reason, done, short, problems],
        amounts=[amount(x) for x in (23579, 16147, 1250000.5, total)],
        last_code=last,
    )


def pdf_pages(pdf: Path, layout: bool = True) -> list[str]:
    """The text of every page (form feeds split pages), non-breaking spaces as spaces."""
    args = [str(PDFTOTEXT), *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = SPACES.sub(" ", out).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@dataclass
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def pdf_words(pdf: Path) -> list[Word]:
    """Every word poppler finds, with its box (points) and page."""
    out = subprocess.run(
        [str(PDFTOTEXT), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words: list[Word] = []
    for n, page in enumerate(out.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            words.append(Word(n, x0, y0, x1, y1, SPACES.sub(" ", html.unescape(m.group(5)))))
    return words


def _clean(token: str) -> str:
    return token.strip(PUNCT)


def broken_words(source_texts: list[str], printed: list[Word]) -> list[str]:
    """The words of ``source_texts`` that are printed neither whole nor hyphenated (a piece
    ending in "-" followed, on a later line, by the rest)."""
    tokens = {_clean(w.text) for w in printed}
    heads = {_clean(w.text)[:-1] for w in printed if _clean(w.text).endswith("-")}
    bad = []
    for text in source_texts:
        for raw in text.split():
            word = _clean(raw)
            if len(word) < 2 or word in tokens:
                continue
            ok = False
            for head in heads:
                if head and word.startswith(head):
                    rest = word[len(head) :]
                    if rest in tokens or (rest.startswith("-") and rest[1:] in tokens):
                        ok = True
                        break
                    # broken more than once: the rest is itself hyphenated
                    if any(rest.startswith(h) and rest[len(h) :] in tokens for h in heads if h):
                        ok = True
                        break
            if not ok:
                bad.append(word)
    return bad


def fragments(source_texts: list[str], printed: list[Word], other_texts: list[str]) -> list[str]:
    """Printed pieces of a source word cut WITHOUT a hyphen: a token that is the beginning of a
    word of ``source_texts`` but is no word of its own (of any printed text) and does not end
    in a hyphen. ("Админ" + "истративдик" is caught here even where the whole word is also
    printed correctly somewhere else.)"""
    words = {_clean(w) for text in source_texts for w in text.split()}
    known = words | {_clean(w) for text in other_texts for w in text.split()}
    bad = []
    previous = ""
    for w in printed:
        token = _clean(w.text)
        # the rest of a word hyphenated at the end of the line before ("территориально-" / "го")
        after_hyphen = previous.endswith("-")
        previous = w.text.rstrip()
        if len(token) < 2 or token in known or token.endswith("-") or after_hyphen:
            continue
        if any(word.startswith(token) and word != token for word in words):
            bad.append(token)
    return bad


def amounts_not_whole(amounts: list[str], pages: list[str]) -> list[str]:
    lines = [line for page in pages for line in page.splitlines()]
    return [a for a in amounts if not any(a in line for line in lines)]


def soffice_to_pdf(files: list[Path], out_dir: Path, profile: Path) -> list[Path]:
    """LibreOffice headless, with a private profile so parallel runs don't clash."""
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        capture_output=True,
        check=True,
        timeout=600,
    )
    return [out_dir / (f.stem + ".pdf") for f in files]


# -- real content: what secretaries really type and paste ---------------------------------------
WORD_PASTE = {
    "ru": "Вставлено из Word:\x0bвторая строка\tпосле табуляции, пере\u00adнос мягкий\x0cи ещё\x07.",
    "ky": "Word'дон көчүрүлдү:\x0bэкинчи сап\tтабуляциядан кийин, жум\u00adшак бөлүү\x0cжана\x07.",
}
BIG_AMOUNT = "123 456 789,50"
ODD_AMOUNT = "12000.505"
EVIDENCE = "Распоряжение главы АО №27 от 30.05.2019"
ATTACHED = "rasporyazhenie_27.pdf"  # half up to the tyiyn: 12 000,51 everywhere


@dataclass
class RealContent:
    ends: dict[str, str]  # the last word of every long text (unique) -> where it is
    codes: list[str]  # the first, a middle and the last measure
    paste: str  # what was pasted (with \x0b, a tab, a soft hyphen)


def fill_real_content(ws, lang: str) -> RealContent:
    """A half-year as secretaries fill it: 4,000-character texts in the first, a middle and
    the LAST measure (what was done, problems, proposals), a Word paste, and the amounts
    123 456 789,50 and 12000.505. Every long text ends in a word of its own (``ends``), so a
    test can see that the end of each is on the paper."""
    codes = [m.code for m in rs.measures_for(ws, PERIOD)]
    first, middle, last = codes[0], codes[len(codes) // 2], codes[-1]
    ends: dict[str, str] = {}
    for n, (code, field) in enumerate(
        [
            (first, "done"),
            (first, "problems"),
            (middle, "done"),
            (middle, "problems"),
            (last, "done"),
            (last, "proposals"),
        ]
    ):
        end = f"КОНЕЦ{n + 1}{code.replace('.', '')}"
        text = long_text(lang, 4000 - len(end) - 1, shift=n) + " " + end
        rs.set_value(ws, PERIOD, code, "status", "in_progress")
        rs.set_value(ws, PERIOD, code, field, text)
        ends[end] = f"{code} {field}"
    for code in codes[1:-1]:
        if code != middle:
            rs.set_value(ws, PERIOD, code, "status", "in_progress")
            rs.set_value(ws, PERIOD, code, "done", long_text(lang, 300, shift=2))
    rs.set_value(ws, PERIOD, codes[1], "done", WORD_PASTE[lang])
    rs.set_value(ws, PERIOD, codes[1], "money:republican_budget", BIG_AMOUNT)
    rs.set_value(ws, PERIOD, last, "money:local_budget", ODD_AMOUNT)
    # what "done" rests on: the dates, the confirming document, an attached file
    from msu_desktop.services.attachments import add_attachment

    rs.set_value(ws, PERIOD, last, "start_date", "01.03.2021")
    rs.set_value(ws, PERIOD, last, "end_date", "30.05.2021")
    rs.set_value(ws, PERIOD, last, "evidence", EVIDENCE)
    scan = ws.data_dir / ATTACHED
    scan.write_bytes(b"%PDF-1.4 scan of the decision")
    add_attachment(ws, PERIOD, last, scan)
    return RealContent(ends, [first, middle, last], WORD_PASTE[lang])
