"""What a letter consists of, as plain values: the input of `render_letter`.

All texts are plain text. The renderer escapes every one of them, so a title
such as `<b>Fest & Spiel</b>` prints literally; "\n" inside a text is a line
break. Nothing here knows about cases, templates or the database.
"""

from __future__ import annotations

from dataclasses import dataclass


class LetterLayoutError(ValueError):
    """The content does not fit the fixed layout (e.g. a recipient address of more than six lines)."""


@dataclass(frozen=True)
class Letterhead:
    """The office's fixed letter parts: head, return address and footer."""

    office: str
    department: str
    street: str
    postcode_city: str
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: tuple[str, ...] = ()
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    logo: bytes | None = None  # PNG or JPEG image, drawn top right

    @property
    def return_address(self) -> str:
        """The one-line sender address above the recipient in the window."""
        return " · ".join(part for part in (self.office, self.street, self.postcode_city) if part)


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Bullet:
    text: str


@dataclass(frozen=True)
class Facts:
    """A two-column table of label and value (amounts, dates, periods); `totals` are the indexes of sum rows
    (drawn bold under a rule)."""

    rows: tuple[tuple[str, str], ...]
    totals: frozenset[int] = frozenset()


@dataclass(frozen=True)
class QrCode:
    """A QR code (e.g. a GiroCode) drawn as vector squares, with a caption beside it.

    `modules` are the rows of the code, "1" for a dark module; the quiet zone is added when drawing.
    """

    modules: tuple[str, ...]
    caption: str = ""


Block = Heading | Para | Bullet | Facts | QrCode


@dataclass(frozen=True)
class LetterDocument:
    """One letter, ready to render.

    `reference` are the rows of the information block (label, value), e.g.
    ("Unser Zeichen", "LPF-2026-0001"); `closing` the lines after the body
    (greeting, "Im Auftrag", name); `note` a small line below them.
    """

    letterhead: Letterhead
    recipient: tuple[str, ...]
    reference: tuple[tuple[str, str], ...]
    subject: str
    blocks: tuple[Block, ...]
    closing: tuple[str, ...] = ()
    note: str = ""
    continuation: str = ""  # header line of pages 2 ff., e.g. "Aktenzeichen … vom …"
    draft: bool = False
    title: str = ""  # PDF metadata
    keywords: tuple[str, ...] = ()
