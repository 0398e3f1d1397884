"""Letterhead settings (name, address, contact, bank, logo, closing) as `letterhead.*` config values.

The defaults are invented demo values (the phone numbers cannot exist: German
subscriber numbers never begin with 0; `.example` is a reserved domain); an
administrator replaces them with the office's real data. Changes are audited
by the flush like every other change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel import clock
from app.kernel.errors import ConfigurationError, ValidationError
from app.kernel.i18n import _
from app.kernel.iban import validate_account
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text
from db.models import ConfigValue
from reports.letters import Letterhead

PREFIX = "letterhead."
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LENGTH = 500  # characters of one letterhead line (the value column is unbounded text)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    default: str
    multiline: bool = False


FIELDS: dict[str, Field] = {f.key: f for f in [
    Field("office", _("Name der Behörde"), "Landratsamt Kyffhäuserkreis"),
    Field("department", _("Amt"), "Jugend- und Sozialamt"),
    Field("street", _("Straße und Hausnummer"), "Markt 8"),
    Field("postcode_city", _("Postleitzahl und Ort"), "99706 Sondershausen"),
    Field("phone", _("Telefon (Zentrale)"), "03632 0123-0"),
    Field("email", _("E-Mail"), "foerderung@kyffhaeuser.example"),
    Field("website", _("Internet"), "www.kyffhaeuser.example"),
    Field("opening_hours", _("Sprechzeiten (je Zeile eine Angabe)"),
          "Di und Do 9:00–16:00 Uhr\nund nach Vereinbarung", multiline=True),
    Field("bank_name", _("Bank"), "Beispielbank Sondershausen"),
    Field("iban", _("IBAN"), "DE02120300000000202051"),
    Field("bic", _("BIC"), "BYLADEM1001"),
    Field("logo_path", _("Logo (PNG- oder JPEG-Datei)"), ""),
    Field("closing", _("Grußformel"), "Mit freundlichen Grüßen"),
    Field("signature_note", _("Hinweis unter dem Namen"),
          "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."),
]}


def letterhead_values(session: Session) -> dict[str, str]:
    """All letterhead settings, stored values over defaults."""
    stored = {row.key.removeprefix(PREFIX): json.loads(row.value)
              for row in session.scalars(select(ConfigValue).where(ConfigValue.key.startswith(PREFIX)))}
    return {key: str(stored.get(key, field.default)) for key, field in FIELDS.items()}


def set_letterhead(uow: UnitOfWork, changes: Mapping[str, str]) -> None:
    """Change letterhead settings (administrators); an empty text restores the default."""
    with uow:
        actor = uow.act("set-letterhead", permission="admin.configure")
        write_letterhead(uow.session, actor.username, changes)
        uow.commit()


def write_letterhead(session: Session, username: str, changes: Mapping[str, str]) -> None:
    """Store checked letterhead settings in the caller's transaction (the caller has checked the right)."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ValidationError(_("Unbekannte Briefkopf-Angaben: {keys}.").format(keys=", ".join(unknown)))
    for key, raw in changes.items():
        value = _checked(key, raw)
        row = session.get(ConfigValue, PREFIX + key)
        if row is None:
            row = ConfigValue(key=PREFIX + key, value="")
            session.add(row)
        row.value = json.dumps(value if value is not None else FIELDS[key].default, ensure_ascii=False)
        row.updated_at, row.updated_by = clock.now(), username
    _check_bank(letterhead_values(session))  # autoflush: sees the new values


def _checked(key: str, raw: str) -> str | None:
    field = FIELDS[key]
    value = clean_text(raw, field.label, field=key, max_len=MAX_LENGTH, required=False, multiline=field.multiline)
    if key == "logo_path" and value:
        read_logo(value)
        value = str(Path(value).expanduser().resolve())  # the GUI and the CLI start in different folders
    return value


def _check_bank(values: Mapping[str, str]) -> None:
    if values["iban"]:
        validate_account(values["iban"], values["bic"] or None)


def read_logo(path_text: str) -> bytes:
    """The logo file's bytes, checked to be a PNG or JPEG image of at most 2 MB."""
    path = Path(path_text).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(_("Das Logo {path} für den Briefkopf ist nicht lesbar: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    if len(data) > MAX_LOGO_BYTES:
        raise ConfigurationError(_("Das Logo {path} ist größer als 2 MB.").format(path=path))
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ConfigurationError(_("Das Logo {path} ist keine PNG- oder JPEG-Datei.").format(path=path))
    return data


def grouped_iban(iban: str) -> str:
    """IBAN in groups of four, as printed: "DE02 1203 0000 …"."""
    compact = iban.replace(" ", "").upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def load_letterhead(session: Session, values: Mapping[str, str] | None = None) -> Letterhead:
    """The letterhead for rendering, with the logo read from its file."""
    v = values if values is not None else letterhead_values(session)
    return Letterhead(
        office=v["office"], department=v["department"], street=v["street"], postcode_city=v["postcode_city"],
        phone=v["phone"], email=v["email"], website=v["website"],
        opening_hours=tuple(line.strip() for line in v["opening_hours"].splitlines() if line.strip()),
        bank_name=v["bank_name"], iban=grouped_iban(v["iban"]), bic=v["bic"],
        logo=read_logo(v["logo_path"]) if v["logo_path"] else None,
    )
