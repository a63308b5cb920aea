"""`make present` serves the classify lesson as a Voila app on 127.0.0.1."""

import os

import pytest

from ._servers import free_port, start_make, stop_group, wait_for

pytestmark = pytest.mark.server


def test_make_present_serves_the_quiz_app(tmp_path):
    port = free_port()
    env = dict(os.environ, HOME=str(tmp_path), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    env.pop("MPLBACKEND", None)
    process = start_make("present", f"--no-browser --port={port} --Voila.ip=127.0.0.1", env)
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/", process)
        page = body.decode("utf-8")
        assert status == 200
        assert "Question 1 of 3" in page  # the warm-up quiz, rendered by a kernel
        assert "warmup = otpt.ClassifyQuiz" not in page  # code hidden
    finally:
        stop_group(process)
