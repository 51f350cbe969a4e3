"""German: everything the extractor knows about the language.

``events`` holds the trigger verbs and nouns (with separable particles and verb-final
clauses), modality, speech, role and clause cues and the summary labels; ``mentions`` the
words of the mention finder (declined titles, demonyms, delegations, place prepositions);
``temporal`` the month and weekday tables and date patterns; ``normalise`` the word
normaliser for genitive names ("Putins" -> "putin"). ``RULES`` bundles them for
:mod:`tracker.extract.lang`.
"""

from tracker.extract.lang.de.events import RULES

__all__ = ["RULES"]
