"""What a CLI command needs: the database and the acting user, opened lazily."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.kernel.config import resolve_database
from app.kernel.database import Database, connect, require_current_schema, upgrade_schema
from app.kernel.i18n import _
from app.kernel.signin import MissingPassword, password_needed, sign_in
from app.kernel.uow import reading


@dataclass
class CliContext:
    args: argparse.Namespace
    _database: Database | None = field(default=None, init=False)
    _user_name: str | None = field(default=None, init=False)

    def database(self, *, migrate: bool | None = None) -> Database:
        """Open the configured database; an embedded SQLite file is migrated automatically."""
        if self._database is None:
            choice = resolve_database(getattr(self.args, "db", None))
            database = connect(choice.url, create_folder=choice.is_default)
            auto = database.backend == "sqlite" if migrate is None else migrate
            if auto and upgrade_schema(database):
                from app.administration.reference_data import ensure_reference_data

                ensure_reference_data(database)
            require_current_schema(database)
            self._database = database
        return self._database

    def user_name(self) -> str:
        """Who acts (`app.kernel.signin`): the operating-system account, or `--user NAME` after NAME's password
        was given — typed at the prompt, or one line on standard input with `--password-stdin`."""
        if self._user_name is None:
            database, claimed = self.database(), getattr(self.args, "user", None)
            password = self._password(claimed) if password_needed(database, claimed) else None
            try:
                self._user_name = sign_in(database, claimed, password)
            except MissingPassword as exc:
                raise MissingPassword(exc.message + " " + _("Bitte am Terminal eingeben oder mit --password-stdin "
                                                            "übergeben.")) from None
        return self._user_name

    def _password(self, claimed: str | None) -> str | None:
        if getattr(self.args, "sign_in_stdin", None):
            return sys.stdin.readline().rstrip("\r\n") or None
        if not sys.stdin.isatty():  # never wait on a terminal the caller does not see (scripts, pipes)
            return None
        try:
            return getpass.getpass(_("FörderDesk-Passwort von {name}: ").format(name=claimed)) or None
        except EOFError:
            return None

    @contextmanager
    def read(self, permission: str = "case.read") -> Iterator[Session]:
        """A read session for the acting user, opened only when their role has `permission`."""
        with reading(self.database(), self.user_name(), permission) as scope:
            yield scope.session

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
            self._user_name = None
