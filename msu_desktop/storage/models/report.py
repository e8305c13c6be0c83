"""Semi-annual reports: period state, entries per measure, their values, comments, attachments.

Entries are keyed by (plan_id, period_id, measure_code) -- never by a measure row id -- so they
survive plan updates. Values are text, one row per field (``status``, ``done``,
``indicator:events_held``, ``money:local_budget``...), so that every field is saved on its own
the moment it is typed. History lives in the shared ``change_log`` table
(entity ``report_entry`` / ``report_period``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from msu_desktop.storage.models.base import Base, utcnow


class ReportPeriod(Base):
    __tablename__ = "report_period"
    __table_args__ = (UniqueConstraint("plan_id", "period_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(80))
    period_id: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft|complete|approved
    carried_from: Mapped[str] = mapped_column(String(10), default="")
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ReportEntry(Base):
    __tablename__ = "report_entry"
    __table_args__ = (UniqueConstraint("plan_id", "period_id", "measure_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(80))
    period_id: Mapped[str] = mapped_column(String(10))
    measure_code: Mapped[str] = mapped_column(String(20))
    included: Mapped[bool] = mapped_column(Boolean, default=True)  # optional measures
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    values: Mapped[list[ReportValue]] = relationship(
        back_populates="entry", cascade="all, delete-orphan"
    )


class ReportValue(Base):
    __tablename__ = "report_value"
    __table_args__ = (UniqueConstraint("entry_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("report_entry.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="")
    carried: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    entry: Mapped[ReportEntry] = relationship(back_populates="values")


class ReportComment(Base):
    __tablename__ = "report_comment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("report_entry.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReportFile(Base):
    """A stored file, content-addressed: ``attachments/<sha[:2]>/<sha256>``."""

    __tablename__ = "report_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReportAttachment(Base):
    __tablename__ = "report_attachment"
    __table_args__ = (UniqueConstraint("entry_id", "file_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("report_entry.id", ondelete="CASCADE"))
    file_id: Mapped[int] = mapped_column(ForeignKey("report_file.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    caption: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    file: Mapped[ReportFile] = relationship()
