"""`make lab ARGS=--no-browser` serves JupyterLab with the lessons (checked over HTTP)."""

import json
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
pytestmark = pytest.mark.server


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
            with urllib.request.urlopen(url, timeout=5) as response:
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


def test_make_lab_serves_the_notebooks(tmp_path):
    port, token = free_port(), "otpt-test-token"
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "RUNTIME"):
        env[f"JUPYTER_{name}_DIR"] = str(tmp_path / name.lower())
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "workspaces")
    env["HOME"] = str(tmp_path)
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} --IdentityProvider.token={token}"
    process = start_make("lab", args, env)
    try:
        base = f"http://127.0.0.1:{port}"
        status, body = wait_for(f"{base}/api/contents?token={token}", process)
        assert status == 200
        names = {item["name"] for item in json.loads(body)["content"]}
        assert "01_what_are_ot_and_pt.ipynb" in names
        status, page = wait_for(f"{base}/lab?token={token}", process)
        assert status == 200 and b"JupyterLab" in page
    finally:
        stop_group(process)
