"""The page in a real browser: Debian's Chromium, driven by Playwright, against `streamlit run app.py`.

The server gets its own copy of the corpus and an empty index folder, so the first visit also exercises
building the index on first use. Screenshots land in tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from indexer.embedding import SentenceTransformerEmbedder
from indexer.settings import PROJECT_ROOT, load_settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
HEADLINE = "Should I send my interviewer a LinkedIn request?"
THANK_YOU = "Should I send my interviewer a thank-you email after the interview?"
SCRIPT = "<script>window.__injected = 1</script>"
IMAGE = '<img src=x onerror="window.__injected=2">'
# The window a reader sees without scrolling on a laptop.
VIEWPORT = {"width": 1280, "height": 800}
# Building the index on first use loads the model and embeds the corpus: allow for a slow machine.
FIRST_LOAD_MS = 300_000
RUN_MS = 60_000
ANSWER = ".crossread-summary, .crossread-not-covered"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed at /usr/bin/chromium (`make browser-deps` installs it)",
    ),
]


@dataclass(frozen=True)
class Server:
    """A running `streamlit run app.py` and the corpus and index folders it serves."""

    url: str
    corpus: Path
    index: Path
    log: Path


def free_port() -> int:
    """A local port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_health(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until the server answers its health check, or fail with its log."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not answer within 120 s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`streamlit run app.py` on a free local port, over a corpus copy and an index it has yet to build."""
    folder = tmp_path_factory.mktemp("browser")
    corpus, index, log = folder / "corpus", folder / "index", folder / "streamlit.log"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    port = free_port()
    environment = {**os.environ, "CROSSREAD_CORPUS": str(corpus), "CROSSREAD_INDEX": str(index)}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(PROJECT_ROOT / "app.py"),
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.maxUploadSize",
        "20",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    with open(log, "wb") as output:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_health(url, process, log)
        yield Server(url=url, corpus=corpus, index=index, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, with nothing that reaches the network by itself."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser context for one test, closed with its tabs even when the test fails."""
    fresh = browser.new_context(viewport=VIEWPORT)
    yield fresh
    fresh.close()


def wait_until_idle(tab: Any, timeout: int = RUN_MS) -> None:
    """Wait until the app is connected to its server and its script has finished running."""
    tab.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout)
    tab.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state')"
        " === 'notRunning'",
        timeout=timeout,
    )


def open_page(context: Any, url: str, shows: str = ANSWER) -> Any:
    """A new tab at 1280 × 800 on `url`, once the app is idle and shows what `shows` selects."""
    tab = context.new_page()
    tab.goto(url)
    # Generous: the first visit to a fresh server loads the model and builds the index.
    tab.wait_for_selector(shows, timeout=FIRST_LOAD_MS)
    wait_until_idle(tab)
    return tab


def ask(tab: Any, question: str) -> None:
    """Type a question into the box and press Enter, then wait for the answer."""
    box = tab.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    tab.wait_for_function(
        "question => new URLSearchParams(location.search).get('q') === question", arg=question, timeout=RUN_MS
    )
    wait_until_idle(tab)
    tab.wait_for_selector(ANSWER, timeout=RUN_MS)


def save_screenshots(tab: Any, name: str) -> None:
    """The first screen as a reader sees it, and the whole page (Streamlit scrolls inside its own pane)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}-first-screen.png"))
    height = tab.evaluate(
        '() => Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stMainBlockContainer"], body\')].map(node => node.scrollHeight))'
    )
    tab.set_viewport_size({"width": VIEWPORT["width"], "height": max(int(height) + 80, VIEWPORT["height"])})
    tab.screenshot(path=str(ARTIFACTS / f"{name}-full.png"), full_page=True)
    tab.set_viewport_size(VIEWPORT)


def test_the_headline_question_shows_the_disagreement_and_the_sources_above_the_fold(
    server: Server, context: Any
) -> None:
    tab = open_page(context, server.url, shows="text=Type a question above")
    ask(tab, HEADLINE)
    banner = tab.locator(".crossread-banner")
    assert banner.count() == 1
    assert "The sources disagree" in banner.inner_text()
    columns = tab.locator(".crossread-column")
    assert columns.count() >= 4
    badges = tab.locator(".crossread-column .crossread-badge")
    words = {badges.nth(number).inner_text().strip() for number in range(badges.count())}
    assert words <= {"✔ Says yes", "✖ Says no", "◐ Yes, with conditions", "– No position"}
    assert {"✔ Says yes", "✖ Says no"} <= words
    save_screenshots(tab, "headline")
    # Without scrolling: the summary, the banner and every column's badge and evidence.
    fold = VIEWPORT["height"]
    for selector in (".crossread-summary", ".crossread-banner"):
        box = tab.locator(selector).bounding_box()
        assert box is not None and box["y"] + box["height"] <= fold, selector
    for number in range(min(columns.count(), 4)):
        column = columns.nth(number)
        for part in (".crossread-badge", "mark.crossread-evidence"):
            box = column.locator(part).first.bounding_box()
            assert box is not None and box["y"] < fold, (number, part)


def test_a_shared_link_asks_its_question(server: Server, context: Any) -> None:
    tab = open_page(context, f"{server.url}/?q={quote(HEADLINE)}")
    # The box takes its value from the link in the browser, which can land a frame after the answer does.
    tab.wait_for_function(
        "q => [...document.querySelectorAll('input')].some(box => box.value === q)", arg=HEADLINE, timeout=10_000
    )
    assert tab.get_by_label("Your question").input_value() == HEADLINE
    assert tab.locator(".crossread-banner").count() == 1
    link = tab.locator(".crossread-banner a.crossread-jump").first
    target = (link.get_attribute("href") or "").lstrip("#")
    link.click()
    # The link opens the whole article it points into and brings the evidence into view.
    tab.wait_for_function("id => document.getElementById(id)?.closest('details')?.open === true", arg=target)
    top = tab.evaluate("id => document.getElementById(id).getBoundingClientRect().top", target)
    assert 0 <= top < VIEWPORT["height"]


def test_an_article_with_a_script_tag_shows_it_as_text_and_runs_nothing(
    server: Server, context: Any, embedder: SentenceTransformerEmbedder
) -> None:
    from indexer.indexing import build_corpus_index

    (server.corpus / "hostile-thank-you.md").write_text(
        "---\n"
        f"title: 'Thank-you emails after an interview {IMAGE}'\n"
        "publisher: Injection Test Weekly\n"
        "---\n\n"
        "Should you send your interviewer a thank-you email after the interview? Yes. You should always send "
        f"your interviewer a thank-you email within a day of the interview. {SCRIPT} {IMAGE} "
        "A short thank-you email that thanks the interviewer for their time is enough.\n",
        encoding="utf-8",
    )
    # An add from elsewhere: a new generation, which the running page must pick up on the next question.
    build_corpus_index(load_settings(corpus=server.corpus, index=server.index), embedder=embedder)
    tab = open_page(context, f"{server.url}/?q={quote(THANK_YOU)}")
    assert tab.evaluate("() => typeof window.__injected") == "undefined"
    text = tab.evaluate("() => document.body.textContent")
    assert "Thank-you emails after an interview" in text
    assert IMAGE in text
    assert tab.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert (
        tab.evaluate("() => [...document.scripts].filter(script => script.textContent.includes('__injected')).length")
        == 0
    )
    # The article speaks to the question, so it has a column, and its body's tags show there as text.
    column = tab.locator('[data-doc="hostile-thank-you"]')
    assert column.count() == 1
    assert SCRIPT in column.locator(".crossread-passage").inner_text()
    save_screenshots(tab, "script-article")
    assert tab.evaluate("() => typeof window.__injected") == "undefined"
