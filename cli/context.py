"""What a CLI command needs: the database and the acting user, opened lazily."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.kernel.config import resolve_database
from app.kernel.database import Database, connect, require_current_schema, upgrade_schema
from app.kernel.db_login import acting_user_on_server
from app.kernel.uow import reading


@dataclass
class CliContext:
    args: argparse.Namespace
    _database: Database | None = field(default=None, init=False)
    _user: str | None = field(default=None, init=False)

    def database(self, *, migrate: bool | None = None) -> Database:
        """Open the configured database; an embedded SQLite file is migrated automatically."""
        if self._database is None:
            choice = resolve_database(getattr(self.args, "db", None))
            database = connect(choice.url)
            auto = database.backend == "sqlite" if migrate is None else migrate
            if auto and upgrade_schema(database):
                from app.administration.reference_data import ensure_reference_data

                ensure_reference_data(database)
            require_current_schema(database)
            self._database = database
        return self._database

    def user_name(self) -> str:
        """The acting user: on the shared server the person behind the login (a different --user is refused)."""
        if self._user is None:
            claimed = getattr(self.args, "user", None)
            self._user = acting_user_on_server(self.database(), claimed, getpass.getuser()) or claimed \
                or getpass.getuser()
        return self._user

    @contextmanager
    def read(self, permission: str = "case.read") -> Iterator[Session]:
        """A read session for the acting user, opened only when their role has `permission`."""
        with reading(self.database(), self.user_name(), permission) as scope:
            yield scope.session

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
            self._user = None
