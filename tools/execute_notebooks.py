"""Execute notebooks top to bottom in a fresh kernel and save them with their outputs.

nbval re-runs each lesson and compares the outputs saved in it, so lessons are committed
executed. Run via `make notebooks` (or: python tools/execute_notebooks.py notebooks/*.ipynb).
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def execute(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata.setdefault("language_info", {"name": "python"})
    nb.metadata.pop("widgets", None)  # saved widget state comes from this run only
    for cell in nb.cells:  # no run timestamps: they would change every line of git diff
        cell.metadata.pop("execution", None)
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    nbformat.write(nb, path)
    print(f"executed and saved {path}")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        execute(Path(name))
