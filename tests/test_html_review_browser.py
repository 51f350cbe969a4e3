"""The HTML export's review marks in headless Chromium: the checkbox hides unreviewed entries
(CSS only). Skips without a browser, like tests/test_html_browser.py, except on CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_html_browser import driver  # noqa: F401  (the headless Chromium fixture)

from tracker import export
from tracker.events import DateInterval, EventDraft, Participant
from tracker.app.review.decisions import Decision, record_decisions
from tracker.app.review.outputs import reviewed_timeline
from tracker.app.recording import record
from tracker.store import NewEntry, open_store
from tracker.app.timeline import track_names

pytestmark = pytest.mark.browser


@pytest.fixture
def page(tmp_path: Path) -> Path:
    store = open_store(str(tmp_path / "t.sqlite3"))
    try:
        drafts = [
            EventDraft(type="meeting_held", date=DateInterval.from_user("2025-12-20"), summary="Checked talks",
                       participants=(Participant("Steve Witkoff", "US"), Participant("Kirill Dmitriev", "RU"))),
            EventDraft(type="phone_call", date=DateInterval.from_user("2025-12-18"), summary="Unchecked call",
                       participants=(Participant("Donald Trump", "US"), Participant("Vladimir Putin", "RU"))),
        ]
        checked, _ = record(store, [NewEntry(d.type, d.to_payload(), "user:t") for d in drafts]).event_ids
        record_decisions(store, [Decision(checked, "accepted")], recorded_by="user:t")
        entries, _ = reviewed_timeline(store)
        html = export.render("html", entries, track_names(store))
    finally:
        store.close()
    path = tmp_path / "timeline.html"
    export.write_atomic(path, html)
    return path


def test_checkbox_hides_unreviewed_entries(driver, page):  # noqa: F811
    from selenium.webdriver.common.by import By

    driver.get(page.as_uri())

    def visible() -> list[str]:
        return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".summary") if e.is_displayed()]

    assert sorted(visible()) == ["Checked talks", "Unchecked call"]
    badge = driver.find_element(By.CSS_SELECTOR, "li.review-unreviewed .review")
    assert badge.text == "not reviewed"
    driver.find_element(By.ID, "hide-unreviewed").click()
    assert visible() == ["Checked talks"]
    driver.find_element(By.ID, "hide-unreviewed").click()
    assert sorted(visible()) == ["Checked talks", "Unchecked call"]
