"""``otpt lessons``, ``otpt lab`` and ``otpt present``: the lessons in a folder of the
learner's, in JupyterLab, and the outreach booth in Voila.

`lab_command` and `present_command` build the server's command line (tests read them);
the commands run it with this Python, so no shell, no ``make`` and no particular working
folder is needed, and paths with spaces or accents are passed as they are.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from .io.lessons import copy_lessons
from .io.resources import lessons_path
from .language import LANGUAGES
from .language import gettext as _

__all__ = [
    "DEFAULT_FOLDER",
    "add_commands",
    "booth_voila_options",
    "lab_command",
    "missing_server",
    "present_command",
    "present_env",
]

#: Where ``otpt lessons`` and ``otpt lab`` put the lessons when no folder is given.
DEFAULT_FOLDER = "otpt-lessons"

#: Voila's settings for a booth: idle kernels shut down after 10 minutes, checked every
#: minute (Voila never culls its pool of preheated kernels); code hidden.
BOOTH_CULL = ("--MappingKernelManager.cull_idle_timeout=600", "--MappingKernelManager.cull_interval=60")
#: Booth kernels are ended at once when the booth stops: no ZMQ traceback (otpt.booth_kernels);
#: the page asks nothing of the internet (otpt/share/voila/templates/otpt-booth); Notebook 7's
#: JupyterLab extension, which fails to load in Voila's page (a console error), is left out.
BOOTH_VOILA = (
    "--VoilaConfiguration.multi_kernel_manager_class=otpt.booth_kernels.BoothKernelManager",
    "--template=otpt-booth",
    "--VoilaConfiguration.extension_denylist=@jupyter-notebook/lab-extension",
)
#: Where otpt's Voila template lives: a Jupyter data folder that `present_env` adds to JUPYTER_PATH.
SHARE = Path(__file__).parent / "share"


def _root_flag(server: str) -> list[str]:
    """JupyterLab refuses to start as root (CI, containers) unless told it may."""
    return ["--allow-root"] if server == "lab" and getattr(os, "geteuid", lambda: 1)() == 0 else []


def lab_command(folder: str | Path, extra: list[str] = (), *, browser: bool = True) -> list[str]:
    """The command line that opens JupyterLab on ``folder`` (a list for `subprocess`).

    >>> cmd = lab_command("my lessons", ["--port=9999"], browser=False)
    >>> cmd[1:3], cmd[3].endswith("my lessons"), cmd[-2:]
    (['-m', 'jupyterlab'], True, ['--no-browser', '--port=9999'])
    """
    root = Path(folder).expanduser().resolve()
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        *_root_flag("lab"),
        *([] if browser else ["--no-browser"]),
        *extra,
    ]


def booth_voila_options(pool: int = 2) -> list[str]:
    """How Voila serves the booth: code hidden, ``pool`` kernels preheated, idle kernels
    culled, and a cell's output waited for as long as it takes.

    Voila renders each cell on the server, and once the kernel has answered it waits for the
    cell's output only 4 s by default (nbclient's ``iopub_timeout``); then it sends the cell
    without it. With a crowd on 2 cores, the booth's cell - its Start button and 30 widgets'
    messages - came later than that, and a visitor got a blank page with no Start
    (benchmarks/booth_start.py). A kernel that answered always sends its output: waiting
    for it costs a busy moment nothing more than the wait.

    >>> options = booth_voila_options(pool=4)
    >>> "--pool_size=4" in options, "--VoilaExecutor.iopub_timeout=600" in options
    (True, True)
    """
    return [
        "--strip_sources=True",
        "--preheat_kernel=True",
        f"--pool_size={pool}",
        "--VoilaExecutor.iopub_timeout=600",
        *BOOTH_CULL,
        *BOOTH_VOILA,
    ]


def present_command(extra: list[str] = (), *, pool: int = 2, browser: bool = True) -> list[str]:
    """The command line that serves the booth notebook with Voila: code hidden, ``pool``
    kernels preheated so the next visitor's Start works at once, idle kernels culled.

    >>> cmd = present_command(pool=4, browser=False)
    >>> cmd[1:3], cmd[3].endswith("booth.ipynb"), "--pool_size=4" in cmd, "--no-browser" in cmd
    (['-m', 'voila'], True, True, True)
    """
    booth = lessons_path() / "booth" / "booth.ipynb"
    return [
        sys.executable,
        "-m",
        "voila",
        str(booth),
        *booth_voila_options(pool),
        *([] if browser else ["--no-browser"]),
        *extra,
    ]


def present_env(environ: dict | None = None) -> dict:
    """The environment `present_command` runs in (``environ``, default `os.environ`, plus):
    kiosk mode, so no quiz continues the last visitor's session, and otpt's Voila template
    on Jupyter's data path (``JUPYTER_PATH``, otpt's folder first).

    >>> env = present_env({"JUPYTER_PATH": "/srv/jupyter"})
    >>> env["OTPT_KIOSK"], env["JUPYTER_PATH"].endswith("/srv/jupyter")
    ('1', True)
    """
    env = dict(os.environ if environ is None else environ, OTPT_KIOSK="1")
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(SHARE), env.get("JUPYTER_PATH")) if p)
    return env


def missing_server(module: str) -> str | None:
    """What to install when ``module`` (``jupyterlab``, ``voila``) is not there, else None."""
    if importlib.util.find_spec(module) is not None:
        return None
    return _(
        "{module} is not installed in this Python ({python}). Install otpt with its lab extras, from the "
        'folder holding your copy of otpt:  python -m pip install "./otpt[lab]"'
    ).format(module=module, python=sys.executable)


def _serve(cmd: list[str], env: dict | None = None) -> int:
    """Run a server until it stops; its exit status. Ctrl+C stops it, and so does a SIGTERM
    or SIGINT sent to this process alone (a booth's stop script, a service manager): the
    server is stopped with it, never left running on its port."""
    import signal

    process = subprocess.Popen(cmd, env=env)

    def stop(*_signal):
        process.terminate()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM,)}
    try:
        return process.wait()
    except KeyboardInterrupt:
        stop()
        return 0
    finally:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _lessons(args) -> int:
    try:
        copied = copy_lessons(args.folder, lang=args.lang)
    except OSError as err:
        print(_("The lessons could not be copied to {folder}: {error}").format(folder=args.folder, error=err))
        return 1
    print(copied.report())
    return 0


def _lab(args) -> int:
    problem = missing_server("jupyterlab")
    if problem:
        print(problem)
        return 1
    status = _lessons(args)
    if status:
        return status
    return _serve(lab_command(args.folder, args.extra, browser=not args.no_browser))


def _present(args) -> int:
    problem = missing_server("voila")
    if problem:
        print(problem)
        return 1
    _warn_open_house_date()
    return _serve(present_command(args.extra, pool=args.pool, browser=not args.no_browser), present_env())


def _warn_open_house_date() -> None:
    """On the booth keeper's terminal: the config's open_house names a weekday that its
    date does not fall on. A config the booth cannot read is reported by the booth itself."""
    from .io.booth_settings import booth_settings
    from .io.open_house import weekday_mismatch

    try:
        mismatch = weekday_mismatch(booth_settings().open_house)
    except ValueError:
        return
    if mismatch:
        print(f"Warning: {mismatch} Correct open_house in the booth config.", file=sys.stderr)


def add_commands(commands) -> None:
    """Add ``lessons``, ``lab`` and ``present`` to an argparse subparsers object (`otpt.cli`)."""
    folder_help = _(
        "the folder for your copy of the lessons (default: {folder} in the current folder)"
    ).format(folder=DEFAULT_FOLDER)
    lessons = commands.add_parser(
        "lessons",
        help=_("copy the lessons and the booth notebook to a folder"),
        description=_(
            "Copy the lessons and the booth notebook to a folder of yours. A lesson you have "
            "changed is never overwritten: it is kept, and the fresh copy is saved beside it as "
            "'NAME (new).ipynb'."
        ),
    )
    lessons.add_argument("folder", nargs="?", default=DEFAULT_FOLDER, help=folder_help)
    lessons.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=_("en (default) or es: the lessons in Spanish")
    )
    lessons.set_defaults(run=_lessons)

    lab = commands.add_parser(
        "lab",
        help=_("open the lessons in JupyterLab"),
        description=_(
            "Copy the lessons to a folder (as 'otpt lessons' does) and open JupyterLab there. "
            "Other options are passed to JupyterLab (e.g. --port=8890)."
        ),
    )
    lab.add_argument("folder", nargs="?", default=DEFAULT_FOLDER, help=folder_help)
    lab.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=_("en (default) or es: the lessons in Spanish")
    )
    lab.add_argument(
        "--no-browser", action="store_true", help=_("do not open a browser; open the address it prints")
    )
    lab.set_defaults(run=_lab, extra_args=True)

    present = commands.add_parser(
        "present",
        help=_("serve the outreach booth with Voila"),
        description=_(
            "Serve the outreach booth (a two-minute OT-or-PT round for walk-up visitors) with "
            "Voila: code hidden, one kernel per visitor, kernels preheated, idle ones shut down after 10 "
            "minutes, no visitor continues the last one's round. Event settings: the page address "
            "(?population=children&cards=5&big=1) or a JSON file named by OTPT_BOOTH_CONFIG (README, "
            "'Outreach booth'). Other options are passed to Voila (e.g. --port=8867)."
        ),
    )
    present.add_argument("--pool", type=int, default=2, help=_("kernels kept preheated (default 2)"))
    present.add_argument(
        "--no-browser", action="store_true", help=_("do not open a browser; open the address it prints")
    )
    present.set_defaults(run=_present, extra_args=True)
