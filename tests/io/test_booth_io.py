"""The booth's files: plain texts, event settings, and a tally that survives a power cut."""

import json
import os
import subprocess
import sys
import threading

import pytest

import otpt
from otpt.io import tally, voila_request
from otpt.io.booth_settings import booth_settings

from .._servers import free_port


def test_every_booth_text_is_for_an_activity_of_the_bank():
    texts = otpt.load_booth_texts()
    bank = otpt.load_activities().set_index("id")
    assert set(texts) <= set(bank.index) and len(texts) >= 15
    for population in ("children", "adults", "older adults"):  # an event can pick any group
        leads = bank.loc[list(texts)].query("population == @population")["lead"]
        assert set(leads) == {"OT", "PT", "Both"}, population


def test_a_bad_booth_texts_file_names_the_line(tmp_path):
    path = tmp_path / "booth.csv"
    path.write_text("id,why\nA001,\nA001,again\n")
    with pytest.raises(otpt.BoothTextsError) as info:
        otpt.load_booth_texts(path)
    assert "line 2" in str(info.value) and "'A001' again" in str(info.value)


def test_settings_from_a_config_file_and_the_page_address(tmp_path):
    config = tmp_path / "fair.json"
    config.write_text(json.dumps({"population": ["children"], "cards": 6, "idle": 120}))
    settings = booth_settings("setting=school&cards=4&big=1", config)
    assert settings.populations == ("children",) and settings.settings == ("school",)
    assert settings.cards == 4 and settings.idle == 120 and settings.big  # the address wins


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("cards=50", "cards='50'; allowed: a number from 3 to 10"),
        ("colour=red", "unknown name 'colour'"),
        ("idle=soon", "idle='soon'"),
    ],
)
def test_bad_settings_are_named(query, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        booth_settings(query)


def test_a_round_cut_short_by_a_power_cut_is_skipped_and_the_next_one_kept(tmp_path):
    path = tmp_path / "tally.jsonl"
    tally.append_round(
        path, {"visitor": "a", "round": 1, "finished": "2026-12-03T10:00:00+00:00", "answers": []}
    )
    with open(path, "ab") as f:
        f.write(b'{"format": "otpt-booth-round", "visitor": "b", "ans')  # the laptop was unplugged here
    tally.append_round(
        path, {"visitor": "c", "round": 1, "finished": "2026-12-03T10:05:00+00:00", "answers": []}
    )
    rounds, bad = tally.read_tally(path)
    assert [r["visitor"] for r in rounds] == ["a", "c"] and bad == 1
    assert tally.read_tally(tmp_path / "none.jsonl") == ([], 0)


def test_the_tally_file_gets_the_umasks_mode(tmp_path):
    old = os.umask(0o027)
    try:
        path = tally.append_round(tmp_path / "t.jsonl", {"visitor": "a", "answers": []})
    finally:
        os.umask(old)
    assert os.stat(path).st_mode & 0o777 == 0o640


def test_todays_tally_counts_today_only():
    from datetime import date

    rounds = [
        {
            "visitor": "a",
            "finished": "2026-12-03T10:00:00+00:00",
            "answers": [
                {"activity_id": "A1", "activity": "X", "answer": "OT", "key": "OT", "outcome": "right"}
            ],
        },
        {"visitor": "b", "finished": "2026-11-01T10:00:00+00:00", "answers": []},
    ]
    day = otpt.summarize_tally(rounds, day=False)
    assert day.rounds == 2 and day.visitors == 2
    today = otpt.summarize_tally(rounds, day=date(2026, 12, 3))
    assert today.rounds == 1 and today.activities.loc["A1", "percent_right"] == 100


def test_the_page_address_is_read_without_importing_voila_outside_a_preheated_kernel():
    """A lesson in JupyterLab asks for the page's style in its first cell: importing voila
    there cost every lesson about 2.5 s (benchmarks/lessons_runall.py)."""
    code = "import sys, otpt; print(otpt.page_query()); print('voila' in sys.modules)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOILA_")}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "QUERY_STRING": "style=projector"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["style=projector", "False"]


def _voila_query_server(payload: dict):
    """A websocket server that answers as Voila's ``/voila/query/<kernel id>`` does once a
    visitor takes a preheated kernel: one JSON message of the request's variables. Returns
    (server, port, the paths asked for)."""
    from websockets.sync.server import serve

    asked = []

    def handler(websocket):
        asked.append(websocket.request.path)
        websocket.send(json.dumps(payload))

    server = serve(handler, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.socket.getsockname()[1], asked


def test_a_preheated_kernel_waits_for_its_visitors_request_without_importing_voila(monkeypatch):
    pytest.importorskip("websockets.sync.server")
    server, port, asked = _voila_query_server({"QUERY_STRING": "lang=es&cards=5", "SERVER_PORT": "8866"})
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VOILA_", "QUERY_STRING"))}
        env |= {"VOILA_PREHEAT": "True", "VOILA_APP_PORT": str(port), "VOILA_KERNEL_ID": "k-1"}
        # twice: the second call has the request already and does not wait for another
        code = "import sys, otpt; print(otpt.page_query(), otpt.page_query()); print('voila' in sys.modules)"
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
        )
    finally:
        server.shutdown()
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["lang=es&cards=5", "lang=es&cards=5", "False"]
    assert asked == ["/voila/query/k-1"]


def test_a_kernel_started_for_its_request_reads_it_at_once(monkeypatch):
    monkeypatch.setenv("VOILA_PREHEAT", "False")
    monkeypatch.setenv("QUERY_STRING", "style=projector")
    monkeypatch.setattr(voila_request, "_waited", False)

    def never(*args, **kwargs):
        raise AssertionError("no request to wait for")

    voila_request.wait_for_voila_request(connect=never)
    assert otpt.page_query() == "style=projector"


def test_a_preheated_kernel_that_cannot_reach_voila_warns_and_gets_the_usual_settings(monkeypatch):
    pytest.importorskip("websockets")
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setenv("VOILA_APP_PORT", str(free_port()))  # nobody listens there
    monkeypatch.setenv("VOILA_KERNEL_ID", "k-2")
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.setattr(voila_request, "_waited", False)
    with pytest.warns(UserWarning, match="voila/query/k-2"):
        assert otpt.page_query() == ""
    assert otpt.page_style() == "notebook"
