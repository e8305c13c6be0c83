"""What the office keeps about its deliveries, in its database (and so in its backup): each
package's delivery state with the inbox's signed receipt, hold and the agency's decision, the
agency's reply files as imported, and the agency keys this office trusts. The package files
themselves stay in ``outbox/``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from msu_desktop.storage.models.base import Base, utcnow


class DeliveryRow(Base):
    """One package of the outbox (``name`` is its file name) and where it stands."""

    __tablename__ = "delivery"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    # created | saved | sent | failed | refused | held | received | accepted | returned
    state: Mapped[str] = mapped_column(String(20), default="created")
    saved_to: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[str] = mapped_column(String(40), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try: Mapped[str] = mapped_column(String(40), default="")
    failed_at: Mapped[str] = mapped_column(String(40), default="")
    wait_s: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[str] = mapped_column(String(40), default="")
    receipt_error: Mapped[str] = mapped_column(Text, default="")
    receipt: Mapped[str] = mapped_column(Text, default="")  # signed documents, kept as signed
    receipt_sig: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    decision_sig: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[str] = mapped_column(String(40), default="")
    hold: Mapped[str] = mapped_column(Text, default="")
    hold_sig: Mapped[str] = mapped_column(Text, default="")
    held_at: Mapped[str] = mapped_column(String(40), default="")
    key_fingerprint: Mapped[str] = mapped_column(String(80), default="")
    # the agency's verdict from a reply (on time / late / missing by the one deadline rule),
    # a JSON object as the signed reply carried it
    verdict: Mapped[str] = mapped_column(Text, default="")


class AgencyReplyRow(Base):
    """A ``.msureply`` imported from a stick, with its signature, as it was signed."""

    __tablename__ = "agency_reply"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    soate: Mapped[str] = mapped_column(String(14), default="")
    created: Mapped[str] = mapped_column(String(40), default="")
    document: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrustedKeyRow(Base):
    """An agency key this office trusts, for one purpose (plan packages, or the inbox's
    receipts), and how it got in (by hand against the paper fingerprint, or a rotation)."""

    __tablename__ = "trusted_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    purpose: Mapped[str] = mapped_column(String(20), default="plan")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    comment: Mapped[str] = mapped_column(Text, default="")
    added: Mapped[str] = mapped_column(String(40), default="")
