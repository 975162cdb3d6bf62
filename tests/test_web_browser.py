"""The explorer in headless Chromium, as a user sees it: the seed's quotes highlighted and
attributed, the actor page, the events map, and hostile pages that run none of their payloads.

Needs Debian's chromium at /usr/bin/chromium (`make install` installs it). Screenshots go to
test-output/screenshots/ (ignored by git) for a reviewer to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
SEED_SPEAKER = "Qais Khazali"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(explorer_store: tuple[Path, dict[str, str]]) -> Iterator[str]:
    import uvicorn

    from newsgraph.views.api import create_app

    port = _free_port()
    app = create_app(explorer_store[0])
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the explorer did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run `make install` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.ng_dialogs = []  # type: ignore[attr-defined]
    tab.ng_console = []  # type: ignore[attr-defined]
    tab.on("dialog", lambda d: (tab.ng_dialogs.append(d.message), d.dismiss()))
    tab.on("console", lambda m: tab.ng_console.append(f"{m.type}: {m.text}"))
    tab.on("pageerror", lambda e: tab.ng_console.append(f"pageerror: {e}"))
    yield tab
    context.close()


def _shot(tab: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _seed(explorer_store: tuple[Path, dict[str, str]]) -> str:
    if "seed" not in explorer_store[1]:
        pytest.skip("shared seed article not found")
    return explorer_store[1]["seed"]


def test_seed_article_shows_five_direct_quotes_by_khazali(server: str, page: Any,
                                                          explorer_store: tuple[Path, dict[str, str]]) -> None:
    page.goto(f"{server}/articles/{_seed(explorer_store)}")
    marks = page.locator('article mark[data-layer="quotes"][data-kind="direct"]')
    facts = marks.evaluate_all("ms => ms.map(m => [m.dataset.fact, m.dataset.speaker])")
    assert len({fact for fact, _ in facts}) == 5
    assert {speaker for _, speaker in facts} == {SEED_SPEAKER}
    first = marks.first
    assert first.is_visible()
    first.click()
    panel = page.locator("#fact-detail")
    assert SEED_SPEAKER in panel.inner_text() and "direct" in panel.inner_text()
    assert page.locator("#fact-detail .fact-fields").count() == 1
    listed = page.locator("ol.statements li.k-direct .speaker").all_inner_texts()
    assert listed == [SEED_SPEAKER] * 5
    captions = page.locator("aside.captions").inner_text()
    assert "Ain al-Assad airbase" in captions and "Ain al-Assad airbase" not in page.locator("div.body").inner_text()
    _shot(page, "seed-article")
    assert not page.ng_dialogs and not [m for m in page.ng_console if "error" in m]


def test_actor_page_lists_his_statements(server: str, page: Any, explorer_store: tuple[Path, dict[str, str]]) -> None:
    page.goto(f"{server}/articles/{_seed(explorer_store)}")
    page.locator("ol.statements li.k-direct a.actor-link").first.click()
    page.wait_for_load_state()
    assert page.locator("h1.actor-name").inner_text() == SEED_SPEAKER
    statements = page.locator("section ol.statements li.k-direct").all_inner_texts()
    assert len(statements) == 5
    assert any("There is no room for American military bases" in s for s in statements)
    assert "Khazali" in page.locator("ul.aliases").inner_text()
    page.locator("ol.timeline-list li a").first.click()  # evidence link back into an article
    page.wait_for_load_state()
    assert page.locator("mark.selected").count() >= 1
    page.goto(f"{server}/actors/{SEED_SPEAKER}")
    _shot(page, "actor-khazali")


def test_events_map_marks_al_asad_air_base(server: str, page: Any) -> None:
    places = page.request.get(f"{server}/api/places").json()["features"]
    if not places:
        pytest.skip("the store has no place with coordinates yet (the places layer has not landed)")
    page.goto(f"{server}/events")
    _shot(page, "events")
    names = page.locator("svg.map circle.marker").evaluate_all("cs => cs.map(c => c.dataset.name)")
    assert len(names) >= 1
    marker = page.locator('svg.map circle.marker[data-name="Al Asad Air Base"]')
    assert marker.count() == 1, names
    box, map_box = marker.bounding_box(), page.locator("svg.map").bounding_box()
    assert box and map_box and map_box["x"] <= box["x"] <= map_box["x"] + map_box["width"]
    assert map_box["y"] <= box["y"] <= map_box["y"] + map_box["height"]


def test_events_page_draws_map_timeline_and_network(server: str, page: Any) -> None:
    page.goto(f"{server}/events")
    assert page.locator("svg.map image").count() == 1
    events = page.request.get(f"{server}/api/events?limit=200").json()["items"]
    if not events:
        pytest.skip("no events in the store yet (the events layer has not landed)")
    assert page.locator("table.events tr.event").count() == len(events)
    if any(e["actors"] and e["recipients"] for e in events):
        assert page.locator("svg.network line.edge").count() >= 1
    kind = events[0]["type"]
    page.goto(f"{server}/events?type={kind}")
    assert page.locator("table.events tr.event").count() == sum(e["type"] == kind for e in events)
    _shot(page, "events-filtered")


@pytest.mark.parametrize("which", ["hostile_page", "hostile_text"])
def test_hostile_articles_run_none_of_their_payloads(server: str, page: Any, which: str,
                                                     explorer_store: tuple[Path, dict[str, str]]) -> None:
    page.goto(f"{server}/articles/{explorer_store[1][which]}")
    page.wait_for_load_state("load")
    page.mouse.move(300, 300)
    for mark in page.locator("article p").all()[:12]:
        mark.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__ngPwned") is None
    assert page.ng_dialogs == []
    assert page.locator("article script, article img, article svg, article iframe, article [onerror]").count() == 0
    # escaped, not merely blocked: the CSP never had to refuse anything
    assert not [m for m in page.ng_console if "Content Security Policy" in m or "pageerror" in m], page.ng_console
    text = page.locator("article").inner_text()
    marker = "<script>alert(1)</script>" if which == "hostile_page" else '<script>window.__ngPwned = "body-script"'
    assert marker in text  # shown as the words it is
    _shot(page, which.replace("_", "-"))


def test_stories_and_actors_pages(server: str, page: Any) -> None:
    """The Harir attack told by two outlets and republished by a third; actors as resolved."""
    page.goto(f"{server}/stories")
    story = page.locator("section.story").filter(has_text="Harir")
    assert story.count() == 1
    assert "2 independent voice(s)" in story.inner_text() and "republishes" in story.inner_text()
    _shot(page, "stories")
    page.goto(f"{server}/actors")
    names = page.locator("table.actors tbody td:first-child a").all_inner_texts()
    assert "Iraq" in names and "Iraqi" not in names
    _shot(page, "actors")
    assert not page.ng_dialogs and not [m for m in page.ng_console if "error" in m]
