"""Italian: everything the extractor knows about the language.

``events`` holds the trigger verbs and nouns (with their compound tenses and clitics),
modality, speech, role and clause cues and the summary labels; ``mentions`` the words of the
mention finder (titles, demonyms in their four forms, delegations, place prepositions);
``temporal`` the month and weekday tables and date patterns. ``RULES`` bundles them for
:mod:`tracker.extract.lang`.
"""

from tracker.extract.lang.it.events import RULES

__all__ = ["RULES"]
