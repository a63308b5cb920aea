"""`make lab ARGS=--no-browser` serves JupyterLab with the lessons (checked over HTTP)."""

import json
import os

import pytest

from ._servers import free_port, start_make, stop_group, wait_for

pytestmark = pytest.mark.server


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
