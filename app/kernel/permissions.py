"""Who may do what. Checked in the services, whatever a user interface shows.

Permissions are named strings; workflow actions are permissions too
(`case.<action>`), declared with their roles in `app.cases.workflow` through `declare`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.kernel.errors import PermissionDenied
from app.kernel.i18n import _
from db.enums import Role

ROLE_LABELS = {
    Role.reader: _("Lesezugriff"),
    Role.caseworker: _("Sachbearbeitung"),
    Role.supervisor: _("Sachgebietsleitung"),
    Role.admin: _("Administration"),
}

CASEWORK = frozenset({Role.caseworker, Role.supervisor})
EVERYONE = frozenset(Role)
ADMIN = frozenset({Role.admin})
SUPERVISOR = frozenset({Role.supervisor})

# Permissions outside the workflow: (roles, German label of the action).
PERMISSIONS: dict[str, tuple[frozenset[Role], str]] = {
    "case.read": (EVERYONE, _("Vorgänge ansehen")),
    "case.create": (CASEWORK, _("Antrag anlegen")),
    "case.edit": (CASEWORK, _("Antrag bearbeiten")),
    "case.check": (CASEWORK, _("Formelle Prüfung durchführen")),
    "case.override": (CASEWORK, _("Prüfregel übersteuern")),
    "case.documents": (CASEWORK, _("Unterlagen erfassen")),
    "case.note": (CASEWORK, _("Notiz anlegen")),
    "case.consultation": (CASEWORK, _("Beratungstermin anlegen")),
    "deadline.manage": (CASEWORK, _("Fristen bearbeiten")),
    "applicant.edit": (CASEWORK, _("Antragsteller anlegen oder ändern")),
    "audit.read": (frozenset({Role.supervisor, Role.admin, Role.caseworker}), _("Protokoll ansehen")),
    "user.manage": (ADMIN, _("Benutzer verwalten")),
    "admin.configure": (ADMIN, _("Programme, Haushalt und Einstellungen verwalten")),
    "case.review": (CASEWORK, _("Antrag im Gremium bewerten")),
    "letter.issue": (CASEWORK, _("Schreiben ausstellen")),
    "template.edit": (ADMIN, _("Vorlagen für Schreiben bearbeiten")),
    # payments to the cash office (issue 14); "rechnerisch richtig" and "angeordnet" need Anordnungsbefugnis
    "payment.plan": (CASEWORK, _("Zahlungsplan festlegen")),
    "payment.order": (CASEWORK, _("Auszahlungsanordnung anlegen oder stornieren")),
    "payment.sign_factual": (CASEWORK, _("Sachlich richtig zeichnen")),
    "payment.sign_arithmetic": (SUPERVISOR, _("Rechnerisch richtig zeichnen und anordnen")),
    "payment.export": (CASEWORK, _("Zahlungslauf an die Kasse exportieren")),
    "payment.reexport": (SUPERVISOR, _("Zahlungslauf erneut exportieren")),
    "payment.book": (CASEWORK, _("Zahlung der Kasse buchen")),
    "payment.remind": (CASEWORK, _("Mahnung ausstellen")),
}

_DECLARED: dict[str, tuple[frozenset[Role], str]] = {}


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them."""

    id: int
    username: str
    display_name: str
    role: Role


def allowed(role: Role, permission: str) -> bool:
    roles, _label = _lookup(permission)
    return role in roles


def require(actor: Actor, permission: str) -> None:
    roles, label = _lookup(permission)
    if actor.role not in roles:
        raise PermissionDenied(
            _("{name} ({role}) darf »{action}« nicht ausführen.").format(
                name=actor.display_name, role=ROLE_LABELS[actor.role], action=label
            )
        )


def declare(permission: str, roles: frozenset[Role], label: str) -> None:
    """A permission declared by a feature (the case workflow declares one per action: `case.<action>`).

    Permissions listed in `PERMISSIONS` keep their roles; a feature cannot widen them."""
    if permission not in PERMISSIONS:
        _DECLARED[permission] = (roles, label)


def _lookup(permission: str) -> tuple[frozenset[Role], str]:
    found = PERMISSIONS.get(permission) or _DECLARED.get(permission)
    if found is None:
        raise KeyError(f"unknown permission {permission!r} (is the lifecycle that declares it imported?)")
    return found
