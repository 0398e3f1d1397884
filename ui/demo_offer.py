"""What the window needs from the demo data, handed in by the entry point (`foerderdesk.main`).

The demo data (`demo/`) sits beside the layers and `ui` must not import it; when it is installed the entry
point passes a `DemoOffer`, and the first start offers "Mit Demodaten beginnen" and a demo database shows
the user switch. Without one, the first start sets up an empty office.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.kernel.database import Database

Progress = Callable[[int, int], bool]
DemoUsers = Callable[[Database], list[tuple[str, str]] | None]


class DemoGenerator(Protocol):
    def __call__(self, database: Database, cases: int = ..., seed: int = ..., *,
                 extra_supervisor: str | None = ..., progress: Progress | None = ...) -> int: ...


@dataclass(frozen=True)
class DemoOffer:
    generate: DemoGenerator  # writes `cases` demo cases into an empty database; returns their number
    users: DemoUsers  # (username, label) of a demo database's users to switch between, else None
