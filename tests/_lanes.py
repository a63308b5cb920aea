"""Which lane a test runs in, decided here rather than in each file, so no file can forget.

- `make check` (the edit loop, under a minute) runs ``-m "not slow"``;
- `make test` and CI run everything, each kind in its own stage.

A test is marked by where it lives and by what it uses:
- tests/browser: ``browser``, ``server`` and ``slow``; tests/hub: ``hub``, ``server`` and ``slow``;
- any test that asks (directly or through another fixture) for a fixture in
  `FIXTURE_MARKS` gets that fixture's markers, wherever it lives;
- a test marked ``server``, ``browser`` or ``hub`` by hand is ``slow`` too.

Hypothesis reads its profile from HYPOTHESIS_PROFILE: ``dev`` (the default: 30 examples a
test, its example database in .hypothesis/, which git ignores) or ``ci`` (300 examples,
derandomized, no database: a fixed, bounded run that writes nothing).
"""

from __future__ import annotations

import os

FOLDER_MARKS = {
    "browser": ("browser", "server", "slow"),
    "hub": ("hub", "server", "slow"),
}
FIXTURE_MARKS = {
    "browser": ("browser", "slow"),  # Chromium through Playwright (tests/_browser.py)
    "page": ("browser", "slow"),
    "hub_bin": ("hub", "slow"),  # Unix users and a JupyterHub environment (tests/hub)
}
SLOW_WITH = {"server", "browser", "hub"}


def lane_markers(parts: tuple[str, ...], fixtures, own: set[str]) -> set[str]:
    """The markers a test gets from its path's ``parts`` below tests/, the ``fixtures`` it
    uses and the markers it has ``own``.

    >>> sorted(lane_markers(("browser", "test_lab.py"), [], set()))
    ['browser', 'server', 'slow']
    >>> sorted(lane_markers(("io", "test_bank.py"), ["tmp_path", "page"], set()))
    ['browser', 'slow']
    >>> sorted(lane_markers(("test_make_lab.py",), [], {"server"}))
    ['slow']
    >>> lane_markers(("io", "test_bank.py"), ["tmp_path"], set())
    set()
    """
    marks: set[str] = set()
    for folder in parts[:-1]:
        marks.update(FOLDER_MARKS.get(folder, ()))
    for name in fixtures:
        marks.update(FIXTURE_MARKS.get(name, ()))
    if (marks | own) & SLOW_WITH:
        marks.add("slow")
    return marks - own


def add_lane_markers(items) -> None:
    """Mark each collected test for its lane (see the module's docstring)."""
    for item in items:
        try:
            parts = item.path.relative_to(item.config.rootpath / "tests").parts
        except ValueError:  # the docstring examples in otpt/ and the notebooks
            parts = ()
        own = {mark.name for mark in item.iter_markers()}
        for name in sorted(lane_markers(parts, getattr(item, "fixturenames", ()), own)):
            item.add_marker(name)


def load_hypothesis_profile() -> None:
    """Register the ``dev`` and ``ci`` profiles and load the one HYPOTHESIS_PROFILE names."""
    try:
        from hypothesis import HealthCheck, settings
    except ImportError:  # only tests/io/test_any_bytes.py needs it
        return
    common = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
    settings.register_profile("dev", max_examples=30, **common)
    settings.register_profile("ci", max_examples=300, derandomize=True, database=None, **common)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


__all__ = ["FIXTURE_MARKS", "FOLDER_MARKS", "add_lane_markers", "lane_markers", "load_hypothesis_profile"]
