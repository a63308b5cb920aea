"""Execute notebooks top to bottom in a fresh kernel and save them with their outputs.

nbval re-runs each lesson and compares the outputs saved in it, so lessons are committed
executed. Run via `make notebooks` (or: python tools/execute_notebooks.py notebooks/*.ipynb).
"""

import json
import os
import sys
import tempfile
import uuid
from pathlib import Path

import nbformat
from nbclient import NotebookClient

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def stable_widget_ids(nb, name: str):
    """The notebook with its widget model ids renamed by creation order, so re-running an
    unchanged lesson saves the same file (the kernel's ids are random). Ids stay unique per
    notebook: they are derived from its name."""
    state = nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    text = json.dumps(nb)
    for number, old in enumerate(state):
        text = text.replace(old, uuid.uuid5(uuid.NAMESPACE_URL, f"otpt:{name}:{number}").hex)
    return nbformat.from_dict(json.loads(text))


def coalesce_streams(nb):
    """Join each cell's consecutive outputs to the same stream (as JupyterLab shows them):
    how a kernel splits printed text into messages depends on timing."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        merged = []
        for output in cell.outputs:
            last = merged[-1] if merged else {}
            if output.output_type == "stream" == last.get("output_type") and output.name == last.name:
                last.text += output.text
            else:
                merged.append(output)
        cell.outputs = merged
    return nb


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
    nbformat.write(stable_widget_ids(coalesce_streams(nb), path.name), path)
    print(f"executed and saved {path}")


if __name__ == "__main__":
    # A quiz a lesson runs saves nowhere near the repository or your own sessions.
    os.environ["OTPT_CLASS_FOLDER"] = tempfile.mkdtemp(prefix="otpt-class-")
    os.environ["OTPT_STATE_DIR"] = tempfile.mkdtemp(prefix="otpt-state-")
    os.environ["OTPT_BOOTH_TALLY"] = os.path.join(tempfile.mkdtemp(prefix="otpt-booth-"), "tally.jsonl")
    for name in sys.argv[1:]:
        execute(Path(name))
