"""Read model ``review`` (analysts' verdicts) and the interop codes view.

Tables: ``review_states`` (one row per reviewed event, the latest decision).
Views (same SQL on SQLite and PostgreSQL; documented in README.md):
``v_reviews`` (every live event with its review status) and ``v_event_codes`` (every event
with its CAMEO and PLOVER codes, as :mod:`tracker.interop_codes` maps them; a test checks the
two agree for every type and modality).

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

#: (type, modality) -> (cameo, plover, plover mode), as tracker.interop_codes had it at 0006.
_OCCURRED = {
    "meeting_held": ("040", "CONSULT", None),
    "phone_call": ("041", "CONSULT", "phone"),
    "visit": ("042", "CONSULT", "visit"),
    "statement_issued": ("010", None, None),
    "report_to_leader": ("040", "CONSULT", None),
    "meeting_planned": ("036", "AGREE", None),
    "proposal_presented": ("037", "AGREE", None),
    "proposal_rejected": ("127", "REJECT", None),
    "agreement_reached": ("057", "AGREE", None),
}
_EXCEPTIONS = {
    **{(t, m): ("036", "AGREE", None) for t in ("meeting_held", "phone_call", "visit", "report_to_leader")
       for m in ("planned", "possible")},
    **{(t, "denied"): ("125", "REJECT", None) for t in ("meeting_held", "phone_call", "visit", "meeting_planned")},
    ("report_to_leader", "denied"): (None, None, None),
    ("statement_issued", "denied"): (None, None, None),
    ("proposal_presented", "denied"): (None, None, None),
    ("proposal_rejected", "denied"): (None, None, None),
    ("agreement_reached", "planned"): ("037", "AGREE", None),
    ("agreement_reached", "possible"): ("037", "AGREE", None),
    ("agreement_reached", "denied"): (None, None, None),
}


def _sql(value: str | None) -> str:
    return "NULL" if value is None else f"'{value}'"


def _case(index: int) -> str:
    """CASE over (event_type, modality) picking element ``index`` of the code triple."""
    whens = [
        f"WHEN e.event_type = '{t}' AND e.modality = '{m}' THEN {_sql(codes[index])}"
        for (t, m), codes in _EXCEPTIONS.items()
    ]
    whens += [f"WHEN e.event_type = '{t}' THEN {_sql(codes[index])}" for t, codes in _OCCURRED.items()]
    return "CASE " + " ".join(whens) + " ELSE NULL END"


VIEWS: dict[str, str] = {
    "v_reviews": """
        SELECT e.event_id, e.event_type AS type, e.modality, e.start_date, e.end_date, e.precision,
               e.confidence, e.summary, e.article_id,
               COALESCE(r.status, 'unreviewed') AS review_status, r.reviewer, r.reviewed_at,
               r.reason AS review_reason, COALESCE(r.decisions, 0) AS decisions
        FROM events e LEFT JOIN review_states r ON r.event_id = e.event_id
        WHERE e.retracted = false""",
    "v_event_codes": f"""
        SELECT e.event_id, e.event_type AS type, e.modality,
               {_case(0)} AS cameo, {_case(1)} AS plover, {_case(2)} AS plover_mode
        FROM events e""",
}


def upgrade() -> None:
    op.create_table(
        "review_states",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(10), nullable=False, comment="unreviewed, accepted or rejected"),
        sa.Column("reviewer", sa.Text(), comment="recorded_by of the latest decision (user:<name>)"),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), comment="recorded_at of the latest decision"),
        sa.Column("reason", sa.Text()),
        sa.Column("decisions", sa.Integer(), nullable=False, comment="event_reviewed entries for this event"),
        sa.Column("position", POSITION, nullable=False, comment="log position of the latest decision"),
        sa.PrimaryKeyConstraint("event_id", name="pk_review_states"),
    )
    op.create_index("ix_review_states_status", "review_states", ["status"])
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body.strip()}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_index("ix_review_states_status", table_name="review_states")
    op.drop_table("review_states")
