"""The wording of one letter: its text blocks, which of them a caseworker may reword before issuing, and the
check that what the law requires stays in the letter.

A block is a paragraph of the template body (text between blank lines), named `absatz-N` by its place in the
template (N counts every paragraph, so names are stable for one template version). What may be reworded:

* prose paragraphs (and bullet lists); a heading at the top of a paragraph stays and names the block;
* **not** tables (`Label :: Wert`: amounts, dates, the financing plan), the included Rechtsbehelfsbelehrung and
  GiroCode, and the salutation (`{anrede}`, taken from the contact person's record): they stay as generated;
* a reworded paragraph must still contain, word for word, every required value its template fills in: the legal
  basis, amounts and deadlines (`REQUIRED`). Removing or changing one is refused with a German message.

The reworded text is the caseworker's own text: placeholders in it are not filled; `- ` starts a bullet point and
a blank line a new paragraph, as in templates. Only this one letter changes; the template stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.validation import clean_text
from app.letters.kinds import GIROCODE_BLOCK, REMEDY_BLOCK
from app.letters.markup import Fill, Include, parse_blocks
from reports.letters import Block

MAX_BLOCK_CHARS = 20000
LABEL_WORDS = 6

# Placeholders whose value must stay in a reworded paragraph (legal basis, amounts, deadlines), with a German name
REQUIRED: dict[str, str] = {
    "rechtsgrundlage": _("Rechtsgrundlage"), "frist": _("Frist"), "nachweisfrist": _("Nachweisfrist"),
    "faellig_am": _("Fälligkeit"), "zahlbar_bis": _("Zahlungsfrist"), "verwenden_bis": _("Verwendungsfrist"),
    **{name: _("Betrag") for name in (
        "beantragt", "betrag", "nicht_bewilligt", "zuwendungsfaehige_ausgaben", "foerdersatz", "gesamtkosten",
        "eigenmittel", "eigenmittel_antrag", "drittmittel", "sonstige_einnahmen", "finanzierung_summe",
        "bewilligt", "ausgezahlt", "restbetrag", "endgueltige_zuwendung", "rueckforderung", "zinsen",
        "gesamtforderung", "bereits_gezahlt", "offene_hauptforderung", "offene_zinsen", "offener_betrag")},
    "berechnung": _("Berechnung"), "zinsberechnung": _("Zinsberechnung"),
}
_FIXED_NAMES = frozenset({REMEDY_BLOCK, GIROCODE_BLOCK, "anrede"})
_NAME = re.compile(r"(?<!\{)\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Section:
    """A paragraph of a template body: its heading lines (kept) and its text lines (rewordable unless fixed)."""

    name: str
    heads: tuple[str, ...]
    lines: tuple[str, ...]
    fixed: bool


@dataclass(frozen=True)
class WordingBlock:
    """A rewordable paragraph of one letter, with its text as the template fills it."""

    name: str
    label: str
    text: str
    required: tuple[str, ...]  # the values that must stay in it, as they appear in the letter


@dataclass(frozen=True)
class Reworded:
    """A paragraph this letter says differently from its template."""

    name: str
    label: str
    generated: str
    edited: str


def sections(body: str) -> list[Section]:
    """The paragraphs of a template body, numbered from 1."""
    return list(_sections(body))


@lru_cache(maxsize=64)  # a batch fills the same template for every letter
def _sections(body: str) -> tuple[Section, ...]:
    chunks: list[list[str]] = [[]]
    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    result = []
    for index, chunk in enumerate((c for c in chunks if c), start=1):
        heads = tuple(line for line in _leading_heads(chunk))
        lines = tuple(chunk[len(heads):])
        names = set(_NAME.findall("\n".join(chunk)))
        fixed = (not lines or bool(names & _FIXED_NAMES) or any(" :: " in line or line.startswith("# ")
                                                                for line in lines))
        result.append(Section(f"absatz-{index}", heads, lines, fixed))
    return tuple(result)


def _leading_heads(chunk: list[str]) -> list[str]:
    heads = []
    for line in chunk:
        if not line.startswith("# "):
            break
        heads.append(line)
    return heads


def section_text(section: Section, fill: Fill) -> str:
    return fill("\n".join(section.lines))


def label_of(section: Section, text: str, fill: Fill) -> str:
    """The heading above the paragraph, else its first words."""
    if section.heads:
        return fill(section.heads[-1][2:].strip())
    words = text.split()
    start = " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")
    return _("Absatz {n}: {start}").format(n=section.name.removeprefix("absatz-"), start=start)


def required_values(section: Section, values: Mapping[str, str | None]) -> list[tuple[str, str]]:
    """(German name, value) of every required value the paragraph's template fills in."""
    found = []
    for name in dict.fromkeys(_NAME.findall("\n".join(section.lines))):
        value = values.get(name)
        if name in REQUIRED and value and value.strip():
            found.append((REQUIRED[name], value.strip()))
    return found


def _plain(text: str) -> str:
    return " ".join(text.split())


def check_kept(label: str, edited: str, required: list[tuple[str, str]]) -> str | None:
    """Why a reworded paragraph cannot be issued (a required value is gone), or None."""
    text = _plain(edited)
    lost = [f"{what} »{_plain(value)}«" for what, value in required if _plain(value) not in text]
    if not lost:
        return None
    return _("Im Absatz »{label}« muss unverändert stehen bleiben: {values}.").format(
        label=label, values=", ".join(lost))


def clean_wording(wording: Mapping[str, str] | None) -> dict[str, str]:
    """Checked texts by block name (surrounding spaces removed; an empty text removes the paragraph)."""
    result: dict[str, str] = {}
    for name, text in (wording or {}).items():
        result[name] = clean_text(text, _("Wortlaut {name}").format(name=name), field="wording", required=False,
                                  max_len=MAX_BLOCK_CHARS, multiline=True) or ""
    return result


def unknown_blocks(wording: Mapping[str, str], parts: list[Section]) -> None:
    editable = [s.name for s in parts if not s.fixed]
    unknown = sorted(set(wording) - set(editable))
    if unknown:
        raise ValidationError(_("Den Absatz »{name}« gibt es in diesem Schreiben nicht oder er ist nicht änderbar; "
                                "änderbar: {names}.").format(name=unknown[0], names=", ".join(editable) or "–"),
                              "wording")


@dataclass
class Body:
    """The blocks of a letter body with the caseworker's wording applied."""

    blocks: list[Block]
    editable: list[WordingBlock]
    reworded: list[Reworded]
    problems: list[str]


def build_body(body: str, fill: Fill, include: Include, values: Mapping[str, str | None],
               wording: Mapping[str, str] | None = None) -> Body:
    """Blocks of `body`; a paragraph named in `wording` says the given text instead (checked, see module)."""
    parts = sections(body)
    words = clean_wording(wording)
    unknown_blocks(words, parts)
    result = Body([], [], [], [])
    for section in parts:
        if section.fixed:
            result.blocks.extend(parse_blocks("\n".join((*section.heads, *section.lines)), fill, include))
            continue
        _reword(section, fill, include, values, words, result)
    return result


def _reword(section: Section, fill: Fill, include: Include, values: Mapping[str, str | None],
            words: Mapping[str, str], result: Body) -> None:
    generated = section_text(section, fill)
    label = label_of(section, generated, fill)
    required = required_values(section, values)
    result.editable.append(WordingBlock(section.name, label, generated, tuple(v for _w, v in required)))
    edited = words.get(section.name)
    if edited is None or _plain(edited) == _plain(generated):
        result.blocks.extend(parse_blocks("\n".join((*section.heads, *section.lines)), fill, include))
        return
    if (problem := check_kept(label, edited, required)) is not None:
        result.problems.append(problem)
    result.reworded.append(Reworded(section.name, label, generated, edited))
    result.blocks.extend(parse_blocks("\n".join(section.heads), fill))
    result.blocks.extend(parse_blocks(edited, _literal))


_literal: Callable[[str], str] = str
