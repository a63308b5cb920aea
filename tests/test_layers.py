"""The package's shape: layers import one way, every public name is declared and
documented, and no module grows past what a reader takes in at once."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

import otpt

PACKAGE = Path(otpt.__file__).parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)

#: Layer -> the otpt layers it may import (its own included). Data flows one way:
#: errors, vocab, language -> io -> analysis -> plots -> render -> widgets (and export).
MAY_IMPORT = {
    "errors": {"language"},
    "vocab": {"language"},
    "language": set(),
    "io": {"errors", "vocab", "language", "io"},
    "analysis": {"errors", "vocab", "language", "io", "analysis"},
    "plots": {"errors", "vocab", "language", "io", "analysis", "plots"},
    "render": {"errors", "vocab", "language", "io", "analysis", "plots", "render"},
    "widgets": {"errors", "vocab", "language", "io", "analysis", "plots", "render", "widgets"},
    # writers at the edge (LMS files, the paper booth): the same data and words as the widgets
    "export": {"errors", "vocab", "language", "io", "analysis", "plots", "render", "export"},
    "check": {"errors", "vocab", "language", "io", "analysis", "check"},
    "labels": {"errors", "vocab", "language", "io", "analysis", "labels"},
    "launch": {"io", "language", "launch"},
    # Voila's kernel manager for the booth (otpt present): jupyter_server only
    "booth_kernels": {"booth_kernels"},
    # the static site: an edge writer over everything below it (otpt site)
    "site": {"errors", "vocab", "language", "io", "analysis", "plots", "render", "widgets", "site"},
    # the otpt command: it imports its subcommands' modules by name (cli.COMMANDS)
    "cli": {"cli", "cli_language", "language"},
    # argparse's words through the catalog, for the otpt command
    "cli_language": {"language"},
    "__main__": {"cli"},
}
#: Third-party packages a layer must not import (pure layers draw nothing, show nothing).
MUST_NOT_IMPORT = {
    "io": {"ipywidgets", "anywidget", "matplotlib"},
    "analysis": {"ipywidgets", "anywidget", "matplotlib"},
    "plots": {"ipywidgets", "anywidget"},
    "render": {"ipywidgets", "anywidget"},
    "export": {"ipywidgets", "anywidget"},
    "check": {"ipywidgets", "anywidget", "matplotlib"},
    "labels": {"ipywidgets", "anywidget", "matplotlib"},
    "launch": {"ipywidgets", "anywidget", "matplotlib"},
    "cli": {"ipywidgets", "anywidget", "matplotlib"},
    "cli_language": {"ipywidgets", "anywidget", "matplotlib"},
}


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """(otpt layers, top-level third-party packages) a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for otpt/x.py, 1 for otpt/io/x.py
    layers, packages = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            up = node.level - 1  # "." is the module's own package
            parts = path.relative_to(PACKAGE).parts[:depth][: max(depth - up, 0)]
            target = [*parts, *(node.module.split(".") if node.module else [])]
            names = target[:1] or [alias.name for alias in node.names]
            layers.update(n.removesuffix(".py") for n in names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            packages.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            packages.update(alias.name.split(".")[0] for alias in node.names)
    return layers, packages


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.name != "__init__.py" or p.parent != PACKAGE],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_each_layer_imports_only_the_layers_below_it(path):
    layer = _layer(path)
    layers, packages = _imports(path)
    assert layers <= MAY_IMPORT[layer], f"{layer} imports {sorted(layers - MAY_IMPORT[layer])}"
    assert not packages & MUST_NOT_IMPORT.get(layer, set()), f"{layer} imports {packages}"
    assert "otpt" not in packages, "import within the package relatively"


def test_the_layer_check_sees_what_it_checks():
    layers, packages = _imports(PACKAGE / "widgets" / "quiz.py")
    assert {"analysis", "io", "render", "widgets"} <= layers and "ipywidgets" in packages
    layers, _ = _imports(PACKAGE / "io" / "bank.py")
    assert layers == {"errors", "vocab", "language", "io"}


def test_no_module_is_longer_than_300_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in MODULES if (n := len(p.read_text().splitlines())) > 300}
    assert not long


def _public_modules():
    for path in MODULES:
        if path.name == "__main__.py" or path.name.startswith("_") and path.name != "__init__.py":
            continue
        if path.name == "__init__.py":
            continue
        rel = path.relative_to(PACKAGE).with_suffix("")
        yield "otpt." + ".".join(rel.parts)


@pytest.mark.parametrize("name", list(_public_modules()))
def test_every_module_declares_and_documents_its_public_names(name):
    if name == "otpt.booth_kernels":
        pytest.importorskip("jupyter_server")  # the `lab` extra: not in the minimum-versions run
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} has no docstring"
    assert hasattr(module, "__all__"), f"{name} has no __all__"
    for public in module.__all__:
        value = getattr(module, public)  # AttributeError: __all__ names something missing
        if inspect.isfunction(value) or inspect.isclass(value):
            doc = inspect.getdoc(value) or ""
            generated = inspect.isclass(value) and doc.startswith(f"{value.__name__}(")  # a dataclass's own
            assert doc and not generated, f"{name}.{public} has no docstring"
            if inspect.isclass(value):
                for attr, member in vars(value).items():
                    if attr.startswith("_"):
                        continue
                    if isinstance(member, property) or inspect.isfunction(member):
                        assert inspect.getdoc(member), f"{name}.{public}.{attr} has no docstring"


def test_every_name_otpt_exports_is_declared_where_it_lives():
    for public, where in otpt._EXPORTS.items():
        module = importlib.import_module(f"otpt.{where}")
        assert public in module.__all__, f"otpt.{public} is not in otpt.{where}.__all__"


def test_every_plot_has_its_describe():
    plots = [n for n in otpt.__all__ if n.startswith("plot_")]
    assert plots and all(f"describe_{n.removeprefix('plot_')}" in otpt.__all__ for n in plots)
