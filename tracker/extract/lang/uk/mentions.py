"""Ukrainian words for the mention finder: so far only the prepositions that make a city a place.

The language is not registered yet (no events, no temporal words): aliases and places are
found in its texts, nothing else. Fill in the other :class:`MentionWords` fields, add
``events.py``, ``temporal.py`` and ``RULES`` in ``__init__.py``, and list the code in
:data:`tracker.extract.lang.BUILTIN`.
"""

from __future__ import annotations

from tracker.extract.rules import MentionWords

#: Prepositions that make a city (or a country) a place.
PLACE_PREPS: tuple[str, ...] = ('в', 'у', 'з', 'із', 'до', 'на', 'під')

WORDS = MentionWords(city_preps=PLACE_PREPS, country_preps=PLACE_PREPS, adjective_first=True)
