"""Python's cycle collector paused while the program's modules are imported.

Importing the window's modules (SQLAlchemy, every model, the domain, Qt's wrappers: some 600 modules) allocates
hundreds of thousands of objects that live as long as the process. On the way the collector would walk them some 200
times and free next to nothing: measured on the window's start, 209 young and 18 middle collections freed 578
objects and took about a tenth of the start (issue 26). So it pauses during the imports; afterwards what they made is
frozen (`gc.freeze`: later collections skip it) and the collector runs as before – on the GUI thread once the window
has its `ui.gui_thread_gc` collector.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
