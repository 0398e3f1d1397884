"""`python -m foerderdesk`: the program from the source tree (the benchmarks and demo data included)."""

import sys

from foerderdesk.main import main

sys.exit(main())
