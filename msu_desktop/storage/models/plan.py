"""Installed plan versions. The whole plan document is kept; measures are indexed for queries.

Reports refer to measures by (plan_id, measure code), never by row id, so that they survive a
plan update that renumbers rows or removes a measure.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from msu_desktop.storage.models.base import Base, utcnow


class PlanVersion(Base):
    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(80), index=True)
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)  # the plan JSON, as validated
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(200), default="shipped")
    installed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    measures: Mapped[list[MeasureRow]] = relationship(
        back_populates="plan_version", cascade="all, delete-orphan"
    )


class MeasureRow(Base):
    __tablename__ = "measure"
    __table_args__ = (UniqueConstraint("plan_version_id", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    direction_code: Mapped[str] = mapped_column(String(10))
    task_code: Mapped[str] = mapped_column(String(10))
    title_ky: Mapped[str] = mapped_column(Text)
    title_ru: Mapped[str] = mapped_column(Text)
    deadline_kind: Mapped[str] = mapped_column(String(20))
    deadline_last_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    lsg_participates: Mapped[bool] = mapped_column(Boolean, default=False)
    executors: Mapped[str] = mapped_column(Text, default="")  # comma-separated organisation codes

    plan_version: Mapped[PlanVersion] = relationship(back_populates="measures")
