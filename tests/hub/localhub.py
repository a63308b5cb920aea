"""A real JupyterHub on 127.0.0.1 for the class tests and the sizing benchmark: local Unix
users (created here, as root), JupyterHub from PyPI with configurable-http-proxy from npm,
the local process spawner and the dummy authenticator, the lessons in every learner's home.

The learners' servers cannot use the project's .venv, nor the checkout itself: either may
sit in a folder other users cannot enter (/root, a private home, ``mktemp -d``). So the hub
gets its own environment from the system Python in a folder every user can read
(``OTPT_HUB_HOME``, default /opt/otpt-hub), and otpt is installed there from a wheel built
from this checkout (rebuilt whenever the package's files change, so it is the code under
test) - never an editable install that points back into the checkout.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HUB_HOME = Path(os.environ.get("OTPT_HUB_HOME", "/opt/otpt-hub"))
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or "/usr/bin/python3"
PASSWORD = "otpt-class-test"  # the dummy authenticator's one password; 127.0.0.1 only
INSTRUCTORS = "otpt-instructors"


def why_not() -> str | None:
    """Why a hub cannot be run here (None when it can)."""
    if os.geteuid() != 0:
        return "the hub test creates Unix users and spawns their servers: it needs root (CI runs as root)"
    for tool in ("useradd", "runuser", "npm"):
        if not shutil.which(tool):
            return f"{tool} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "there is no system python3 for the learners' servers"
    closed = _closed_folder(HUB_HOME)
    if closed:
        return (
            f"OTPT_HUB_HOME={HUB_HOME} is inside {closed}, which other users cannot enter: the test "
            "learners' servers run from it. Set OTPT_HUB_HOME to a folder such as /opt/otpt-hub."
        )
    return None


def _closed_folder(path: Path) -> Path | None:
    """The first existing folder on the way to ``path`` that other users cannot enter."""
    for folder in [*reversed(path.parents), path]:
        if folder.exists() and not os.stat(folder).st_mode & 0o001:
            return folder
    return None


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True, **kwargs)


def ensure_environment() -> Path:
    """The hub's Python environment: JupyterHub, JupyterLab and configurable-http-proxy
    (made once, then reused), and otpt from a wheel of this checkout, built into
    ``HUB_HOME/wheels`` and installed again whenever the package's files change. Returns
    its bin folder."""
    venv, proxy, wheels = HUB_HOME / "venv", HUB_HOME / "proxy", HUB_HOME / "wheels"
    python = venv / "bin" / "python"
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    tools = HUB_HOME / f".tools-{_key(ROOT / 'pyproject.toml')}"
    if not tools.exists():
        HUB_HOME.mkdir(parents=True, exist_ok=True)
        os.chmod(HUB_HOME, 0o755)
        if not python.exists():
            run(SYSTEM_PYTHON, "-m", "venv", venv)
        run(*pip, "jupyterhub>=5")
        run(
            "npm",
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--prefix",
            proxy,
            "configurable-http-proxy",
        )
        tools.touch()
    package = HUB_HOME / f".otpt-{_key(*_package_files())}"
    if not package.exists():
        shutil.rmtree(wheels, ignore_errors=True)
        build = subprocess.run(
            [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels, ROOT],
            capture_output=True,
            text=True,
            cwd=HUB_HOME,
        )
        if build.returncode:
            raise RuntimeError(
                f"could not build a wheel of otpt from {ROOT} for the hub's users:\n{build.stderr[-2000:]}"
            )
        (wheel,) = wheels.glob("otpt-*.whl")
        for path in [wheels, *wheels.iterdir()]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        run(*pip, "--force-reinstall", "--no-deps", wheel)
        run(*pip, f"{wheel}[lab]")  # its dependencies, once
        for stale in HUB_HOME.glob(".otpt-*"):
            stale.unlink()
        package.touch()
    return venv / "bin"


def _package_files() -> list[Path]:
    """What goes into the wheel: the package, its data and its metadata."""
    files = [
        ROOT / "pyproject.toml",
        *sorted((ROOT / "otpt").rglob("*")),
        *sorted((ROOT / "data").rglob("*")),
    ]
    return [f for f in files if f.is_file() and "__pycache__" not in f.parts]


def _key(*files: Path) -> str:
    import hashlib

    digest = hashlib.sha1()
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def proxy_command() -> Path:
    return HUB_HOME / "proxy" / "node_modules" / ".bin" / "configurable-http-proxy"


def ensure_user(name: str, *, groups: tuple[str, ...] = ()) -> pwd.struct_passwd:
    """A local Unix user with a home (created if missing), in ``groups``."""
    for group in groups:
        try:
            grp.getgrnam(group)
        except KeyError:
            run("groupadd", group)
    try:
        pwd.getpwnam(name)
    except KeyError:
        run("useradd", "--create-home", "--shell", "/bin/bash", name)
    if groups:
        run("usermod", "-aG", ",".join(groups), name)
    return pwd.getpwnam(name)


def give_lessons(user: str) -> Path:
    """Copy the lessons into ``user``'s home as nbgitpuller would; returns the folder."""
    home = Path(pwd.getpwnam(user).pw_dir)
    lessons = home / "lessons"
    shutil.rmtree(lessons, ignore_errors=True)
    shutil.copytree(ROOT / "notebooks", lessons, ignore=shutil.ignore_patterns("answers", ".ipynb*"))
    settings = home / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True, exist_ok=True)  # no "Jupyter news?" toast over the screenshots
    (settings / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    run("chown", "-R", f"{user}:{user}", lessons, home / ".jupyter")
    for stale in (home / ".local" / "state" / "otpt", home / ".local" / "share" / "jupyter" / "runtime"):
        shutil.rmtree(stale, ignore_errors=True)  # a fresh learner: no session from an earlier run
    return lessons


def drop_box(path: Path, owner: str) -> Path:
    """The class folder docs/CLASS_ON_A_HUB.md recommends: learners write, cannot list or
    read; files belong to the instructors' group (mode 3733)."""
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o755)
    run("install", "-d", "-m", "3733", "-o", owner, "-g", INSTRUCTORS, path)
    return path


def as_user(user: str, code: str, *, bin_dir: Path, umask: str = "027", env: dict | None = None) -> str:
    """Run Python ``code`` as ``user`` (a login-less shell with that umask); its stdout."""
    script = f'umask {umask} && cd "$HOME" && exec "$0" -c "$1"'
    result = subprocess.run(
        [shutil.which("runuser"), "-u", user, "--", "/bin/sh", "-c", script, str(bin_dir / "python"), code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
        timeout=300,
    )
    if result.returncode:
        raise AssertionError(f"as {user}: exit {result.returncode}\n{result.stdout}\n{result.stderr[-3000:]}")
    return result.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    """JupyterHub in its own process group, with its state in ``workdir``."""

    def __init__(
        self, workdir: Path, *, users: list[str], admins: list[str], bin_dir: Path, class_folder: Path
    ):
        self.workdir, self.bin_dir = workdir, bin_dir
        self.port, self.token = free_port(), os.urandom(16).hex()
        self.url = f"http://127.0.0.1:{self.port}"
        workdir.mkdir(parents=True, exist_ok=True)
        os.chmod(workdir, 0o755)
        config = workdir / "jupyterhub_config.py"
        config.write_text(
            _CONFIG.format(
                port=self.port,
                hub_port=free_port(),
                proxy_port=free_port(),
                workdir=workdir,
                proxy=proxy_command(),
                users=users,
                admins=admins,
                password=PASSWORD,
                token=self.token,
                singleuser=bin_dir / "jupyterhub-singleuser",
                class_folder=class_folder,
            )
        )
        self._log = open(workdir / "hub.log", "wb")  # noqa: SIM115 - closed in stop()
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(workdir), "LANG": "C.UTF-8"}
        self.process = subprocess.Popen(
            [bin_dir / "jupyterhub", "-f", config],
            cwd=workdir,
            env=env,
            stdout=self._log,
            stderr=self._log,
            start_new_session=True,
        )
        self.wait(lambda: self.api("GET", "/hub/api/") is not None, 120, "the hub to answer")

    def api(self, method: str, path: str, body: dict | None = None):
        request = urllib.request.Request(
            self.url + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {self.token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read()
                return json.loads(text) if text else {}
        except (urllib.error.URLError, ConnectionError):
            return None

    def wait(self, condition, seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited: {self.log()[-3000:]}")
            if condition():
                return
            time.sleep(0.5)  # polling a condition
        raise TimeoutError(f"waited {seconds} s for {what}; hub log:\n{self.log()[-3000:]}")

    def start_server(self, user: str) -> None:
        """Start ``user``'s server through the hub's REST API and wait until it is ready."""
        self.api("POST", f"/hub/api/users/{user}/server")
        self.wait(
            lambda: (
                (self.api("GET", f"/hub/api/users/{user}") or {}).get("servers", {}).get("", {}).get("ready")
            ),
            180,
            f"{user}'s server",
        )

    def log(self) -> str:
        return (self.workdir / "hub.log").read_text(errors="replace")

    def stop(self) -> None:
        """Stop the hub; it stops every learner's server and the proxy with it."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()


def stop_user_processes(users: list[str]) -> None:
    """Whatever a test user still runs (a server the hub did not stop) is stopped."""
    for user in users:
        subprocess.run(["pkill", "-KILL", "-u", user], capture_output=True)


_CONFIG = """
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_port}"
c.ConfigurableHTTPProxy.command = ["{proxy}"]
c.ConfigurableHTTPProxy.pid_file = "{workdir}/proxy.pid"
c.JupyterHub.db_url = "sqlite:///{workdir}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{workdir}/cookie_secret"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "{password}"
c.Authenticator.allowed_users = set({users!r})
c.Authenticator.admin_users = set({admins!r})
c.JupyterHub.spawner_class = "localprocess"
# As TLJH's SystemdSpawner UMask=0027 does: new files are the owner's and the group's only.
c.Spawner.cmd = ["/bin/sh", "-c", 'umask 027 && exec "$0" "$@"', "{singleuser}"]
c.Spawner.environment = {{"OTPT_CLASS_FOLDER": "{class_folder}"}}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.services = [{{"name": "otpt-test", "api_token": "{token}"}}]
c.JupyterHub.load_roles = [{{"name": "otpt-test", "services": ["otpt-test"],
                            "scopes": ["admin:users", "admin:servers", "access:servers"]}}]
"""


def html_text(value: str) -> str:
    """A widget's HTML value as the words a learner reads."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", value))
