"""The history of an object reads in today's language, whatever language its lines were written
in: a register set up in Russian and read by a Kyrgyz secretary says "объект кошулду", not
"объект добавлен"."""

from __future__ import annotations

from msu_desktop import i18n
from msu_desktop.gui.property.object_history import history_value


def test_the_added_line_is_shown_in_the_readers_language() -> None:
    written_in_ru = i18n.tr("Property", "object added", "ru")
    shown_in_ky = history_value("*", written_in_ru, "ky")
    assert shown_in_ky == i18n.tr("Property", "object added", "ky")
    assert shown_in_ky != written_in_ru
    # other values are shown as stored
    assert history_value("address", "ул. Ленина, 1", "ky") == "ул. Ленина, 1"


def test_a_leases_protocol_date_is_labelled_and_shown_as_a_date(qapp) -> None:
    from msu_desktop.gui.property.object_history import history_labels

    labels = history_labels()
    assert labels["lease.protocol_date"] != labels["lease.protocol_number"]
    assert history_value("lease.protocol_date", "2021-03-05", "ru") == "05.03.2021"
    assert history_value("lease.protocol_number", "12/3", "ru") == "12/3"
