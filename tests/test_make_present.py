"""`make present` serves the booth app with Voila on 127.0.0.1, kernels preheated."""

import os

import pytest

from ._servers import free_port, start_make, stop_group, wait_for

pytestmark = pytest.mark.server


def test_make_present_serves_the_booth(tmp_path):
    port = free_port()
    env = dict(
        os.environ,
        HOME=str(tmp_path),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        OTPT_BOOTH_TALLY=str(tmp_path / "tally.jsonl"),
    )
    env.pop("MPLBACKEND", None)
    process = start_make("present", f"--no-browser --port={port} --Voila.ip=127.0.0.1", env)
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/", process)
        page = body.decode("utf-8")
        assert status == 200
        assert "application/vnd.jupyter.widget-view+json" in page  # the booth widget, made by a kernel
        assert "otpt.Booth(" not in page  # code hidden
    finally:
        stop_group(process)
