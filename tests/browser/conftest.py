"""Fixtures for tests in a real browser: JupyterLab and Voila servers on 127.0.0.1 with a
temporary token and home; the page of Debian's Chromium (the browser itself and the
artifacts folder are tests/_browser.py's, shared with tests/hub).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture
def offline_page(browser):
    """Opens pages that reach only what they may, as at an event with no internet:
    ``offline_page(*allowed, viewport=, timeout=)`` gives (page, requests to anything else,
    console errors and failed requests); a request whose address starts with none of the
    ``allowed`` prefixes is aborted and listed. Their contexts close after the test."""
    contexts = []

    def open_page(*allowed: str, viewport: dict, timeout: int):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        outside, errors = [], []

        def route(route):
            url = route.request.url
            if url.startswith(allowed):
                route.continue_()
            else:
                outside.append(url)
                route.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.set_default_timeout(timeout)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
        return page, outside, errors

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def local_only(offline_page):
    """A page whose requests reach 127.0.0.1 only (`offline_page`): a server's page at an
    event with no internet."""
    allowed = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:")
    return offline_page(*allowed, viewport={"width": 1280, "height": 800}, timeout=90_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A Jupyter server process in its own session, stopped with its whole group."""

    def __init__(self, args, url, token, workdir, extra_env=None):
        self.url, self.token, self.workdir = url, token, workdir
        log = open(workdir / "server.log", "ab")  # noqa: SIM115 - closed in stop()
        self._log = log
        env = {**_isolated_env(workdir), **(extra_env or {})}
        self.process = subprocess.Popen(
            args, cwd=workdir / "notebooks", env=env, stdout=log, stderr=log, start_new_session=True
        )

    def wait_ready(self, path: str, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {(self.workdir / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}{path}", timeout=5):
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)  # polling for the server to answer
        raise TimeoutError(f"{self.url}{path} did not answer in {seconds} s")

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._log.close()


def _isolated_env(workdir: Path) -> dict:
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)  # the lessons choose their own (inline) backend
    for name in ("CONFIG", "DATA", "RUNTIME"):
        env[f"JUPYTER_{name}_DIR"] = str(workdir / f"jupyter-{name.lower()}")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(workdir / "lab-settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(workdir / "lab-workspaces")
    env["HOME"] = str(workdir / "home")
    env["IPYTHONDIR"] = str(workdir / "ipython")
    # No "get notified about Jupyter news?" toast in screenshots.
    settings = workdir / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    # Every cell stays in the page (no virtual scrolling), so tests can find any output; no
    # empty space after the last cell, so a full-page picture (lab.full_page) ends with the lesson.
    tracker = workdir / "lab-settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True, exist_ok=True)
    (tracker / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none", "scrollPastEnd": False})
    )
    return env


def _workdir(tmp_path_factory, name) -> Path:
    """A temporary copy of the lessons, so runs never write into the repository."""
    workdir = tmp_path_factory.mktemp(name)
    shutil.copytree(
        ROOT / "notebooks", workdir / "notebooks", ignore=shutil.ignore_patterns("answers", ".ipynb*")
    )
    (workdir / "home").mkdir()
    return workdir


def _jupyter_server(tmp_path_factory, module: str, theme: str | None = None):
    """A Jupyter front end (``jupyterlab`` or ``notebook``) on the lessons' copy, with a token,
    in its default theme or in ``theme`` ("JupyterLab Dark"), as a learner's setting would."""
    workdir = _workdir(tmp_path_factory, module if theme is None else f"{module}-dark")
    port, token = free_port(), "otpt-browser-test"
    args = [
        sys.executable,
        "-m",
        module,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={workdir / 'notebooks'}",
        "--allow-root",
    ]
    if theme is not None:
        themes = workdir / "lab-settings" / "@jupyterlab" / "apputils-extension"
        themes.mkdir(parents=True)
        (themes / "themes.jupyterlab-settings").write_text(json.dumps({"theme": theme}))
    server = Server(args, f"http://127.0.0.1:{port}", token, workdir)
    try:
        server.wait_ready(f"/api/status?token={token}")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    yield from _jupyter_server(tmp_path_factory, "jupyterlab")


@pytest.fixture(scope="session")
def lab_dark_server(tmp_path_factory):
    """JupyterLab with the learner's theme set to JupyterLab Dark."""
    yield from _jupyter_server(tmp_path_factory, "jupyterlab", theme="JupyterLab Dark")


@pytest.fixture(scope="session")
def notebook_server(tmp_path_factory):
    """Jupyter Notebook 7, the classic-looking front end many courses still open."""
    pytest.importorskip("notebook", reason="Notebook 7 is not installed (pip install -e '.[lab]')")
    yield from _jupyter_server(tmp_path_factory, "notebook")


def _voila(tmp_path_factory, *extra: str):
    pytest.importorskip("voila", reason="Voila is not installed (pip install -e '.[test]')")
    workdir = _workdir(tmp_path_factory, "voila" + "".join(extra).replace("--theme=", "-"))
    port = free_port()
    args = [
        sys.executable,
        "-m",
        "voila",
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--show_tracebacks=True",
        *extra,
        str(workdir / "notebooks"),
    ]
    server = Server(args, f"http://127.0.0.1:{port}", "", workdir)
    try:
        server.wait_ready("/")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory):
    yield from _voila(tmp_path_factory)


@pytest.fixture(scope="session")
def voila_dark_server(tmp_path_factory):
    """Voila as ``voila --theme=dark`` serves it."""
    yield from _voila(tmp_path_factory, "--theme=dark")


class BoothServer:
    """The booth as `otpt present` serves it (its command line and environment), with a
    tally of its own; restartable (same tally)."""

    def __init__(self, workdir):
        self.workdir, self.tally = workdir, workdir / "tally.jsonl"
        self.server = None

    def start(self):
        from otpt.launch import present_command, present_env

        port = free_port()
        args = present_command([f"--port={port}", "--Voila.ip=127.0.0.1"], pool=2, browser=False)
        env = {**present_env({}), "OTPT_BOOTH_TALLY": str(self.tally)}
        self.server = Server(args, f"http://127.0.0.1:{port}", "", self.workdir, extra_env=env)
        self.server.wait_ready("/")
        return self

    @property
    def url(self):
        return self.server.url

    def stop(self):
        self.server.stop()


@pytest.fixture(scope="module")
def booth_server(tmp_path_factory):
    pytest.importorskip("voila", reason="Voila is not installed (pip install -e '.[test]')")
    workdir = tmp_path_factory.mktemp("booth")
    (workdir / "notebooks").mkdir()  # the server's working folder
    (workdir / "home").mkdir()
    server = BoothServer(workdir).start()
    try:
        yield server
    finally:
        server.stop()
