"""Spanish: everything the extractor knows about the language.

``events`` holds the trigger verbs and nouns (with their conjugations, clitics and compound
tenses), modality, speech, role and clause cues and the summary labels; ``mentions`` the words
of the mention finder (titles, demonyms, delegations, place prepositions); ``temporal`` the
month and weekday tables and date patterns. ``RULES`` bundles them for :mod:`tracker.extract.lang`.
"""

from tracker.extract.lang.es.events import RULES

__all__ = ["RULES"]
