"""Durability: a writer killed with SIGKILL in the middle of appending leaves a store that
verifies, where every article is there with all of its events or not at all, and where the
next write continues at the next position (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.store import ARTICLE_ENTRY, open_store

WRITER = """
import sys
from tracker.articles import Article
from tracker.events import DateInterval, EventDraft, Participant
from tracker.store import NewEntry, open_store

store = open_store(sys.argv[1])
for i in range(100000):
    entries = [NewEntry("meeting_held", EventDraft(type="meeting_held", date=DateInterval.from_user("2025-12-20"),
                                                   participants=(Participant("A", "US"),),
                                                   summary=f"article {i} event {k}").to_payload(), "user:kill")
               for k in range(5)]
    store.append(entries, article=Article(text=f"Article number {i} about talks.", lang="en"))
"""


def kill_mid_append(url: str, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen([sys.executable, str(script), url], cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with open_store(url) as store:
            deadline = time.monotonic() + 120
            while store.head() < 60 and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def check_after_kill(url: str) -> None:
    with open_store(url) as store:
        assert store.verify().ok
        entries = list(store.read())
        assert [e.position for e in entries] == list(range(1, len(entries) + 1))
        by_article: dict[str, list[str]] = {}
        for e in entries:
            by_article.setdefault(e.article_id, []).append(e.event_type)
        for kinds in by_article.values():  # each article complete: 5 events and its article entry
            assert sorted(kinds) == sorted(["meeting_held"] * 5 + [ARTICLE_ENTRY])
        with store.engine.connect() as conn:
            from sqlalchemy import func, select

            from tracker.schema import articles

            assert conn.execute(select(func.count()).select_from(articles)).scalar() == len(by_article)
        head = store.head()
        from tracker.events import DateInterval, EventDraft, Participant
        from tracker.store import NewEntry

        again = store.append([NewEntry("visit", EventDraft(type="visit", date=DateInterval.from_user("2025"),
                                                           participants=(Participant("B"),)).to_payload(), "user:t")])
        assert again.positions == [head + 1] and store.verify().ok


def test_sigkill_mid_append_sqlite(tmp_path: Path) -> None:
    url = str(tmp_path / "s.sqlite3")
    open_store(url).close()
    kill_mid_append(url, tmp_path)
    check_after_kill(url)


@pytest.mark.postgres
def test_sigkill_mid_append_postgres(tmp_path: Path, pg_url: str) -> None:
    open_store(pg_url).close()
    kill_mid_append(pg_url, tmp_path)
    check_after_kill(pg_url)
