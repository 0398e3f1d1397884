"""The PostgreSQL password: never in a configuration file, taken from the platform's keyring.

On Windows the keyring is the Credential Manager, on Linux the Secret Service. Where no keyring is
available, libpq's own mechanisms still work (`~/.pgpass`, `PGPASSWORD`): the URL then simply has no
password and the driver finds it. A URL with a password in a configuration file is refused.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

from app.kernel.errors import ConfigurationError
from app.kernel.i18n import _

SERVICE = "FoerderDesk"


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def with_stored_password(url: URL) -> URL:
    """Add the password from the keyring, if there is one for this server and user."""
    if url.get_backend_name() != "postgresql" or url.password or not url.username:
        return url
    try:
        import keyring
        from keyring.errors import KeyringError

        password = keyring.get_password(SERVICE, _account(url))
    except (ImportError, KeyringError, RuntimeError):
        return url  # no keyring here: libpq may still find ~/.pgpass or PGPASSWORD
    return url.set(password=password) if password else url


def store_password(url: URL, password: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, _account(url), password)
    except (ImportError, KeyringError, RuntimeError) as exc:
        raise ConfigurationError(_("Auf diesem Rechner gibt es keinen Passwortspeicher (Schlüsselbund). "
                                   "Bitte ~/.pgpass bzw. %APPDATA%\\postgresql\\pgpass.conf verwenden.")) from exc


def refuse_password_in_file(url: URL, source: str) -> None:
    if url.password:
        raise ConfigurationError(_("In {source} steht ein Datenbankpasswort im Klartext. Bitte entfernen und mit "
                                   "»foerderdesk db set-password« im Schlüsselbund speichern.").format(source=source))
