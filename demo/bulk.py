"""Demo cases beyond the walked ones: copies of walked cases with all their rows, written in bulk.

Walking a case through the services takes tens of milliseconds per step; 10,000 cases would take ten
minutes. So the generator walks the first cases (every state and every warning of the demo office is
reached there), and each further case is a copy of a walked case of the drawn state, written with
SQLAlchemy Core: the case with its lines, goals, scores, rule results, documents, decisions, hearings,
payments, orders, proof of use, clawbacks, deadlines, consultations and notes, under a new file number
(drawn from the programme-year's counter), for another organisation of the same kind. A copied idea's
consultation moves to its advisor's next free slot (one advisor, one slot). Issued letters are not copied
(their PDF names the original case). Everything goes in one transaction, one multi-row insert per table and
chunk; the audit trail of the copies is the database's own on PostgreSQL (its triggers), on SQLite written
and sealed in bulk (`demo.bulk_audit`).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Enum, String, Table, func, insert, select, text, update

from app.administration import programmes
from app.cases.consultations import consultation_hours
from app.kernel import search_index
from app.kernel.budget import committed_amount
from app.kernel.case_records import IDEA_PREFIX
from db.enums import ConsultationStatus
from db.models import Application, Budget, CaseSearch, FileNumberCounter, Municipality, Programme
from demo.bulk_audit import Trail, context_sql, snapshot
from demo.setup import DemoWorld
from demo.slots import Slots

SKIPPED = frozenset({"audit_events", "case_search", "letters", "reminders"})
CHUNK = 500


def case_tables() -> list[Table]:
    """The tables holding a case's rows, parents before children."""
    tables = Application.metadata.sorted_tables
    inside = {"applications"}
    for table in tables:
        if table.name not in SKIPPED and any(fk.column.table.name in inside for fk in table.foreign_keys):
            inside.add(table.name)
    return [t for t in tables if t.name in inside]


class Templates:
    """The walked cases' rows, by table and case, read once as the driver holds them (copied unconverted)."""

    def __init__(self, conn: Connection, tables: list[Table]) -> None:
        self.tables = tables
        self.rows: dict[str, dict[int, list[dict[str, Any]]]] = {}  # table → case id → rows
        owner: dict[str, dict[int, int]] = {"applications": {}}  # table → row id → case id
        quote = conn.dialect.identifier_preparer.quote
        for table in tables:
            by_case: dict[int, list[dict[str, Any]]] = defaultdict(list)
            owned = owner.setdefault(table.name, {})
            names = [c.name for c in table.columns]
            order = ", ".join(quote(c.name) for c in table.primary_key.columns)
            raw = conn.exec_driver_sql(f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table.name)} "
                                       f"ORDER BY {order}")
            for values in raw:
                row = dict(zip(names, values, strict=True))
                case_id = row["id"] if table.name == "applications" else self._case_of(table, row, owner)
                if case_id is not None:
                    by_case[case_id].append(row)
                    if "id" in table.c:
                        owned[row["id"]] = case_id
            self.rows[table.name] = by_case
        # the cases as the ORM reads them, for the audit snapshot of their copies (SQLite)
        self.snapshots = {row["id"]: snapshot(row) for row in conn.execute(select(Application.__table__)).mappings()}

    @staticmethod
    def _case_of(table: Table, row: Any, owner: dict[str, dict[int, int]]) -> int | None:
        for fk in table.foreign_keys:
            parent = owner.get(fk.column.table.name)
            value = row[fk.parent.name]
            if parent is not None and value is not None and value in parent:
                return parent[value]
        return None

    def cases(self) -> list[dict[str, Any]]:
        return [rows[0] for rows in self.rows["applications"].values()]


class DriverValues:
    """Converts the few values the copy computes with (consultation slots, follow-up dates) between the driver's
    form (on SQLite ISO text) and Python's, with the columns' own type processors."""

    def __init__(self, conn: Connection, tables: list[Table]) -> None:
        self.columns = {(t.name, c.name): c for t in tables for c in t.columns}
        self.dialect = conn.dialect

    def read(self, table: str, column: str, value: Any) -> Any:
        processor = self.columns[(table, column)].type._cached_result_processor(self.dialect, None)
        return processor(value) if processor is not None and value is not None else value

    def write(self, table: str, column: str, value: Any) -> Any:
        processor = self.columns[(table, column)].type._cached_bind_processor(self.dialect)
        return processor(value) if processor is not None and value is not None else value

    def shift(self, table: str, column: str, value: Any, days: dt.timedelta) -> Any:
        return self.write(table, column, self.read(table, column, value) + days)


def _text(column: Column[Any]) -> bool:
    return isinstance(column.type, String) and not isinstance(column.type, Enum)


class Copier:
    """Writes copies of template cases; keeps the next id per table and the file-number counters."""

    def __init__(self, conn: Connection, world: DemoWorld, templates: Templates, slots: Slots) -> None:
        self.conn, self.world, self.templates, self.slots = conn, world, templates, slots
        self.values = DriverValues(conn, templates.tables)
        self.trail = Trail(conn) if conn.dialect.name == "sqlite" else None  # PostgreSQL: its triggers
        self.next_id = {t.name: int(conn.scalar(select(func.coalesce(func.max(t.c.id), 0))) or 0) + 1
                        for t in templates.tables if "id" in t.c}
        self.counters = {(pid, year): n for pid, year, n in conn.execute(
            select(FileNumberCounter.programme_id, FileNumberCounter.fiscal_year, FileNumberCounter.last_number))}
        self.existing = set(self.counters)
        self.patterns = {pid: (code, pattern) for pid, code, pattern in conn.execute(
            select(Programme.id, Programme.code, Programme.file_number_pattern))}
        self.kinds: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for organisation in world.organisations:
            self.kinds[organisation[1]].append(organisation)
        self.kind_of = {org_id: kind for org_id, kind, _place in world.organisations}
        self.place_of = {org_id: place for org_id, _kind, place in world.organisations}
        self.municipalities: dict[str, int] = {name: mid for name, mid in conn.execute(
            select(Municipality.name, Municipality.id))}
        self.shape = {t.name: ([(fk.parent.name, fk.column.table.name) for fk in t.foreign_keys],
                               [c.name for c in t.columns if _text(c)], "id" in t.c) for t in templates.tables}

    def copy(self, rng: random.Random, template_ids: Iterable[int]) -> None:
        batch: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for case_id in template_ids:
            self._copy_case(rng, case_id, batch)
        quote = self.conn.dialect.identifier_preparer.quote
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        for table in self.templates.tables:
            rows = batch[table.name]
            if rows:  # the driver's executemany with the values as read: no conversion per value
                names = list(rows[0])
                values = itemgetter(*names) if len(names) > 1 else lambda r, name=names[0]: (r[name],)
                self.conn.exec_driver_sql(
                    f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                    f"VALUES ({', '.join([mark] * len(names))})", [values(r) for r in rows])
        if self.trail is not None:
            self.trail.write()
        # new cases: their search texts are inserted, nothing to replace (`search_index.write_cases` deletes first)
        self.conn.execute(insert(CaseSearch), [search_index.case_row(r["id"], r["file_number"], r["title"])
                                               for r in batch["applications"]])

    def _copy_case(self, rng: random.Random, case_id: int, batch: dict[str, list[dict[str, Any]]]) -> None:
        case = self.templates.rows["applications"][case_id][0]
        new_ids: dict[str, dict[int, int]] = defaultdict(dict)
        old_ref = case["file_number"] or f"{IDEA_PREFIX}{case_id}"
        new_id = self.next_id["applications"]
        new_ref = self._file_number(case) if case["file_number"] else f"{IDEA_PREFIX}{new_id}"
        swap = self._organisation(rng, case)
        for table in self.templates.tables:
            links, texts, keyed = self.shape[table.name]
            for row in self.templates.rows[table.name].get(case_id, ()):
                copied = dict(row)
                if keyed:  # (link tables are keyed by their references)
                    copied["id"] = new_ids[table.name][row["id"]] = self._take(table.name)
                for name, parent in links:
                    mapped = new_ids[parent].get(copied[name])
                    if mapped is not None:
                        copied[name] = mapped
                for name in texts:
                    value = copied[name]
                    if value is not None and old_ref in value:
                        copied[name] = value.replace(old_ref, new_ref)
                if swap and copied.get("applicant_id", 0) == case["applicant_id"]:
                    copied["applicant_id"] = swap["applicant_id"]
                if table.name == "applications":
                    self._case_fields(copied, case, new_ref, swap)
                elif table.name == "consultations":
                    self._move_consultation(copied, batch)
                batch[table.name].append(copied)
                if self.trail is not None and table.name == "applications":
                    self.trail.created(self.templates.snapshots[case_id], row, copied)

    def _case_fields(self, application: dict[str, Any], case: dict[str, Any], new_ref: str,
                     swap: dict[str, Any] | None) -> None:
        application["file_number"] = new_ref if case["file_number"] else None
        if swap:
            old_place = self.place_of[case["applicant_id"]].split("/")[0]
            old_title = application["title"]
            application["title"] = re.sub(rf"{re.escape(old_place)}$", swap["place"], old_title)
            if application["description"]:
                application["description"] = application["description"].replace(old_title, application["title"])
            application["contact_person_id"] = swap["contact_person_id"]
            application["municipality_id"] = swap["municipality_id"]

    def _move_consultation(self, consultation: dict[str, Any], batch: dict[str, list[dict[str, Any]]]) -> None:
        """The advisor's next free slot from the template's on; the follow-up (and its deadline) move with it."""
        if consultation["status"] == ConsultationStatus.cancelled:
            return  # a cancelled talk holds no slot
        wished = self.values.read("consultations", "on", consultation["on"])
        day, start = self.slots.take(consultation["staff_id"], wished,
                                     self.values.read("consultations", "start_time", consultation["start_time"]),
                                     consultation["duration_minutes"])
        shift = day - wished
        consultation["on"] = self.values.write("consultations", "on", day)
        consultation["start_time"] = self.values.write("consultations", "start_time", start)
        if shift and consultation["follow_up_on"] is not None:
            consultation["follow_up_on"] = self.values.shift("consultations", "follow_up_on",
                                                             consultation["follow_up_on"], shift)
            for deadline in batch["deadlines"][::-1]:
                if deadline["id"] == consultation["deadline_id"]:
                    deadline["due_on"] = self.values.shift("deadlines", "due_on", deadline["due_on"], shift)
                    break

    def _take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _file_number(self, case: dict[str, Any]) -> str:
        key = (case["programme_id"], case["fiscal_year"])
        self.counters[key] = self.counters.get(key, 0) + 1
        code, pattern = self.patterns[case["programme_id"]]
        return str(pattern.format(code=code, year=case["fiscal_year"], number=self.counters[key]))

    def _organisation(self, rng: random.Random, case: dict[str, Any]) -> dict[str, Any] | None:
        """Another organisation of the same kind (its contact and municipality with it). The organisation chosen
        for the applicant file's warnings gets no copies: its file shows the walked cases' warnings, once each."""
        kind = self.kind_of.get(case["applicant_id"])
        if kind is None:
            return None
        chosen = self.world.organisations[0][0]
        others = [o for o in self.kinds[kind] if o[0] != chosen and o[2] in self.municipalities] \
            if case["applicant_id"] == chosen else self.kinds[kind]
        org_id, _kind, place = rng.choice(others)
        municipality = self.municipalities.get(place)
        if org_id == chosen or municipality is None:
            return None
        return {"applicant_id": org_id, "contact_person_id": self.world.contacts[org_id],
                "municipality_id": municipality, "place": place.split("/")[0]}

    def finish(self) -> None:
        """Counters past the numbers used, the audit chain's head past the copies' events; on PostgreSQL the id
        sequences past the ids written."""
        if self.trail is not None:
            self.trail.finish()
        for (pid, year), number in self.counters.items():
            if (pid, year) in self.existing:
                self.conn.execute(update(FileNumberCounter).where(
                    FileNumberCounter.programme_id == pid, FileNumberCounter.fiscal_year == year,
                ).values(last_number=number))
            else:
                self.conn.execute(insert(FileNumberCounter).values(programme_id=pid, fiscal_year=year,
                                                                   last_number=number))
        if self.conn.dialect.name == "postgresql":
            for table in (t for t in self.templates.tables if "id" in t.c):
                self.conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                       f"(SELECT coalesce(max(id), 1) FROM {table.name}))"))


def copy_cases(world: DemoWorld, rng: random.Random, count: int, weights: dict[Any, int]) -> None:
    """`count` copies of walked cases, their states drawn by `weights` from the states the walk reached."""
    tables = case_tables()
    with world.database.read() as session:
        hours = consultation_hours(session)
    with world.database.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            context_sql(conn)
        templates = Templates(conn, tables)
        by_state: dict[Any, list[int]] = defaultdict(list)
        for case in templates.cases():
            by_state[case["status"]].append(case["id"])
        states = [s for s in weights if by_state.get(s)]
        copier = Copier(conn, world, templates, Slots(conn, hours))
        drawn = [rng.choice(by_state[s]) for s in rng.choices(states, [weights[s] for s in states], k=count)]
        for start in range(0, count, CHUNK):
            copier.copy(rng, drawn[start:start + CHUNK])
        copier.finish()
    _raise_budgets(world)


def _raise_budgets(world: DemoWorld) -> None:
    """Copies of granted cases commit money: an allocation below what is committed is raised above it."""
    with world.database.read() as session:
        budgets = [(code, year, allocation, committed_amount(session, pid, year))
                   for pid, code, year, allocation in session.execute(
                       select(Programme.id, Programme.code, Budget.fiscal_year, Budget.allocation)
                       .join(Budget, Budget.programme_id == Programme.id))]
    admin = world.uow("admin")
    for code, year, allocation, committed in budgets:
        if committed > allocation:
            programmes.set_budget(admin, code, year, (committed * Decimal("1.1")).quantize(Decimal("1000")),
                                  reason="Zuweisung des Landes laut Änderungsbescheid")
