"""Partial indexes (an index over the rows a condition selects), their condition written once for both backends.

SQLAlchemy checks an option named for a dialect (`postgresql_where`) by loading that dialect, and loading
PostgreSQL's costs about 70 ms (it defines its catalog tables) – on the embedded SQLite file, where nothing else
needs it, a tenth of the program's start (issue 26). So an index made here carries its condition for SQLite at
once and for PostgreSQL from the moment an engine for PostgreSQL is made (`db.engine.make_engine`), before
anything is created or compared on that server.
"""

from __future__ import annotations

from sqlalchemy import Index, text

_made: list[tuple[Index, str]] = []
_postgresql = False


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """`Index(name, *columns)` over the rows where `where` (SQL common to both backends) holds."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    _made.append((index, where))
    if _postgresql:
        _add_postgresql_condition(index, where)
    return index


def use_postgresql() -> None:
    """Give every partial index, made or still to be made, its condition for PostgreSQL as well."""
    global _postgresql
    _postgresql = True
    for index, where in _made:
        _add_postgresql_condition(index, where)


def _add_postgresql_condition(index: Index, where: str) -> None:
    options = index.dialect_options["postgresql"]
    if options.get("where") is None:
        options["where"] = text(where)
