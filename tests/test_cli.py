"""The ``otpt`` command: every subcommand's --help, ``otpt lessons`` that never overwrites a
learner's edits, and ``otpt lab`` / ``otpt present`` answering over HTTP from a folder whose
name has a space and an accent, started from another working folder."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from otpt.cli import build_parser, main
from otpt.io.lessons import MANIFEST, lesson_files
from otpt.io.resources import lessons_path
from otpt.launch import lab_command, missing_server, present_command

from ._servers import free_port, stop_group, wait_for

OTPT = Path(sys.executable).parent / "otpt"  # the console script pip made
SUBCOMMANDS = ["lessons", "lab", "present", "check", "labels"]


def test_the_console_script_and_python_m_are_one_command():
    for command in ([str(OTPT)], [sys.executable, "-m", "otpt"]):
        done = subprocess.run([*command, "--help"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert all(name in done.stdout for name in SUBCOMMANDS)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_has_help(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: otpt {name}")
    sub = build_parser()._subparsers._group_actions[0].choices[name]
    assert sub.description and sub.description.split()[0] in out


def test_unknown_options_are_refused_where_nothing_passes_them_on(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["lessons", "somewhere", "--port=1"])
    assert exit_.value.code == 2
    assert "unrecognized arguments: --port=1" in capsys.readouterr().err


def test_lessons_copies_every_lesson_and_keeps_a_learners_edits(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "Lecciones de José"
    monkeypatch.chdir(tmp_path)  # no particular working folder: the path is given
    assert main(["lessons", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"The lessons are in {folder}" in out and f"copied: {len(lesson_files())} notebooks" in out
    for name in lesson_files():
        assert (folder / name).read_bytes() == (lessons_path() / name).read_bytes()

    assert main(["lessons", str(folder)]) == 0
    assert f"already up to date: {len(lesson_files())}" in capsys.readouterr().out

    mine = folder / "02_classify_activities.ipynb"
    edited = json.loads(mine.read_text(encoding="utf-8"))
    edited["cells"][0]["source"] = ["My own notes"]
    mine.write_text(json.dumps(edited), encoding="utf-8")
    booth = folder / "booth" / "booth.ipynb"
    booth.write_text("not even JSON", encoding="utf-8")
    assert main(["lessons", str(folder)]) == 0
    out = capsys.readouterr().out
    assert (
        "kept your edited 02_classify_activities.ipynb; the fresh copy is 02_classify_activities (new).ipynb"
        in out
    )
    assert "kept your edited booth/booth.ipynb; the fresh copy is booth/booth (new).ipynb" in out
    assert json.loads(mine.read_text(encoding="utf-8"))["cells"][0]["source"] == ["My own notes"]
    assert booth.read_text(encoding="utf-8") == "not even JSON"
    fresh = folder / "02_classify_activities (new).ipynb"
    assert fresh.read_bytes() == (lessons_path() / "02_classify_activities.ipynb").read_bytes()

    fresh.write_text("edited the fresh copy too", encoding="utf-8")
    assert main(["lessons", str(folder)]) == 0
    assert "the fresh copy is 02_classify_activities (new 2).ipynb" in capsys.readouterr().out
    assert fresh.read_text(encoding="utf-8") == "edited the fresh copy too"
    assert (folder / MANIFEST).is_file()


def test_a_lesson_otpt_wrote_and_nobody_changed_is_brought_up_to_date(tmp_path, capsys):
    assert main(["lessons", str(tmp_path)]) == 0
    lesson = tmp_path / "01_what_are_ot_and_pt.ipynb"
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    lesson.write_text("an older release's lesson", encoding="utf-8")  # as if otpt had written it
    import hashlib

    manifest[lesson.name].append(hashlib.sha256(b"an older release's lesson").hexdigest())
    (tmp_path / MANIFEST).write_text(json.dumps(manifest))
    capsys.readouterr()
    assert main(["lessons", str(tmp_path)]) == 0
    assert "copied: 1 notebook\n" in capsys.readouterr().out + "\n"
    assert lesson.read_bytes() == (lessons_path() / lesson.name).read_bytes()


def test_the_servers_command_lines():
    folder = "Lecciones de José"
    lab = lab_command(folder, ["--ServerApp.port=9"], browser=False)
    assert lab[:3] == [sys.executable, "-m", "jupyterlab"]
    assert lab[3] == f"--ServerApp.root_dir={Path(folder).resolve()}"
    assert lab[-2:] == ["--no-browser", "--ServerApp.port=9"]
    booth = present_command(pool=3)
    assert booth[3] == str(lessons_path() / "booth" / "booth.ipynb")
    assert {
        "--strip_sources=True",
        "--preheat_kernel=True",
        "--pool_size=3",
        "--MappingKernelManager.cull_idle_timeout=600",
    } <= set(booth)
    assert "--no-browser" not in booth


def test_a_missing_server_says_what_to_install(monkeypatch, capsys):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "voila" else real(name, *a)
    )
    assert main(["present"]) == 1
    assert "voila is not installed in this Python" in capsys.readouterr().out
    assert 'python -m pip install "./otpt[lab]"' in missing_server("voila")
    # where JupyterLab is installed (not in the minimum-versions run, which has no lab extra)
    assert (missing_server("jupyterlab") is None) == (real("jupyterlab") is not None)


def test_otpt_present_warns_its_keeper_of_an_open_house_on_the_wrong_weekday(tmp_path, monkeypatch, capsys):
    config = tmp_path / "event.json"
    monkeypatch.setenv("OTPT_BOOTH_CONFIG", str(config))
    served = []
    monkeypatch.setattr("otpt.launch._serve", lambda cmd, env=None: served.append(cmd) or 0)
    monkeypatch.setattr("otpt.launch.missing_server", lambda module: None)
    for text, warned in (
        ("Open house: sábado 14 de marzo de 2027", True),
        ("Open house: Sat 13 March 2027", False),
    ):
        config.write_text(json.dumps({"open_house": text}), encoding="utf-8")
        assert main(["present", "--no-browser"]) == 0
        err = capsys.readouterr().err
        assert ("14 March 2027 is a Sunday" in err) is warned
    assert len(served) == 2  # the booth is served either way


def _jupyter_env(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), OTPT_BOOTH_TALLY=str(tmp_path / "tally.jsonl"))
    for name in ("CONFIG", "DATA", "RUNTIME"):
        env[f"JUPYTER_{name}_DIR"] = str(tmp_path / name.lower())
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "workspaces")
    env.pop("MPLBACKEND", None)
    return env


@pytest.mark.server
def test_otpt_lab_serves_the_copied_lessons_from_a_folder_with_a_space_and_an_accent(tmp_path):
    folder, port, token = tmp_path / "Lecciones de José", free_port(), "otpt-test-token"
    process = subprocess.Popen(
        [
            str(OTPT),
            "lab",
            str(folder),
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
        ],
        cwd=tmp_path,
        env=_jupyter_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/api/contents?token={token}", process)
        assert status == 200
        assert {"01_what_are_ot_and_pt.ipynb", "booth"} <= {
            item["name"] for item in json.loads(body)["content"]
        }
    finally:
        stop_group(process)


@pytest.mark.server
def test_otpt_present_serves_the_booth(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [str(OTPT), "present", "--pool=1", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
        cwd=tmp_path,
        env=_jupyter_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/", process)
        assert status == 200
        page = body.decode("utf-8")
        assert "application/vnd.jupyter.widget-view+json" in page and "otpt.Booth(" not in page
    finally:
        stop_group(process)


@pytest.mark.server
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_stopping_the_otpt_process_stops_its_server(tmp_path, signame):
    # the newcomer's booth stop script sent SIGTERM to `otpt present` alone: Voila kept serving
    import signal
    import time

    pid_file = tmp_path / "child.pid"
    server = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    code = f"import sys; from otpt.launch import _serve; sys.exit(_serve([sys.executable, '-c', {server!r}]))"
    parent = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(200):
        if pid_file.exists() and pid_file.read_text():
            break
        time.sleep(0.05)  # polling for the child to start, not a timing assertion
    child = int(pid_file.read_text())
    parent.send_signal(getattr(signal, signame))
    parent.wait(timeout=30)
    for _ in range(200):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        raise AssertionError(f"the server (pid {child}) was left running after {signame}")


@pytest.mark.server
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("command", ["present", "lab"])
@pytest.mark.parametrize("how", ["Ctrl+C", "SIGTERM"])
def test_a_stopped_server_exits_0_with_no_traceback(tmp_path, command, how):
    # Stopping the booth printed a ZMQError traceback from each kernel waiting for a visitor
    # (otpt.booth_kernels). Ctrl+C reaches the whole foreground group; a service manager's
    # SIGTERM reaches the otpt process alone.
    import signal

    port, token = free_port(), "otpt-test-token"
    if command == "present":
        args, url = ["present", "--pool=1", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"], "/"
    else:
        args = [
            "lab",
            str(tmp_path / "Lecciones de José"),
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
        ]
        url = f"/api/status?token={token}"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        process = subprocess.Popen(
            [str(OTPT), *args],
            cwd=tmp_path,
            env=_jupyter_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}{url}", process)  # the booth: a visitor's page, kernels busy
        if how == "Ctrl+C":
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            stop_group(process)
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert process.returncode == 0, stderr[-3000:]
    assert "Traceback" not in stderr and "Error" not in stderr, stderr[-3000:]


def test_otpt_lessons_in_spanish(tmp_path):
    # a pip user reaches the Spanish lessons too (the newcomer found none in the wheel)
    assert main(["lessons", "--lang", "es", str(tmp_path / "Lecciones de José")]) == 0
    copied = sorted(
        p.relative_to(tmp_path / "Lecciones de José").as_posix()
        for p in (tmp_path / "Lecciones de José").rglob("*.ipynb")
    )
    assert copied == lesson_files(lessons_path() / "es") and "booth/booth.ipynb" in copied
    first = json.loads(
        (tmp_path / "Lecciones de José" / "01_what_are_ot_and_pt.ipynb").read_text(encoding="utf-8")
    )
    assert any('set_language("es")' in "".join(c["source"]) for c in first["cells"])
