"""Every file otpt writes is written whole, with the permissions any new file gets."""

import os
import stat

import pytest

from otpt.io import files


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_written_file_gets_the_mode_the_umask_gives_any_new_file(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        path = files.write_atomic(tmp_path / "sub" / "a.json", "{}")
        plain = tmp_path / "plain.txt"
        plain.write_text("x")  # what any other program would create here
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode == stat.S_IMODE(plain.stat().st_mode)
    assert path.read_text() == "{}"


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path, monkeypatch):
    path = files.write_atomic(tmp_path / "a.txt", "old")

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(OSError, match="No space left"):
        files.write_atomic(path, "new")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["a.txt"]


def test_only_a_durable_write_waits_for_the_disk(tmp_path, monkeypatch):
    flushed = []
    monkeypatch.setattr(files.os, "fsync", flushed.append)
    files.write_atomic(tmp_path / "answers.json", "{}")
    assert len(flushed) == 1
    again = files.write_atomic(tmp_path / "demo.json", "[1]", durable=False)
    assert len(flushed) == 1  # not flushed, and still written whole, with nothing left behind
    assert again.read_text() == "[1]" and sorted(os.listdir(tmp_path)) == ["answers.json", "demo.json"]
