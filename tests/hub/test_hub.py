"""A class on a real JupyterHub (issue 16): three learners log in through the hub in
Chromium, open lesson 2 from their own home and answer through the quiz's widgets; one
restarts their kernel mid-round and carries on; the instructor, another Unix user, loads
the class folder as lesson 6 does and sees 3 learners, every answer and nothing skipped;
no learner can list or read another's file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ..browser.lab import ALL_RUN, cell_errors, menu, open_and_run_all
from . import localhub
from .conftest import INSTRUCTOR, LEARNERS
from .test_unix_users import LOAD, TRY

pytestmark = pytest.mark.hub

LESSON = "lessons/02_classify_activities.ipynb"


@pytest.fixture(scope="module")
def hub(hub_bin):
    folder = localhub.drop_box(localhub.HUB_HOME / "hub-class", INSTRUCTOR)
    for learner in LEARNERS:
        localhub.give_lessons(learner)
    hub = localhub.Hub(
        localhub.HUB_HOME / "hub-run",
        users=[*LEARNERS, INSTRUCTOR],
        admins=[INSTRUCTOR],
        bin_dir=hub_bin,
        class_folder=folder,
    )
    try:
        yield hub, folder
    finally:
        hub.stop()
        localhub.stop_user_processes(LEARNERS)


class UserServer:
    """What open_and_run_all needs of a server: the learner's URL under the hub (the hub's
    login cookie authenticates, so no token)."""

    def __init__(self, hub, user):
        self.url, self.token = f"{hub.url}/user/{user}", ""


def log_in(page, hub, user):
    page.goto(f"{hub.url}/hub/login")
    page.locator("input[name=username]").fill(user)
    page.locator("input[name=password]").fill(localhub.PASSWORD)
    page.locator("[type=submit]").click()
    page.wait_for_url(re.compile(rf".*/user/{user}/lab.*"), timeout=180_000)  # the hub spawned the server


def answer_cards(output, count, first):
    """Answer ``count`` cards of the quiz, from question ``first``, through its widgets."""
    for number in range(first, first + count):
        output.get_by_text(re.compile(rf"Question {number} of 20")).first.wait_for()
        output.get_by_role("radio", name="Both").check()
        output.get_by_role("button", name="Check").click()
        output.get_by_text("Your answers are saved after every Check").wait_for()
        output.get_by_role("button", name="Next").click()
        # The kernel takes one click at a time: the next card means the Check, and its save, are done.
        output.get_by_text(re.compile(rf"Question {number + 1} of 20")).first.wait_for()


def quiz_output(page):
    return (
        page.locator(".jp-CodeCell")
        .filter(has_text="quiz = otpt.ClassifyQuiz(n=20")
        .locator(".jp-OutputArea-output")
    )


def learner_visit(browser, hub, user, answers, *, restart_after=None, artifacts=None):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        log_in(page, hub, user)
        open_and_run_all(page, UserServer(hub, user), LESSON)
        assert cell_errors(page) == []
        first_part = restart_after or answers
        answer_cards(quiz_output(page), first_part, 1)
        if restart_after:
            menu(page, "Kernel", "Restart Kernel and Run All Cells\u2026")
            page.locator(".jp-Dialog .jp-mod-accept").click()
            page.wait_for_function(ALL_RUN, timeout=180_000)
            output = quiz_output(page)
            output.get_by_text("Welcome back").wait_for()  # the same session, picked up
            output.get_by_text(
                re.compile(rf"Question {restart_after + 1} of 20 . The usual lead: \d of {restart_after}")
            ).wait_for()
            if artifacts is not None:
                output.scroll_into_view_if_needed()
                page.screenshot(path=artifacts / "hub_quiz_after_restart.png")
            answer_cards(output, answers - restart_after, restart_after + 1)
        output = quiz_output(page)
        link = output.get_by_role("link", name="Download my answers")
        link.scroll_into_view_if_needed()
        if artifacts is not None:
            output.screenshot(path=artifacts / f"hub_quiz_{user}.png")
        with page.expect_download() as download:
            link.click()
        return json.loads(
            Path(download.value.path()).read_text(encoding="utf-8")
        ), download.value.suggested_filename
    finally:
        context.close()


def test_a_class_on_a_real_hub(hub, browser, hub_bin, artifacts):
    hub_, folder = hub
    plan = {LEARNERS[0]: (3, None), LEARNERS[1]: (4, None), LEARNERS[2]: (5, 3)}
    downloads = {}
    for user, (answers, restart_after) in plan.items():
        downloads[user] = learner_visit(
            browser, hub_, user, answers, restart_after=restart_after, artifacts=artifacts
        )
    loaded = json.loads(localhub.as_user(INSTRUCTOR, LOAD.format(folder=str(folder)), bin_dir=hub_bin))
    assert len(loaded["learners"]) == 3, loaded
    assert loaded["answers"] == sum(a for a, _ in plan.values()) and loaded["skipped"] == [], loaded
    assert loaded["summary"].startswith("Found 3 learners in 3 answer files"), loaded
    files = sorted(p for p in folder.iterdir())
    assert len(files) == 3  # one file per learner session, the restarted one included
    owners = {localhub.pwd.getpwuid(p.stat().st_uid).pw_name for p in files}
    assert owners == set(LEARNERS)
    for payload, filename in downloads.values():  # "Download my answers" gives the same file
        assert (folder / filename).exists()
        assert payload == json.loads((folder / filename).read_text(encoding="utf-8"))
    other = next(p for p in files if localhub.pwd.getpwuid(p.stat().st_uid).pw_name == LEARNERS[0])
    tried = json.loads(
        localhub.as_user(LEARNERS[1], TRY.format(folder=str(folder), other=str(other)), bin_dir=hub_bin)
    )
    assert tried == {"list": "refused", "read": "refused", "delete": "refused"}
