"""Review: the analyst's verdict on every extracted event, kept in the log.

* :mod:`.decisions` records ``event_reviewed`` entries (accept, reject, withdraw; from the
  command line or a JSON Lines file), all or nothing;
* :mod:`.outputs` attaches the review state (and the CAMEO/PLOVER codes) to what ``list``,
  ``show``, ``timeline`` and the exports print, and filters on it;
* :mod:`.card` renders one event for the interactive queue;
* :mod:`.queue` the interactive queue itself, driven by a key reader and a line prompt.

The read model lives in :mod:`tracker.projections.review`.
"""
