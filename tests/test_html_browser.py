"""The HTML export in a real headless Chromium: what a person sees.

Runs whenever Chromium and chromedriver are installed; skips otherwise, except on CI
(``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tracker import export
from tracker.events import DateInterval, Evidence, EventDraft, Location, Participant
from tracker.app.recording import record
from tracker.store import NewEntry, open_store
from tracker.app.timeline import load_timeline, track_names
from tracker.articles import Article

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _need_browser() -> None:
    missing = []
    if CHROMIUM is None:
        missing.append("chromium")
    if CHROMEDRIVER is None:
        missing.append("chromedriver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip)")
    if missing:
        message = "headless browser test needs " + ", ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: a missing browser is a failure)")
        pytest.skip(message)


@pytest.fixture
def driver(tmp_path):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def _article(n: int, outlet: str) -> Article:
    return Article(text=f"Report number {n} on the talks.", lang="en", url=f"https://news{n}.example.org/talks",
                   source=outlet, published=None)


def _meeting(art: Article, start: str, end: str, people, summary: str, place=None) -> NewEntry:
    d = EventDraft(type="meeting_held", date=DateInterval.from_user(start, end), summary=summary,
                   participants=tuple(Participant(n, s, "participant", a) for n, s, a in people),
                   location=Location(*place) if place else None,
                   evidence=(Evidence(art.id, "They met.", (0, 9)),))
    return NewEntry(d.type, d.to_payload(), "test", article_id=art.id)


W, K = ("Steve Witkoff", "US", "witkoff"), ("Jared Kushner", "US", "kushner")
D, U = ("Kirill Dmitriev", "RU", "dmitriev"), ("Rustem Umerov", "UA", "umerov")
F = ("Emmanuel Bonne", "FR", "bonne")


@pytest.fixture
def page(tmp_path) -> Path:
    store = open_store(str(tmp_path / "t.sqlite3"))
    try:
        a1, a2, a3 = _article(1, "Wire One"), _article(2, "Wire Two"), _article(3, "Wire Three")
        record(store, [_meeting(a1, "2025-12-20", "2025-12-21", (W, D), "Miami talks", ("Miami", "US")),
                       _meeting(a1, "2025-08", "2025-08", (W, D), "Alaska summit", ("Anchorage", "US"))], article=a1)
        record(store, [_meeting(a2, "2025-12-19", "2025-12-21", (W, U, F), "Florida consultations", ("Miami", "US")),
                       _meeting(a2, "2025-11-30", "2025-11-30", (K, U), "Talks in Hallandale", ("Hallandale Beach", "US"))],
               article=a2)
        record(store, [_meeting(a3, "2025-12-21", "2025-12-21", (K, D), "Miami talks, second day", ("Miami", "US"))],
               article=a3)
        entries, _ = load_timeline(store)
        html = export.render("html", entries, track_names(store))
    finally:
        store.close()
    path = tmp_path / "timeline.html"
    export.write_atomic(path, html)
    return path


def test_html_timeline_in_chromium(driver, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(page.as_uri())
    assert driver.title == "Negotiation timeline"
    lanes = {lane.get_attribute("data-track"): lane for lane in driver.find_elements(By.CSS_SELECTOR, "section.lane")}
    assert set(lanes) == {"US-RU", "US-UA-EU", "US-UA"}
    assert all(lane.is_displayed() for lane in lanes.values())

    # entries are there, in date order, with what a reader needs
    us_ru = lanes["US-RU"]
    summaries = [e.text for e in us_ru.find_elements(By.CSS_SELECTOR, ".summary")]
    assert summaries == ["Alaska summit", "Miami talks"]  # the second Miami report merged into one entry
    dates = [e.text for e in us_ru.find_elements(By.CSS_SELECTOR, ".date")]
    assert dates == ["Aug 2025", "2025-12-20–21"]
    miami = us_ru.find_elements(By.CSS_SELECTOR, "li.entry")[1]
    assert "Steve Witkoff" in miami.text and "In Miami (US)" in miami.text
    assert "2 independent sources" in miami.text
    links = [a.get_attribute("href") for a in miami.find_elements(By.CSS_SELECTOR, "a.source")]
    assert links == ["https://news1.example.org/talks", "https://news3.example.org/talks"]

    # the filter hides the other lanes
    Select(driver.find_element(By.ID, "track-filter")).select_by_value("US-UA-EU")
    assert lanes["US-UA-EU"].is_displayed()
    assert not lanes["US-RU"].is_displayed() and not lanes["US-UA"].is_displayed()
    visible = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".summary") if e.is_displayed()]
    assert visible == ["Florida consultations"]
    Select(driver.find_element(By.ID, "track-filter")).select_by_value("")
    assert all(lane.is_displayed() for lane in lanes.values())
