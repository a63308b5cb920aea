"""``python -m otpt check my_bank.csv``: see `otpt.check`."""

import sys

from .check import main

sys.exit(main())
