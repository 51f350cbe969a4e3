"""Russian: everything the extractor knows about the language.

``events`` holds the trigger verbs (both aspects, every gender) and nouns, the modality, speech,
role and clause cues and the English summary labels; ``mentions`` the words of the mention
finder (titles, demonyms, delegations, place prepositions, in the nominative: declined forms
reach them through the shared Russian/Ukrainian normaliser); ``temporal`` the month and weekday
tables in every case and the date patterns. ``RULES`` bundles them for :mod:`tracker.extract.lang`.
"""

from tracker.extract.lang.ru.events import RULES

__all__ = ["RULES"]
