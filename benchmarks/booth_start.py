"""How soon a walk-up visitor can start: the time from opening the booth page until its
Start button works (pressed, and the first card shown), next to the floor - a bare
one-button notebook served the same way (Voila as `otpt present` runs it: code hidden, two
preheated kernels).

Measured one visitor at a time (the next arrives after the pool has refilled) and with 10
visitors opening the page at once. Needs Debian's Chromium and Python Playwright.

Run: .venv/bin/python benchmarks/booth_start.py   (about 2 minutes)
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from otpt.launch import booth_voila_options, present_env  # noqa: E402
from tests._browser import CHROMIUM_FLAGS  # noqa: E402

BARE = """import ipywidgets as widgets
start = widgets.Button(description="Start")
shown = widgets.HTML()
start.on_click(lambda _: setattr(shown, "value", "Card 1 of 5"))
widgets.VBox([start, shown])"""


def serve(notebook: Path, port: int, env: dict) -> subprocess.Popen:
    args = [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        *booth_voila_options(pool=2),  # as `otpt present` serves the booth
    ]
    process = subprocess.Popen(
        args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            break
        except OSError:
            time.sleep(0.5)  # polling for the server
    time.sleep(8)  # both pooled kernels preheated before the first visitor
    return process


CROWD = 10
PATIENCE = 180  # seconds a visitor waits for a working Start before walking away


async def _start_works(page, url: str) -> None:
    await page.goto(url)
    await page.get_by_role("button", name="Start").click()
    await page.get_by_text("Card 1 of 5").first.wait_for()


async def visit(browser, url: str) -> float:
    """Seconds from opening the page until Start has shown the first card (infinity for
    a visitor who gave up: `PATIENCE` seconds in all, whatever the page or the browser did)."""
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(PATIENCE * 1000)
    page = await context.new_page()
    started = time.perf_counter()
    try:
        await asyncio.wait_for(_start_works(page, url), PATIENCE)
        return time.perf_counter() - started
    except Exception:  # a timeout, or the page failing: a visitor not served
        return float("inf")
    finally:
        with contextlib.suppress(Exception):  # a tab that will not close must not stop the measure
            await asyncio.wait_for(context.close(), 30)


async def measure_async() -> dict:
    from playwright.async_api import async_playwright

    workdir = Path(tempfile.mkdtemp())
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BARE)])
    nbformat.write(nb, workdir / "bare.ipynb")
    # as `otpt present` runs it: kiosk mode and otpt's Voila template on Jupyter's path
    env = dict(present_env(), OTPT_BOOTH_TALLY=str(workdir / "tally.jsonl"), HOME=str(workdir))
    env.pop("MPLBACKEND", None)
    results = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        for name, notebook, port in (
            ("booth", ROOT / "notebooks" / "booth" / "booth.ipynb", 8871),
            ("bare", workdir / "bare.ipynb", 8872),
        ):
            server = serve(notebook, port, env)
            try:
                url = f"http://127.0.0.1:{port}/"
                one = []
                for _ in range(5):
                    one.append(await visit(browser, url))
                    await asyncio.sleep(8)  # the next visitor walks up; the pool refills
                crowd = await asyncio.gather(*(visit(browser, url) for _ in range(CROWD)))
                results[name] = {
                    "one": statistics.median(one),
                    "crowd_median": statistics.median(crowd),
                    "crowd_max": max(crowd),
                    "served": sum(t < float("inf") for t in crowd),
                }
            finally:
                os.killpg(server.pid, 15)
                server.wait()
        await browser.close()
    return {**results, "crowd": CROWD}


def can_run() -> bool:
    """Chromium and Python Playwright are here."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return shutil.which("chromium") is not None


def measure() -> dict | None:
    """Seconds until Start works, booth and floor; None without Chromium or Playwright."""
    return asyncio.run(measure_async()) if can_run() else None


def main():
    result = measure()
    if result is None:
        sys.exit("needs Chromium and Python Playwright")
    booth, bare = result["booth"], result["bare"]
    print("seconds from opening the page until Start has shown the first card (Voila, 2 preheated kernels)")
    print(f"{'':28}{'booth':>8}{'bare':>8}{'ratio':>8}")
    for label, key in (
        ("one visitor (median of 5)", "one"),
        ("10 at once: median", "crowd_median"),
        ("10 at once: slowest", "crowd_max"),
    ):
        print(f"{label:28}{booth[key]:>8.2f}{bare[key]:>8.2f}{booth[key] / bare[key]:>8.2f}")


if __name__ == "__main__":
    main()
