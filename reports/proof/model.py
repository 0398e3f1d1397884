"""What a report PDF consists of, as plain values (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from reports.letters.model import Bullet, Facts, Heading, Letterhead, Para


@dataclass(frozen=True)
class Grid:
    """A table with a header row; `widths` are shares of the text width, `marked` rows are highlighted
    (e.g. flagged cost lines), `total` prints the last row bold below a rule, `bold` rows are printed bold
    (e.g. the results of a calculation)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    right: frozenset[int] = frozenset()
    marked: frozenset[int] = frozenset()
    total: bool = False
    size: float = 8.0
    bold: frozenset[int] = frozenset()


Block = Heading | Para | Bullet | Facts | Grid


@dataclass(frozen=True)
class ReportDocument:
    """An internal record (Vermerk) on A4: letterhead, title, facts about the case, the blocks, signature lines."""

    letterhead: Letterhead
    title: str
    facts: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...]
    signature: tuple[str, ...] = ()
    continuation: str = ""
    keywords: tuple[str, ...] = ()
    subject: str = ""
