"""Starting and stopping `make` servers in tests (shared by the make lab / present tests)."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, process, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"make lab exited with {process.returncode}")
        try:
            # Voila streams the page while a kernel runs the notebook, so a read may wait
            # for the kernel: the socket timeout is the time left, not a few seconds.
            remaining = max(1.0, deadline - time.monotonic())
            with urllib.request.urlopen(url, timeout=remaining) as response:
                return response.status, response.read()
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)  # polling a condition (server up), not a fixed wait
    raise AssertionError(f"{url} did not answer within {seconds} s")


def start_make(target: str, args: str, env: dict) -> subprocess.Popen:
    """Run `make TARGET ARGS=...` with the environment make created for this test run."""
    if not (Path(sys.prefix) / ".otpt-installed").exists():
        pytest.skip("run through `make test`: this test reuses the environment make created")
    return subprocess.Popen(
        ["make", "-s", target, f"VENV={sys.prefix}", f"ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so stop_group can stop make and the server it started
    )


def stop_group(process) -> None:
    """Stop a server started with start_new_session=True, with every child it started."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
