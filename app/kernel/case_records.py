"""Loading a case for a use case, and the optimistic-locking check."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.errors import ConcurrentEditError, NotFound
from app.kernel.i18n import _
from app.kernel.periods import format_date
from db.models import Application, AuditEvent, User

IDEA_PREFIX = "IDEE-"


def case_file_number(application: Application) -> str:
    """File number, or for a project idea without one, `IDEE-<id>`."""
    return application.file_number or f"{IDEA_PREFIX}{application.id}"


def load_case(session: Session, file_number: str, *, for_update: bool = False) -> Application:
    """A case by file number (or `IDEE-<id>`); row-locked on PostgreSQL when `for_update`."""
    ref = (file_number or "").strip()
    if ref.upper().startswith(IDEA_PREFIX) and ref[len(IDEA_PREFIX):].isdigit():
        query = select(Application).where(Application.id == int(ref[len(IDEA_PREFIX):]))
    else:
        query = select(Application).where(Application.file_number == ref)
    if for_update:
        query = query.with_for_update()
    application = session.scalar(query)
    if application is None:
        raise NotFound(_("Einen Vorgang mit dem Aktenzeichen »{ref}« gibt es nicht.").format(ref=ref))
    return application


def check_version(session: Session, application: Application, expected_version: int | None) -> None:
    """Refuse a save based on an outdated copy, naming who changed the case and when."""
    if expected_version is None or expected_version == application.version:
        return
    last = session.scalar(
        select(AuditEvent).where(AuditEvent.application_id == application.id).order_by(AuditEvent.id.desc()).limit(1)
    )
    who, when = _("jemand anderes"), ""
    if last is not None:
        user = session.scalar(select(User).where(User.username == last.user_name))
        who = user.display_name if user else last.user_name
        local = last.at.astimezone()
        when = _(" am {date} um {time} Uhr").format(date=format_date(local.date()), time=local.strftime("%H:%M"))
    raise ConcurrentEditError(
        _("Der Vorgang {ref} wurde inzwischen von {who}{when} geändert. Bitte neu laden; "
          "Ihre Eingaben bleiben erhalten.").format(ref=case_file_number(application), who=who, when=when)
    )
