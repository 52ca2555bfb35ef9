"""Cold starts: `crossread ask` from process start to its answer, and the page's first render after `streamlit run`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from benchmarks.timing import median, peak_resident_bytes, settings_environment
from indexer.settings import PROJECT_ROOT, Settings

CROSSREAD = Path(sys.executable).parent / "crossread"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
QUESTION = "Should I send my interviewer a LinkedIn request?"
# A question that is not the first one, for a render that reuses the loaded model and index.
WARM_QUESTION = "Is it ok to add the hiring manager on LinkedIn after the interview?"
# What the page shows once it has something to read: the summary, a "not covered" note, or an error.
RENDERED = ".crossread-summary, .crossread-not-covered, [data-testid='stAlert']"
PAGE_TIMEOUT_SECONDS = 240


def run_measured(command: list[str], environment: dict[str, str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak resident bytes and exit status of one child process, and what it printed."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert process.stdout is not None
    output = process.stdout.read()
    # wait4 reports the resources of this one child, where getrusage(RUSAGE_CHILDREN) keeps the largest ever.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss * 1024, process.returncode, output.decode(errors="replace")


def measure_cold_ask(settings: Settings, repeats: int) -> dict[str, Any]:
    """`crossread ask QUESTION --index DIR` in a new process: start to answer, and its peak memory."""
    command = [str(CROSSREAD), "ask", QUESTION, "--index", str(settings.index)]
    environment = settings_environment(settings)
    seconds: list[float] = []
    peaks: list[int] = []
    for _ in range(repeats):
        duration, peak, status, output = run_measured(command, environment)
        if status != 0:
            raise RuntimeError(f"crossread ask exited with {status}:\n{output[-2000:]}")
        seconds.append(duration)
        peaks.append(peak)
    # The floor under it: starting Python and importing torch and sentence-transformers, nothing of crossread.
    import_command = [sys.executable, "-c", "import sentence_transformers"]
    import_seconds = [run_measured(import_command, environment)[0] for _ in range(repeats)]
    return {
        "repeats": repeats,
        "question": QUESTION,
        "seconds": median(seconds),
        "peak_resident_bytes": int(median(peaks)),
        "import_sentence_transformers_seconds": median(import_seconds),
    }


def free_port() -> int:
    """A local port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_health(url: str, process: subprocess.Popen[bytes], deadline: float) -> None:
    """Wait until the server answers its health check; an error with its exit status if it dies first."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"streamlit did not answer within {PAGE_TIMEOUT_SECONDS} s")


def render(browser: Any, url: str, deadline: float) -> Any:
    """Open the page and wait until its script has finished and it shows something to read."""
    timeout = max(1.0, deadline - time.monotonic()) * 1000
    tab = browser.new_page(viewport={"width": 1280, "height": 800})
    tab.goto(url, timeout=timeout)
    tab.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout)
    tab.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state')"
        " === 'notRunning'",
        timeout=timeout,
    )
    tab.wait_for_selector(RENDERED, timeout=timeout)
    return tab


def measure_page(settings: Settings, folder: Path, repeats: int) -> dict[str, Any]:
    """Server start to health check and to the first rendered answer, then a second question on the warm server."""
    if not CHROMIUM.exists():
        return {"skipped": f"no Chromium at {CHROMIUM} (`make browser-deps` installs it)"}
    if not (PROJECT_ROOT / "app.py").exists():
        return {"skipped": "there is no app.py yet"}
    from playwright.sync_api import sync_playwright

    runs: list[dict[str, float]] = []
    with sync_playwright() as playwright:
        # The browser starts before the server: its own start-up is not the page's.
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for number in range(repeats):
                runs.append(measure_one_server(browser, settings, folder / f"streamlit-{number}.log"))
        finally:
            browser.close()
    return {"repeats": repeats, "question": QUESTION} | {name: median([run[name] for run in runs]) for name in runs[0]}


def measure_one_server(browser: Any, settings: Settings, log: Path) -> dict[str, float]:
    """One `streamlit run app.py` from its start: health, first answer rendered, a second answer, peak memory."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    environment = settings_environment(settings)
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
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    with open(log, "wb") as output:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = started + PAGE_TIMEOUT_SECONDS
        wait_for_health(url, process, deadline)
        healthy = time.monotonic() - started
        first = render(browser, f"{url}/?q={quote(QUESTION)}", deadline)
        first_render = time.monotonic() - started
        columns = first.locator(".crossread-column").count()
        first.close()
        warm_started = time.monotonic()
        render(browser, f"{url}/?q={quote(WARM_QUESTION)}", time.monotonic() + PAGE_TIMEOUT_SECONDS).close()
        warm_render = time.monotonic() - warm_started
        peak = peak_resident_bytes(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return {
        "server_ready_seconds": healthy,
        "first_render_seconds": first_render,
        "first_render_after_ready_seconds": first_render - healthy,
        "warm_render_seconds": warm_render,
        "server_peak_resident_bytes": peak,
        "source_columns_shown": columns,
    }
