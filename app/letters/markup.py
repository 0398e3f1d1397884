"""The small markup of template bodies, turned into letter blocks.

A template body is plain text:

* paragraphs are separated by a blank line; a single line break stays a line break;
* a line `# Text` is a heading (bold);
* a line `- Text` is a bullet point;
* lines `Label :: Wert` form a two-column table (amounts, dates); `= Label :: Wert` is a sum row (bold, under a
  rule);
* a paragraph consisting only of `{rechtsbehelfsbelehrung}` is replaced by that text block;
* a paragraph consisting only of `{girocode}` is replaced by the GiroCode (clawbacks and reminders).

The structure is read from the template *before* the placeholders are
filled, so a value such as a title beginning with "# " or containing "::"
stays plain text and cannot change the letter's structure; only a blank line
inside a value starts a new paragraph (the facts of a clawback, a hearing's
intended decision and its calculation).
"""

from __future__ import annotations

from collections.abc import Callable

from app.letters.kinds import GIROCODE_BLOCK, REMEDY_BLOCK
from reports.letters import Block, Bullet, Facts, Heading, Para

Fill = Callable[[str], str]
Include = Callable[[str], list[Block]]

_FACT = " :: "
_TOTAL = "= "  # `= Label :: Wert`: a sum row, bold under a rule
_INCLUDED = frozenset({"{" + REMEDY_BLOCK + "}", "{" + GIROCODE_BLOCK + "}"})


class _Builder:
    def __init__(self, fill: Fill) -> None:
        self.fill = fill
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.rows: list[tuple[str, str]] = []
        self.totals: set[int] = set()

    def flush(self) -> None:
        if self.lines:
            # a value may bring paragraphs of its own (a blank line): they stay plain text, only the breaks count
            filled = self.fill("\n".join(self.lines))
            self.blocks.extend(Para(part.strip("\n")) for part in filled.split("\n\n") if part.strip())
            self.lines = []
        if self.rows:
            self.blocks.append(Facts(tuple(self.rows), frozenset(self.totals)))
            self.rows, self.totals = [], set()

    def line(self, line: str) -> None:
        if line.startswith("# "):
            self.flush()
            self.blocks.append(Heading(self.fill(line[2:].strip())))
        elif line.startswith("- "):
            self.flush()
            self.blocks.append(Bullet(self.fill(line[2:].strip())))
        elif _FACT in line:
            if self.lines:
                self.flush()
            label, value = line.split(_FACT, 1)
            if label.startswith(_TOTAL):
                label = label.removeprefix(_TOTAL)
                self.totals.add(len(self.rows))
            self.rows.append((self.fill(label.strip()), self.fill(value.strip())))
        else:
            if self.rows:
                self.flush()
            self.lines.append(line.rstrip())


def parse_blocks(body: str, fill: Fill, include: Include | None = None) -> list[Block]:
    """Blocks of a template body with placeholders filled by `fill`; `include` expands text blocks."""
    builder = _Builder(fill)
    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            builder.flush()
        elif line.strip() in _INCLUDED and include is not None and not builder.lines:
            builder.flush()
            builder.blocks.extend(include(line.strip()[1:-1]))
        else:
            builder.line(line)
    builder.flush()
    return builder.blocks
