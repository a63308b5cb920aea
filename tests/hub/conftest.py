"""Fixtures for the class tests with real Unix users and a real JupyterHub.

They need root (to create users and spawn their servers) and npm; without them they skip
with the reason, and with OTPT_REQUIRE_HUB=1 (set by .ci/run) that is a failure instead.
"""

from __future__ import annotations

import os

import pytest

from . import localhub

LEARNERS = ["otpt-learner1", "otpt-learner2", "otpt-learner3"]
INSTRUCTOR = "otpt-teacher"


@pytest.fixture(scope="session")
def hub_bin():
    reason = localhub.why_not()
    if reason:
        if os.environ.get("OTPT_REQUIRE_HUB") == "1":
            pytest.fail(f"the hub tests are required here (OTPT_REQUIRE_HUB=1) but {reason}")
        pytest.skip(reason)
    bin_dir = localhub.ensure_environment()
    for learner in LEARNERS:
        localhub.ensure_user(learner)
    localhub.ensure_user(INSTRUCTOR, groups=(localhub.INSTRUCTORS,))
    yield bin_dir
    localhub.stop_user_processes([*LEARNERS, INSTRUCTOR])


@pytest.fixture
def class_folder(hub_bin):
    """A fresh drop-box class folder owned by the instructor."""
    return localhub.drop_box(localhub.HUB_HOME / "class", INSTRUCTOR)
