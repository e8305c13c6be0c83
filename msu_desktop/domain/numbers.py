"""Numbers as people in Kyrgyzstan write them in documents: thousands set apart by a space and
a decimal comma (``1 818,10``), the way the decree itself writes "1818,1 млн сом"."""

from __future__ import annotations

from decimal import Decimal


def amount(value: Decimal | float | int, decimals: int = 2) -> str:
    """``1250000.5`` -> ``"1 250 000,50"``; ``decimals=0`` for counts."""
    text = f"{Decimal(str(value)):,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",")
