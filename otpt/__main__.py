"""``python -m otpt ...`` is the ``otpt`` command: see `otpt.cli`."""

import sys

from .cli import main

if __name__ == "__main__":  # not when a tool imports the module
    sys.exit(main())
