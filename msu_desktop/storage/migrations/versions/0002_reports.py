"""Reports: period state, entries per measure, values, comments, attached files.

Revision ID: 0002_reports
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_reports"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_report_file_sha256")),
    )
    op.create_table(
        "report_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=80), nullable=False),
        sa.Column("period_id", sa.String(length=10), nullable=False),
        sa.Column("measure_code", sa.String(length=20), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_entry")),
        sa.UniqueConstraint(
            "plan_id", "period_id", "measure_code", name=op.f("uq_report_entry_plan_id")
        ),
    )
    op.create_table(
        "report_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=80), nullable=False),
        sa.Column("period_id", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("carried_from", sa.String(length=10), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_period")),
        sa.UniqueConstraint("plan_id", "period_id", name=op.f("uq_report_period_plan_id")),
    )
    op.create_table(
        "report_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"], ["report_file.id"], name=op.f("fk_report_attachment_file_id_report_file")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["report_entry.id"],
            name=op.f("fk_report_attachment_entry_id_report_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_attachment")),
        sa.UniqueConstraint("entry_id", "file_id", name=op.f("uq_report_attachment_entry_id")),
    )
    op.create_index(
        op.f("ix_report_attachment_file_id"), "report_attachment", ["file_id"], unique=False
    )
    op.create_table(
        "report_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["report_entry.id"],
            name=op.f("fk_report_comment_entry_id_report_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_comment")),
    )
    op.create_index(op.f("ix_report_comment_entry_id"), "report_comment", ["entry_id"], unique=False)
    op.create_table(
        "report_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("carried", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["report_entry.id"],
            name=op.f("fk_report_value_entry_id_report_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_value")),
        sa.UniqueConstraint("entry_id", "field", name=op.f("uq_report_value_entry_id")),
    )


def downgrade() -> None:
    op.drop_table("report_value")
    op.drop_index(op.f("ix_report_comment_entry_id"), table_name="report_comment")
    op.drop_table("report_comment")
    op.drop_index(op.f("ix_report_attachment_file_id"), table_name="report_attachment")
    op.drop_table("report_attachment")
    op.drop_table("report_period")
    op.drop_table("report_entry")
    op.drop_table("report_file")
