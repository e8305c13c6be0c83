"""The municipal property register: objects, revaluations, leases, council decisions, files.

An object is never deleted: it is written off or sold with the council decision that did it
(``status`` + ``disposal_decision_id``) and stays in the register's history. Field changes go to
the shared ``change_log`` (entity ``property_object``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from msu_desktop.storage.models.base import Base, utcnow

decision_object = Table(
    "decision_object",
    Base.metadata,
    Column("decision_id", ForeignKey("council_decision.id", ondelete="CASCADE"), primary_key=True),
    Column("object_id", ForeignKey("property_object.id", ondelete="CASCADE"), primary_key=True),
)


class PropertyObject(Base):
    __tablename__ = "property_object"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inventory_number: Mapped[str] = mapped_column(String(40), unique=True)
    category: Mapped[str] = mapped_column(String(40), index=True)
    name_ky: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    village: Mapped[str] = mapped_column(String(120), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    cadastral_code: Mapped[str] = mapped_column(String(40), default="", index=True)
    area: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(10), default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    basis_document: Mapped[str] = mapped_column(String(300), default="")
    basis_number: Mapped[str] = mapped_column(String(60), default="")
    basis_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    initial_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    book_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    residual_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    condition: Mapped[str] = mapped_column(String(20), default="", index=True)
    use: Mapped[str] = mapped_column(String(30), default="own_use", index=True)
    registration_number: Mapped[str] = mapped_column(String(60), default="")
    registration_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")  # internal: never published
    extra: Mapped[str] = mapped_column(Text, default="{}")  # category fields, JSON
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    disposal_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("council_decision.id"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    leases: Mapped[list[Lease]] = relationship(back_populates="object", order_by="Lease.start")
    revaluations: Mapped[list[Revaluation]] = relationship(
        back_populates="object", order_by="Revaluation.date"
    )
    decisions: Mapped[list[CouncilDecision]] = relationship(
        secondary=decision_object, back_populates="objects"
    )


class Revaluation(Base):
    __tablename__ = "property_revaluation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_id: Mapped[int] = mapped_column(
        ForeignKey("property_object.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    book_value: Mapped[float] = mapped_column(Float)
    residual_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    basis: Mapped[str] = mapped_column(String(300), default="")

    object: Mapped[PropertyObject] = relationship(back_populates="revaluations")


class Lease(Base):
    __tablename__ = "property_lease"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_id: Mapped[int] = mapped_column(
        ForeignKey("property_object.id", ondelete="CASCADE"), index=True
    )
    lessee: Mapped[str] = mapped_column(String(300))
    lessee_is_person: Mapped[bool] = mapped_column(Boolean, default=False)
    contract_number: Mapped[str] = mapped_column(String(60), default="")
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date, index=True)
    rent: Mapped[float] = mapped_column(Float, default=0.0)
    rent_period: Mapped[str] = mapped_column(String(10), default="month")
    awarded_by: Mapped[str] = mapped_column(String(10), default="auction")  # auction | direct
    protocol_number: Mapped[str] = mapped_column(String(60), default="")
    protocol_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    direct_reason: Mapped[str] = mapped_column(String(300), default="")
    terminated: Mapped[bool] = mapped_column(Boolean, default=False)

    object: Mapped[PropertyObject] = relationship(back_populates="leases")


class CouncilDecision(Base):
    """A decision of the local council (айылдык кеңеш) on acquiring, leasing, selling, writing off."""

    __tablename__ = "council_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60))
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # acquire | lease | sell | write_off | other
    text: Mapped[str] = mapped_column(Text, default="")

    objects: Mapped[list[PropertyObject]] = relationship(
        secondary=decision_object, back_populates="decisions"
    )


class PropertyFile(Base):
    __tablename__ = "property_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    object_id: Mapped[int] = mapped_column(
        ForeignKey("property_object.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="document")  # photo | document
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
