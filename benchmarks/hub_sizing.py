"""How many learners a JupyterHub machine holds with lesson 2's quiz open: memory and CPU
per learner, measured with 1, 5 and 10 learners at once on a real hub (tests/hub/localhub.py:
local Unix users, the local process spawner, each learner's own Jupyter server and kernel).

For each class size: every learner's server is started through the hub's REST API at once
(the start of a class), a kernel is started in each, and each kernel imports otpt and
builds the quiz (lesson 2's cell); then every kernel answers 20 cards at once (Check and
Next, saving after every Check into the class folder). Memory is PSS (proportional set
size: shared pages split between the processes that share them), summed over each
learner's processes; CPU is user + system time from /proc.

Needs root and npm (like the hub tests). Run: .venv/bin/python benchmarks/hub_sizing.py
(about 3 minutes); writes benchmarks/results/hub_sizing.md.
"""

from __future__ import annotations

import json
import os
import pwd
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tornado import httpclient, ioloop, websocket

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hub import localhub  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SIZES = (1, 5, 10)
USERS = [f"otpt-size{i}" for i in range(1, max(SIZES) + 1)]

OPEN_QUIZ = "import otpt\nquiz = otpt.ClassifyQuiz(n=20, seed=0)\ndisplay(quiz)"
ANSWER = """
import time
t = []
for i in range(20):
    quiz.choice.value = ("OT", "PT", "Both")[i % 3]
    t0 = time.perf_counter(); quiz.check_button.click(); t.append(time.perf_counter() - t0)
    quiz.next_button.click()
print(sorted(t)[len(t) // 2] * 1000)
"""


def execute(hub, user: str, kernel: str, code: str) -> str:
    """Run ``code`` in ``user``'s kernel over the Jupyter websocket; its printed text."""

    async def go():
        url = f"ws://127.0.0.1:{hub.port}/user/{user}/api/kernels/{kernel}/channels"
        request = httpclient.HTTPRequest(url, headers={"Authorization": f"token {hub.token}"})
        connection = await websocket.websocket_connect(request)
        msg_id = uuid.uuid4().hex
        header = {
            "msg_id": msg_id,
            "msg_type": "execute_request",
            "username": user,
            "session": uuid.uuid4().hex,
            "date": "",
            "version": "5.3",
        }
        await connection.write_message(
            json.dumps(
                {
                    "header": header,
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "buffers": [],
                    "content": {"code": code, "silent": False},
                }
            )
        )
        printed, done = [], False
        while not done:
            message = json.loads(await connection.read_message())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["header"]["msg_type"]
            if kind == "stream":
                printed.append(message["content"]["text"])
            elif kind == "error":
                raise RuntimeError("\n".join(message["content"]["traceback"]))
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                done = True
        connection.close()
        return "".join(printed)

    return ioloop.IOLoop().run_sync(go, timeout=300)


def processes(user: str) -> list[int]:
    uid = pwd.getpwnam(user).pw_uid
    return [int(p) for p in os.listdir("/proc") if p.isdigit() and _owner(p) == uid]


def _owner(pid: str) -> int | None:
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except OSError:
        return None


def pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def is_kernel(pid: int) -> bool:
    try:
        return b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def measure(n: int, bin_dir: Path) -> dict:
    users = USERS[:n]
    folder = localhub.drop_box(localhub.HUB_HOME / "sizing-class", "root")
    hub = localhub.Hub(
        localhub.HUB_HOME / f"sizing-{n}", users=users, admins=[], bin_dir=bin_dir, class_folder=folder
    )
    try:
        started = time.monotonic()
        with ThreadPoolExecutor(n) as pool:
            list(pool.map(hub.start_server, users))
        servers_ready = time.monotonic() - started
        kernels = {u: hub.api("POST", f"/user/{u}/api/kernels", {"name": "python3"})["id"] for u in users}
        with ThreadPoolExecutor(n) as pool:
            list(pool.map(lambda u: execute(hub, u, kernels[u], OPEN_QUIZ), users))
        quiz_open = time.monotonic() - started
        startup_cpu = [sum(cpu_s(p) for p in processes(u)) for u in users]
        time.sleep(5)  # let the servers settle after the start (a fixed pause before reading memory)
        memory = {
            u: {
                "kernel": sum(pss_mb(p) for p in processes(u) if is_kernel(p)),
                "server": sum(pss_mb(p) for p in processes(u) if not is_kernel(p)),
            }
            for u in users
        }
        before = {u: sum(cpu_s(p) for p in processes(u)) for u in users}
        with ThreadPoolExecutor(n) as pool:
            check_ms = list(pool.map(lambda u: float(execute(hub, u, kernels[u], ANSWER)), users))
        answer_cpu = [sum(cpu_s(p) for p in processes(u)) - before[u] for u in users]
        idle_before = {u: sum(cpu_s(p) for p in processes(u)) for u in users}
        time.sleep(10)  # ten seconds of a class reading a card
        idle_cpu = [(sum(cpu_s(p) for p in processes(u)) - idle_before[u]) / 10 for u in users]
        saved = len([p for p in folder.iterdir() if p.suffix == ".json"])
    finally:
        hub.stop()
        localhub.stop_user_processes(users)
    median = statistics.median
    return {
        "learners": n,
        "servers_ready_s": servers_ready,
        "quiz_open_s": quiz_open,
        "kernel_mb": median(m["kernel"] for m in memory.values()),
        "server_mb": median(m["server"] for m in memory.values()),
        "startup_cpu_s": median(startup_cpu),
        "check_cpu_ms": 1000 * median(answer_cpu) / 20,
        "check_ms": median(check_ms),
        "idle_cpu_pct": 100 * median(idle_cpu),
        "files_saved": saved,
    }


def main() -> None:
    reason = localhub.why_not()
    if reason:
        sys.exit(f"hub sizing needs a hub: {reason}")
    bin_dir = localhub.ensure_environment()
    for user in USERS:
        localhub.ensure_user(user)
    rows = [measure(n, bin_dir) for n in SIZES]
    head = (
        "learners at once",
        "all servers ready",
        "all quizzes open",
        "kernel MB",
        "server MB",
        "CPU s to open",
        "CPU ms per Check+Next",
        "Check ms (median)",
        "idle CPU %",
        "files saved",
    )
    keys = (
        "learners",
        "servers_ready_s",
        "quiz_open_s",
        "kernel_mb",
        "server_mb",
        "startup_cpu_s",
        "check_cpu_ms",
        "check_ms",
        "idle_cpu_pct",
        "files_saved",
    )
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append(
            "| " + " | ".join(f"{r[k]:.1f}" if isinstance(r[k], float) else str(r[k]) for k in keys) + " |"
        )
    per_learner_mb = max(r["kernel_mb"] + r["server_mb"] for r in rows)
    startup = max(r["startup_cpu_s"] for r in rows)
    check = max(r["check_cpu_ms"] for r in rows)
    lines += [
        "",
        f"Per learner: {per_learner_mb:.0f} MB (server + kernel, PSS, the largest of the runs) -> "
        f"{1024 / per_learner_mb:.0f} learners per GB of RAM with a quiz open.",
        f"CPU: {startup:.1f} CPU-seconds to log in and open the quiz -> one core starts "
        f"{60 / startup:.0f} learners a minute; {check:.0f} CPU-ms per Check+Next -> one core serves "
        f"{10_000 / check:.0f} learners each pressing Check every 10 s.",
    ]
    text = "\n".join(lines)
    RESULTS.mkdir(exist_ok=True)
    machine = (
        f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    )
    (RESULTS / "hub_sizing.md").write_text(f"Measured on {machine}, {time.strftime('%Y-%m-%d')}\n\n{text}\n")
    print(text)


if __name__ == "__main__":
    main()
