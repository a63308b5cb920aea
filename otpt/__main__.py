"""``python -m otpt check my_bank.csv``: see `otpt.check`."""

import sys

from .check import main

if __name__ == "__main__":  # not when a tool imports the module
    sys.exit(main())
