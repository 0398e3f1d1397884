"""Choosing the database from the administration: test a connection, save the address (never a password)."""

from __future__ import annotations

from pathlib import Path

from app.kernel.config import site_config_file, user_config_file
from app.kernel.config_file import update_config
from app.kernel.credentials import refuse_password_in_file, store_password
from app.kernel.database import connect, parse_url, schema_state
from app.kernel.errors import ConfigurationError
from app.kernel.i18n import _


def check_connection(url: str, password: str | None = None) -> str:
    """One round trip and the schema state, as a German sentence; raises with the reason otherwise."""
    parsed = parse_url(url)
    if password:
        parsed = parsed.set(password=password)
    database = connect(parsed.render_as_string(hide_password=False))
    try:
        current, head = schema_state(database)
    finally:
        database.dispose()
    if current == head:
        return _("Verbindung in Ordnung; die Datenbank ist auf dem Stand dieses Programms ({head}).").format(head=head)
    if current is None:
        return _("Verbindung in Ordnung; die Datenbank ist noch leer (»foerderdesk db upgrade« richtet sie ein).")
    return _("Verbindung in Ordnung, aber der Datenbankstand {current} passt nicht zum Programm ({head}).").format(
        current=current, head=head)


def save_database_url(url: str, *, machine_wide: bool = False, password: str | None = None) -> Path:
    """Write `[database] url` to the user's (or the machine's) config file; a password goes to the keyring."""
    parsed = parse_url(url)
    refuse_password_in_file(parsed, _("der Adresse"))
    if password:
        store_password(parsed, password)
    target = site_config_file() if machine_wide else user_config_file()
    try:
        readable = url.strip() if parsed.get_backend_name() == "sqlite" else None  # "C:/…", not "C%3A/…"
        update_config(target, "database", "url", readable or parsed.render_as_string(hide_password=True))
    except ValueError as exc:
        raise ConfigurationError(_("Die Einstellungsdatei {path} ist nicht lesbar oder enthält mehr als einfache "
                                   "Einträge; sie wird nicht überschrieben. Bitte von Hand ändern.").format(
            path=target)) from exc
    except OSError as exc:
        raise ConfigurationError(_("Die Einstellung kann nicht gespeichert werden ({path}: {error}). Für alle "
                                   "Benutzer des Rechners sind Administratorrechte nötig.").format(
            path=target, error=exc.strerror or exc)) from exc
    return target
