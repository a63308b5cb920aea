"""Every test and docstring example saves into its own temporary folders: a quiz's
answers (OTPT_CLASS_FOLDER), its note of sessions (OTPT_STATE_DIR) and the booth's tally
(OTPT_BOOTH_TALLY) never land in the repository or the developer's home, and no run picks
up another run's session."""

import importlib.util
import os
import tempfile

import pytest

#: Modules that need an optional extra to import at all (their docstring examples with them):
#: the booth's kernel manager needs jupyter_server (the `lab` extra, otpt present).
collect_ignore = [] if importlib.util.find_spec("jupyter_server") else ["otpt/booth_kernels.py"]


def pytest_configure(config):
    """The notebooks' kernels (nbval) inherit these from the test run."""
    os.environ["OTPT_CLASS_FOLDER"] = tempfile.mkdtemp(prefix="otpt-class-")
    os.environ["OTPT_STATE_DIR"] = tempfile.mkdtemp(prefix="otpt-state-")
    os.environ["OTPT_BOOTH_TALLY"] = os.path.join(tempfile.mkdtemp(prefix="otpt-booth-"), "tally.jsonl")


@pytest.fixture(autouse=True)
def _own_class_and_state_folders(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("OTPT_CLASS_FOLDER", str(tmp_path_factory.mktemp("class")))
    monkeypatch.setenv("OTPT_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("OTPT_BOOTH_TALLY", str(tmp_path_factory.mktemp("booth") / "tally.jsonl"))
    monkeypatch.delenv("OTPT_KIOSK", raising=False)
