"""CAMEO and PLOVER codes of an event, from its type and modality, so other event datasets
(GDELT, ICEWS, POLECAT) can be joined with ours.

Sources: the CAMEO codebook (Schrodt, Gerner and Yilmaz, "CAMEO Conflict and Mediation Event
Observations Event and Actor Codebook", version 1.1b3, March 2012) and the PLOVER codebook
(Open Event Data Alliance, "PLOVER: Political Language Ontology for Verifiable Event Records",
github.com/openeventdata/PLOVER, and its reference at eventdata.parusanalytics.com). Design
notes §3 give the starting table; README.md ("Interop codes") explains each choice.

Modality picks the code, because both schemes code intentions apart from acts: a meeting that
is only planned or possible is CAMEO 036 "express intent to meet or negotiate" and PLOVER AGREE
(whose definition takes cooperative actions in the future tense as intentions); a meeting that
is ruled out is CAMEO 125 "reject proposal to meet, discuss, or negotiate" and PLOVER REJECT.
PLOVER codes no simple commentary, so a statement has a CAMEO code (010) and no PLOVER one.
``None`` means the scheme has no event for it (a denied statement is no event at all).
"""

from __future__ import annotations

from typing import Any

from tracker.events import MODALITIES, OCCURRENCE_TYPES

#: (cameo, plover, plover mode) of an occurrence that took place.
_OCCURRED: dict[str, tuple[str | None, str | None, str | None]] = {
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

_INTENT_TO_MEET = ("036", "AGREE", None)
_REJECT_MEETING = ("125", "REJECT", None)
_NONE: tuple[None, None, None] = (None, None, None)

#: Exceptions to the occurred codes, by (type, modality).
_BY_MODALITY: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {
    **{(t, m): _INTENT_TO_MEET for t in ("meeting_held", "phone_call", "visit", "report_to_leader")
       for m in ("planned", "possible")},
    **{(t, "denied"): _REJECT_MEETING for t in ("meeting_held", "phone_call", "visit", "meeting_planned")},
    ("report_to_leader", "denied"): _NONE,
    ("statement_issued", "denied"): _NONE,
    ("proposal_presented", "denied"): _NONE,
    ("proposal_rejected", "denied"): _NONE,
    ("agreement_reached", "planned"): ("037", "AGREE", None),
    ("agreement_reached", "possible"): ("037", "AGREE", None),
    ("agreement_reached", "denied"): _NONE,
}


def code_triple(event_type: str, modality: str) -> tuple[str | None, str | None, str | None]:
    """(CAMEO code, PLOVER category, PLOVER mode) of a type and modality; all None if unknown."""
    if event_type not in _OCCURRED or modality not in MODALITIES:
        return _NONE
    return _BY_MODALITY.get((event_type, modality), _OCCURRED[event_type])


def codes_for(event_type: str, modality: str) -> dict[str, Any]:
    """``{"cameo": ..., "plover": ..., "plover_mode": ...}`` as the exports print it."""
    cameo, plover, mode = code_triple(event_type, modality)
    return {"cameo": cameo, "plover": plover, "plover_mode": mode}


def code_table() -> list[dict[str, Any]]:
    """Every type and modality with its codes (for documentation and the SQL view's test)."""
    return [
        {"type": t, "modality": m, **codes_for(t, m)}
        for t in OCCURRENCE_TYPES
        for m in MODALITIES
    ]
