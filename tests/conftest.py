import os

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from ._banks import TINY_ROWS, bank_of, write_class_folder  # noqa: E402
from ._browser import artifacts, browser  # noqa: E402, F401 - one Chromium for tests/browser and tests/hub
from ._lanes import add_lane_markers, load_hypothesis_profile  # noqa: E402

load_hypothesis_profile()  # before the test modules build their @settings


def pytest_collection_modifyitems(config, items):
    add_lane_markers(items)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def write_csv(tmp_path):
    """Write text (or bytes) to a CSV file in a temporary folder and return its path."""

    def write(content, name="bank.csv", encoding="utf-8"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return write


@pytest.fixture(autouse=True)
def _clicks_a_second_apart(monkeypatch):
    """Every Button.click() in a test is a separate click, a second after the last one
    (as a person clicks); tests of doubled clicks stop this clock themselves."""
    from otpt.widgets import clicks

    now = iter(range(10**9))
    monkeypatch.setattr(clicks, "clock", lambda: float(next(now)))


@pytest.fixture
def tiny_bank():
    """The six-row bank above, checked."""
    return bank_of(TINY_ROWS)


@pytest.fixture
def empty_bank():
    """A bank with every column and no activities."""
    return bank_of(TINY_ROWS).iloc[:0]


@pytest.fixture
def saved_class(tmp_path):
    """A class folder: ada, and bo who saved twice (merged: the later answers win)."""
    return write_class_folder(tmp_path)
