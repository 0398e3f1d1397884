"""Use cases of letters: which kinds fit, preview a draft, issue and store, list and re-open.

An issued letter is stored as the exact PDF bytes with their SHA-256; opening it
later returns those bytes (checked against the hash), never a regenerated
letter, so a changed template or letterhead cannot alter what was sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from app.kernel import clock
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import ConcurrentEditError, NotFound, ValidationError
from app.kernel.i18n import _, german_documents, source_text
from app.kernel.letterhead import letterhead_values
from app.kernel.periods import format_date
from app.kernel.stored_files import content_deleted
from app.kernel.stored_text import N_, Label, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from app.letters.compose import ComposedLetter, Stationery, compose, load_stationery
from app.letters.facts import deadline_problem, gather
from app.letters.kinds import KIND_LABELS, LetterKind, parse_kind
from app.letters.sources import SOURCES, SourceContext
from app.letters.wording import WordingBlock
from db.models import Application, Decision, Letter, LetterWording
from reports.letters import LetterLayoutError, render_letter


class LetterProblem(ValidationError):
    """A letter cannot be issued: unknown placeholders, missing values or a layout that does not fit."""


@dataclass(frozen=True)
class KindChoice:
    kind: LetterKind
    label: str
    available: bool
    reason: str | None


@dataclass(frozen=True)
class LetterPreview:
    kind: LetterKind
    subject: str
    pdf: bytes
    problems: tuple[str, ...]
    blocks: tuple[WordingBlock, ...] = ()  # the paragraphs the caseworker may reword, as the template fills them
    template_version: int = 0
    reworded: tuple[str, ...] = ()  # names of the paragraphs this draft says differently


@dataclass(frozen=True)
class IssuedLetter:
    id: int
    file_number: str
    kind: LetterKind
    subject: str
    posted_on: dt.date
    template_version: int
    sha256: str
    pdf: bytes
    reworded: tuple[str, ...] = ()  # labels of the paragraphs reworded for this letter


@dataclass(frozen=True)
class LetterRow:
    id: int
    kind: str
    label: str
    subject: str
    issued_at: dt.datetime
    issued_by: str
    posted_on: dt.date | None
    template_version: int | None
    sha256: str
    size: int
    content_deleted_at: dt.datetime | None = None  # the PDF was deleted when the case was anonymised


def letter_kinds(uow: UnitOfWork, file_number: str) -> list[KindChoice]:
    """Every kind with whether it fits the case now, and why not (for "Schreiben erstellen")."""
    with uow:
        uow.act("letter-kinds", permission="case.read")
        app = load_case(uow.session, file_number)
        ctx = SourceContext(uow.session, app, clock.today(), letterhead_values(uow.session))
        choices = []
        for kind, source in SOURCES.items():
            try:
                data = source(ctx)
            except ValidationError as refusal:
                choices.append(KindChoice(kind, KIND_LABELS[kind], False, refusal.message))
                continue
            late = deadline_problem(data.deadline, data.letter_date or ctx.today)
            choices.append(KindChoice(kind, KIND_LABELS[kind], late is None, late))
        return choices


def _letter_options() -> tuple[ORMOption, ...]:
    """Everything a letter reads about a case, loaded with the case in one round trip."""
    a = Application
    return (joinedload(a.programme), joinedload(a.applicant), joinedload(a.contact_person), joinedload(a.caseworker),
            joinedload(a.municipality), joinedload(a.cost_lines), joinedload(a.funding_lines))


def load_for_letter(session: Session, file_number: str, *, lock: bool = False) -> Application:
    """The case and everything its letters read, in one round trip.

    With `lock` the case row is locked first (issuing), as every writing use case does.
    """
    if lock:
        load_case(session, file_number, for_update=True)
    app = session.scalars(select(Application).where(Application.file_number == file_number.strip())
                          .options(*_letter_options())).unique().one_or_none()
    return app if app is not None else load_case(session, file_number)  # a project idea, or the "not found" message


def load_many_for_letters(session: Session, file_numbers: Sequence[str]) -> dict[str, Application]:
    """Several cases at once (batch drafts), by file number; unknown numbers are simply absent.

    The cost and funding lines come in a query each: joined to the cases they would repeat every case's row
    once per pair of lines.
    """
    a = Application
    options = (joinedload(a.programme), joinedload(a.applicant), joinedload(a.contact_person),
               joinedload(a.caseworker), joinedload(a.municipality), selectinload(a.cost_lines),
               selectinload(a.funding_lines))
    apps = session.scalars(select(Application).where(Application.file_number.in_([r.strip() for r in file_numbers]))
                           .options(*options)).unique().all()
    return {app.file_number or "": app for app in apps}


def compose_letter(uow: UnitOfWork, app: Application, kind: LetterKind, *, draft: bool,
                   payment_id: int | None = None, stationery: Stationery | None = None,
                   decisions: Mapping[int, Decision] | None = None,
                   wording: Mapping[str, str] | None = None) -> ComposedLetter:
    """Gather and fill one letter inside an open unit of work (also used by batch tools and the benchmark).

    `stationery` and `decisions` (latest confirmed decision by case id) may be loaded once for a batch;
    `wording` rewords paragraphs of this one letter (`app.letters.wording`).
    """
    stationery = stationery or load_stationery(uow.session, kind)
    with german_documents():  # letters to applicants are German, whatever language the interface speaks
        facts = gather(uow.session, app, kind, uow.actor, stationery.settings, today=clock.today(),
                       payment_id=payment_id, decisions=decisions)
        return compose(facts, stationery, draft=draft, wording=wording)


def stationery_for(uow: UnitOfWork, kind: str | LetterKind) -> Stationery:
    """Letterhead and templates of `kind`, to share across a batch (same texts for every letter of it)."""
    letter_kind = parse_kind(kind)
    with uow:
        uow.act("load-stationery", permission="case.read")
        return load_stationery(uow.session, letter_kind)


def render(composed: ComposedLetter) -> bytes:
    try:
        with german_documents():
            return render_letter(composed.document)
    except LetterLayoutError as exc:
        raise LetterProblem(str(exc)) from exc


def preview_letter(uow: UnitOfWork, file_number: str, kind: str | LetterKind, *,
                   payment_id: int | None = None, stationery: Stationery | None = None,
                   wording: Mapping[str, str] | None = None) -> LetterPreview:
    """A draft (marked ENTWURF, problems marked in the text), with `wording` applied; nothing is stored."""
    letter_kind = parse_kind(kind)
    with uow:
        uow.act("preview-letter", permission="case.read")
        composed = compose_letter(uow, load_for_letter(uow.session, file_number), letter_kind, draft=True,
                                  payment_id=payment_id, stationery=stationery, wording=wording)
        return LetterPreview(letter_kind, composed.subject, render(composed), composed.problems, composed.editable,
                             composed.template_version, tuple(r.name for r in composed.reworded))


def _refusal(composed: ComposedLetter) -> LetterProblem:
    return LetterProblem(_("»{kind}« zu {ref} wurde nicht ausgestellt: {problems} Bitte die Vorlage oder den "
                           "Vorgang ergänzen.").format(kind=KIND_LABELS[composed.facts.kind],
                                                       ref=composed.facts.file_number,
                                                       problems=" ".join(composed.problems)))


def issue_letter(uow: UnitOfWork, file_number: str, kind: str | LetterKind, *, posted_on: dt.date | str | None = None,
                 payment_id: int | None = None, stationery: Stationery | None = None,
                 wording: Mapping[str, str] | None = None, template_version: int | None = None) -> IssuedLetter:
    """Issue the letter: refuse on any placeholder problem, else store the exact PDF and its hash.

    `wording` rewords paragraphs of this one letter (block name → text, `app.letters.wording`); the reworded
    paragraphs are stored with the letter (generated and edited text) and named in the audit reason.
    `template_version` is the version the wording was written against: a template changed since is refused.
    """
    letter_kind = parse_kind(kind)
    posted = parse_date(posted_on, _("Aufgabe zur Post"), field="posted_on", required=False)
    with uow:
        uow.act("issue-letter", coded(source_text(KIND_LABELS[letter_kind])), permission="letter.issue")
        app = load_for_letter(uow.session, file_number, lock=True)
        issued = issue_in_open_uow(uow, app, letter_kind, posted_on=posted, payment_id=payment_id,
                                   stationery=stationery, wording=wording, template_version=template_version)
        uow.commit()
    return issued


def issue_in_open_uow(uow: UnitOfWork, app: Application, letter_kind: LetterKind, *,
                      posted_on: dt.date | None = None, payment_id: int | None = None,
                      stationery: Stationery | None = None, wording: Mapping[str, str] | None = None,
                      template_version: int | None = None) -> IssuedLetter:
    """Compose, check and store a letter inside a use case that has the case locked (e.g. a Mahnung)."""
    composed = compose_letter(uow, app, letter_kind, draft=False, payment_id=payment_id, stationery=stationery,
                              wording=wording)
    if wording and template_version is not None and template_version != composed.template_version:
        raise ConcurrentEditError(_("Die Vorlage »{kind}« wurde geändert, während Sie den Wortlaut bearbeitet haben "
                                    "(jetzt Version {version}). Bitte den Entwurf neu laden; Ihr Text bleibt "
                                    "erhalten.").format(kind=KIND_LABELS[letter_kind],
                                                        version=composed.template_version))
    if composed.problems:
        raise _refusal(composed)
    posted = posted_on or composed.facts.posted_on
    if posted < composed.facts.letter_date:
        raise ValidationError(_("Ein Schreiben kann nicht vor seinem Datum ({date}) zur Post gegeben werden.")
                              .format(date=format_date(composed.facts.letter_date)), "posted_on")
    pdf = render(composed)
    letter = Letter(application_id=app.id, kind=letter_kind.value, subject=composed.subject[:255],
                    template_version=composed.template_version, pdf=pdf, size=len(pdf),
                    sha256=hashlib.sha256(pdf).hexdigest(), issued_by=uow.actor.username, posted_on=posted)
    if composed.reworded:  # the reason of the letter's audit entries names the reworded paragraphs
        # the paragraphs' headings are the letter's own (German) words; the kind is a label, read in any language
        uow.act("issue-letter", coded(N_("{kind}, Wortlaut geändert: {blocks}"),
                                      kind=Label(source_text(KIND_LABELS[composed.facts.kind])),
                                      blocks="; ".join(r.label for r in composed.reworded)))
    uow.session.add(letter)
    uow.session.flush()
    _keep_wording(uow, app, letter, composed)
    return IssuedLetter(letter.id, case_file_number(app), letter_kind, letter.subject, posted,
                        composed.template_version, letter.sha256, pdf, tuple(r.label for r in composed.reworded))


def _keep_wording(uow: UnitOfWork, app: Application, letter: Letter, composed: ComposedLetter) -> None:
    """Store the reworded paragraphs beside the PDF; the audit trail records each (generated → edited)."""
    if not composed.reworded:
        return
    for reworded in composed.reworded:
        uow.session.add(LetterWording(letter_id=letter.id, application_id=app.id, block=reworded.name,
                                      label=reworded.label[:160], generated=reworded.generated,
                                      edited=reworded.edited))
    uow.session.flush()


@dataclass(frozen=True)
class StoredWording:
    block: str
    label: str
    generated: str
    edited: str


def letter_wording(uow: UnitOfWork, letter_id: int) -> list[StoredWording]:
    """The paragraphs an issued letter says differently from its template, in the order of the letter."""
    with uow:
        uow.act("open-letter", permission="case.read")
        rows = uow.session.scalars(select(LetterWording).where(LetterWording.letter_id == letter_id)
                                   .order_by(LetterWording.id))
        return [StoredWording(r.block, r.label, r.generated, r.edited) for r in rows]


def list_letters(uow: UnitOfWork, file_number: str) -> list[LetterRow]:
    """Issued letters of a case, oldest first (without loading the PDFs)."""
    with uow:
        uow.act("list-letters", permission="case.read")
        app = load_case(uow.session, file_number)
        rows = uow.session.execute(select(
            Letter.id, Letter.kind, Letter.subject, Letter.issued_at, Letter.issued_by, Letter.posted_on,
            Letter.template_version, Letter.sha256, func.coalesce(Letter.size, func.length(Letter.pdf), 0),
            Letter.content_deleted_at,
        ).where(Letter.application_id == app.id).order_by(Letter.id))
        return [LetterRow(r[0], r[1], _kind_label(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), r[9])
                for r in rows]


def _kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[LetterKind(kind)]
    except ValueError:
        return kind


def stored_letter(uow: UnitOfWork, letter_id: int) -> IssuedLetter:
    """An issued letter exactly as stored; refuses bytes that no longer match their hash."""
    with uow:
        uow.act("open-letter", permission="case.read")
        letter = uow.session.get(Letter, letter_id)
        if letter is None:
            raise NotFound(_("Ein Schreiben Nr. {id} gibt es nicht.").format(id=letter_id))
        if letter.pdf is None:
            raise content_deleted(_("Schreiben Nr. {id}").format(id=letter_id), letter.sha256)
        if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
            raise LetterProblem(_("Das gespeicherte Schreiben Nr. {id} ist beschädigt: die Prüfsumme stimmt nicht. "
                                  "Bitte die Administration informieren.").format(id=letter_id))
        app = uow.session.get_one(Application, letter.application_id)
        return IssuedLetter(letter.id, case_file_number(app), LetterKind(letter.kind), letter.subject,
                            letter.posted_on or letter.issued_at.date(), letter.template_version or 0,
                            letter.sha256, letter.pdf)
