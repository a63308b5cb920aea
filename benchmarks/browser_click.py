"""Click -> feedback visible in Voila, measured in the browser (median of 20), next to the
floor: a bare ipywidgets Button that writes the same kind of text into an HTML widget.

Needs Debian's Chromium and Python Playwright; returns None without them.
"""

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import nbformat

from otpt.render.words import QUIZ_ANSWERS

FLOOR = """import ipywidgets as widgets
button = widgets.Button(description="Check")
out = widgets.HTML()
n = [0]
def click(_):
    n[0] += 1
    out.value = f"<div role='status'>Why: answer {n[0]}</div>"
button.on_click(click)
widgets.VBox([button, out])"""
QUIZ = "import otpt\notpt.ClassifyQuiz(n=25, seed=0)"

# Click, then wait (in the page) until new status text with "Why:" appears: one round trip
# to the kernel and back, as the learner sees it.
CLICK_AND_WAIT = """async ([root]) => {
  const box = document.querySelector(root);
  const text = () => [...box.querySelectorAll('[role=status]')].map(el => el.textContent).join('|');
  const before = text();
  const done = () => text() !== before && text().includes('Why:');
  const button = [...box.querySelectorAll('button')].find(b => b.textContent.trim() === 'Check');
  const t0 = performance.now();
  button.click();
  await new Promise(resolve => {
    if (done()) return resolve();
    const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(); } });
    obs.observe(box, {subtree: true, childList: true, characterData: true});
  });
  return performance.now() - t0;
}"""


def _notebook(path: Path, code: str) -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def measure(clicks: int = 20) -> dict | None:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _notebook(work / "floor.ipynb", FLOOR)
        _notebook(work / "quiz.ipynb", QUIZ)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = dict(os.environ, HOME=tmp, JUPYTER_RUNTIME_DIR=str(work / "runtime"))
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "voila",
                "--no-browser",
                f"--port={port}",
                "--Voila.ip=127.0.0.1",
                str(work),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    urllib.request.urlopen(base, timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)  # waiting for the server to answer
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=chromium,
                    args=[
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--no-first-run",
                    ],
                )
                page = browser.new_page()
                page.set_default_timeout(120_000)
                page.goto(f"{base}/voila/render/floor.ipynb")
                page.get_by_role("button", name="Check").wait_for()
                floor = [page.evaluate(CLICK_AND_WAIT, ["body"]) for _ in range(clicks)]
                page.goto(f"{base}/voila/render/quiz.ipynb")
                page.get_by_text("Question 1 of 25").wait_for()
                quiz = []
                for i in range(clicks):
                    answer = QUIZ_ANSWERS[("OT", "PT", "Both")[i % 3]]  # the label the quiz shows
                    page.get_by_role("radio", name=answer, exact=True).check()
                    quiz.append(page.evaluate(CLICK_AND_WAIT, ["body"]))
                    page.get_by_role("button", name="Next").click()
                    page.get_by_text(f"Question {i + 2} of 25").wait_for()
                browser.close()
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    return {"quiz_ms": statistics.median(quiz), "floor_ms": statistics.median(floor), "n": clicks}


if __name__ == "__main__":
    r = measure()
    if r is None:
        print("skipped: Chromium or Playwright is not installed")
    else:
        print(
            f"click -> feedback in Voila, median of {r['n']}: quiz {r['quiz_ms']:.0f} ms, "
            f"floor {r['floor_ms']:.0f} ms, {r['quiz_ms'] / r['floor_ms']:.2f}x"
        )
