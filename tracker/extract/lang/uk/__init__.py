"""Ukrainian: everything the extractor knows about the language.

``events`` holds the trigger verbs and nouns (every tense, gender and number), modality,
speech, role and clause cues and the summary labels; ``mentions`` the words of the mention
finder (titles in every case, demonyms in every case and gender, delegations, place
prepositions); ``temporal`` the declined month and weekday tables and the date patterns
dateparser misses. ``RULES`` bundles them for :mod:`tracker.extract.lang`.
"""

from tracker.extract.lang.uk.events import RULES

__all__ = ["RULES"]
