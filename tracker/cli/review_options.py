"""The ``--status`` option of every read command, declared once."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from tracker.cli.app import choice


class StatusFilter(str, enum.Enum):
    """Review states a read command may keep."""

    accepted = "accepted"
    unreviewed = "unreviewed"
    rejected = "rejected"
    all = "all"


StatusOpt = Annotated[str | None, typer.Option(
    "--status", help="Only events with this review state: accepted, unreviewed, rejected or all "
                     "(default: everything not rejected).", show_default=False,
    callback=choice(StatusFilter, "review state"), metavar="accepted|unreviewed|rejected|all")]


def status_value(status: StatusFilter | str | None) -> str | None:
    """The review state's name (the option is declared as text; its callback made it a member)."""
    return StatusFilter(status).value if status is not None else None
