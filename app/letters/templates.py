"""Administrators edit the letter templates; every change is versioned and audited.

A save is refused when the template uses a placeholder that does not exist
for its kind or writes one wrongly, so a broken template never reaches a
caseworker. Saving on an outdated copy (another administrator saved in
between) is refused by the version check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.kernel import clock
from app.kernel.errors import ConcurrentEditError, ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from app.kernel.validation import require_text
from app.letters.compose import load_template
from app.letters.defaults import DEFAULTS
from app.letters.kinds import TEMPLATE_KINDS, template_label
from app.letters.placeholders import PLACEHOLDERS, check, known_names
from db.models import LetterTemplate


@dataclass(frozen=True)
class TemplateRow:
    kind: str
    label: str
    name: str
    subject: str
    body: str
    version: int
    updated_at: dt.datetime | None
    updated_by: str | None
    placeholders: tuple[tuple[str, str], ...]  # (name, description) usable in this template


def _row(template: LetterTemplate) -> TemplateRow:
    names = known_names(template.kind)
    usable = tuple((p.name, p.description) for p in PLACEHOLDERS.values() if p.name in names)
    return TemplateRow(template.kind, template_label(template.kind), template.name, template.subject, template.body,
                       template.version, template.updated_at, template.updated_by, usable)


def list_templates(uow: UnitOfWork) -> list[TemplateRow]:
    with uow:
        uow.act("list-templates", permission="case.read")
        order = {kind: index for index, kind in enumerate(TEMPLATE_KINDS)}
        templates = uow.session.scalars(select(LetterTemplate))
        return sorted((_row(t) for t in templates), key=lambda row: order.get(row.kind, len(order)))


def get_template(uow: UnitOfWork, kind: str) -> TemplateRow:
    with uow:
        uow.act("show-template", permission="case.read")
        return _row(load_template(uow.session, kind))


def _require_kind(kind: str) -> str:
    if kind not in TEMPLATE_KINDS:
        raise ValidationError(_("Eine Vorlage »{kind}« gibt es nicht; möglich: {kinds}.").format(
            kind=kind, kinds=", ".join(TEMPLATE_KINDS)), "kind")
    return kind


def update_template(uow: UnitOfWork, kind: str, *, subject: str, body: str, expected_version: int,
                    name: str | None = None) -> int:
    """Save a new text (administrators); returns the new version."""
    _require_kind(kind)
    clean_subject = require_text(subject, _("Betreff"), field="subject", max_len=255)
    clean_body = require_text(body, _("Text"), field="body", max_len=50000, multiline=True)
    problems = check(clean_subject + "\n" + clean_body, known_names(kind))
    if problems:
        raise ValidationError(_("Die Vorlage »{name}« wurde nicht gespeichert. {problems}").format(
            name=template_label(kind), problems=" ".join(problems.messages())), "body")
    with uow:
        actor = uow.act("edit-template", template_label(kind), permission="template.edit")
        template = load_template(uow.session, kind)
        if template.version != expected_version:
            raise ConcurrentEditError(_("Die Vorlage »{name}« wurde inzwischen von {who} geändert (Version {version}). "
                                        "Bitte neu laden; Ihr Text bleibt erhalten.").format(
                name=template_label(kind), who=template.updated_by or _("jemand anderem"), version=template.version))
        template.subject, template.body = clean_subject, clean_body
        if name is not None:
            template.name = require_text(name, _("Name"), field="name", max_len=120)
        template.updated_at, template.updated_by = clock.now(), actor.username
        uow.session.flush()
        version = template.version
        uow.commit()
    return version


def restore_default(uow: UnitOfWork, kind: str, expected_version: int) -> int:
    """Put the shipped default text back (a new version; the old text stays in the audit trail)."""
    default = DEFAULTS[_require_kind(kind)]
    return update_template(uow, kind, subject=default.subject, body=default.body, expected_version=expected_version)
