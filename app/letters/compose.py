"""Filling a template with a case's facts: the letter as plain dataclasses for `reports.letters`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.errors import NotFound
from app.kernel.i18n import _, source_text
from app.kernel.letterhead import letterhead_values, load_letterhead
from app.kernel.periods import format_date
from app.letters import placeholders
from app.letters.facts import LetterFacts, deadline_problem
from app.letters.kinds import GIROCODE_BLOCK, KIND_LABELS, REMEDY_BLOCK, template_label
from app.letters.markup import parse_blocks
from app.letters.placeholders import Problems, known_names
from app.letters.wording import Reworded, WordingBlock, build_body
from db.models import LetterTemplate
from reports.letters import Block, Heading, LetterDocument, Letterhead, QrCode


@dataclass(frozen=True)
class TemplateText:
    kind: str
    subject: str
    body: str
    version: int


@dataclass(frozen=True)
class Stationery:
    """What all letters of one kind share: letterhead and templates (loaded once for a whole batch)."""

    settings: dict[str, str]
    letterhead: Letterhead
    templates: dict[str, TemplateText]


def load_stationery(session: Session, kind: str) -> Stationery:
    settings = letterhead_values(session)
    templates = {t.kind: TemplateText(t.kind, t.subject, t.body, t.version)
                 for t in load_templates(session, kind, REMEDY_BLOCK).values()}
    return Stationery(settings, load_letterhead(session, settings), templates)


@dataclass(frozen=True)
class ComposedLetter:
    facts: LetterFacts
    document: LetterDocument
    subject: str
    template_version: int
    problems: tuple[str, ...]
    editable: tuple[WordingBlock, ...] = ()  # the paragraphs a caseworker may reword, as generated
    reworded: tuple[Reworded, ...] = ()  # the paragraphs this letter says differently from its template


def load_template(session: Session, kind: str) -> LetterTemplate:
    return load_templates(session, kind)[kind]


def load_templates(session: Session, *kinds: str) -> dict[str, LetterTemplate]:
    """Templates by kind, in one query; a missing one is refused with its German name."""
    found = {t.kind: t for t in session.scalars(select(LetterTemplate).where(LetterTemplate.kind.in_(kinds)))}
    for kind in kinds:
        if kind not in found:
            raise NotFound(_("Die Vorlage »{name}« fehlt; bitte in der Verwaltung anlegen.").format(
                name=template_label(kind)))
    return found


class _Values(dict[str, str | None]):
    """Placeholder values; `{rechtsbehelfsbelehrung}` inside a paragraph is filled on first use only."""

    def __init__(self, values: dict[str, str | None], remedy_text: Callable[[], str]) -> None:
        super().__init__(values)
        self._remedy_text = remedy_text

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]  # only this form of dict.get is used
        if key == REMEDY_BLOCK and key not in self:
            self[key] = None  # a block that includes itself stays empty instead of recursing
            self[key] = self._remedy_text()
        return super().get(key, default)


class _Filler:
    """Fills texts of one letter, collecting every problem in one place."""

    def __init__(self, templates: dict[str, TemplateText], facts: LetterFacts, draft: bool) -> None:
        self.templates, self.draft = templates, draft
        self.values = _Values(facts.values, lambda: self(templates[REMEDY_BLOCK].body))
        self.known = known_names(facts.kind)
        self.facts = facts
        self.problems = Problems()

    def __call__(self, text: str) -> str:
        return placeholders.fill(text, self.values, self.known, self.problems, mark=self.draft)

    def remedy(self, name: str) -> list[Block]:
        """Expand a standalone `{rechtsbehelfsbelehrung}` or `{girocode}` paragraph."""
        if name == GIROCODE_BLOCK:
            return girocode_blocks(self.facts)
        block = self.templates[REMEDY_BLOCK]
        return [Heading(self(block.subject)), *parse_blocks(block.body, self)]


def girocode_blocks(facts: LetterFacts) -> list[Block]:
    code = facts.girocode
    if code is None:
        return []
    return [QrCode(code.modules, _("GiroCode: Mit der Banking-App scannen, um {amount} an {office} zu überweisen "
                                   "(Verwendungszweck {reference}).").format(
        amount=facts.values.get("offener_betrag") or facts.values.get("gesamtforderung") or "",
        office=facts.values.get("behoerde") or "", reference=facts.file_number))]


def compose(facts: LetterFacts, stationery: Stationery, *, draft: bool,
            wording: Mapping[str, str] | None = None) -> ComposedLetter:
    """The letter of `facts` from its template; placeholder problems are listed (and marked if `draft`).

    `wording` rewords paragraphs of this one letter by block name (`app.letters.wording`); a required value it
    drops is listed as a problem.
    """
    template = stationery.templates[facts.kind]
    fill = _Filler(stationery.templates, facts, draft)
    subject = " ".join(fill(template.subject).split())
    body = build_body(template.body, fill, fill.remedy, facts.values, wording)
    blocks = body.blocks
    if facts.girocode is not None and not any(isinstance(block, QrCode) for block in blocks):
        blocks += girocode_blocks(facts)  # a template without `{girocode}` still carries the code, after the body
    settings = stationery.settings
    date = format_date(facts.letter_date)
    document = LetterDocument(
        letterhead=stationery.letterhead, recipient=facts.recipient, reference=facts.reference, subject=subject,
        blocks=tuple(blocks), closing=tuple(line for line in (settings["closing"], _("Im Auftrag"), facts.signer)
                                            if line),
        note=settings["signature_note"], draft=draft, title=subject,
        continuation=_("Aktenzeichen {number} · Schreiben vom {date}").format(number=facts.file_number, date=date),
        keywords=(facts.file_number, source_text(KIND_LABELS[facts.kind])),
    )
    problems = fill.problems.messages() + body.problems
    if (late := deadline_problem(facts.deadline, facts.letter_date)) is not None:
        problems.append(late)
    return ComposedLetter(facts, document, subject, template.version, tuple(problems), tuple(body.editable),
                          tuple(body.reworded))
