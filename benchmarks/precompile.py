"""Compile otpt's bytecode before timing anything that imports it.

pip compiles an installed package's bytecode, and Python writes it on a learner's first
import; the dependencies (pandas, matplotlib, ipywidgets) are compiled already. With
PYTHONDONTWRITEBYTECODE set, as on our CI machines, an editable checkout would instead be
compiled again by every fresh kernel - about 20 ms that no learner waits for.
"""

import compileall
from pathlib import Path

OTPT = Path(__file__).resolve().parent.parent / "otpt"


def compile_otpt() -> None:
    compileall.compile_dir(OTPT, quiet=1)
