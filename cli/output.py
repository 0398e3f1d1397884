"""Printing read models as German text tables or JSON (amounts as strings with two decimals)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, overload

from app.kernel.money import format_eur
from app.kernel.periods import format_date


@overload
def to_jsonable(value: Mapping[str, Any]) -> dict[str, Any]: ...
@overload
def to_jsonable(value: Any) -> Any: ...
def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value.as_tuple().exponent >= -2 else str(value)  # type: ignore[operator]  # an int for finite amounts
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return format_eur(value)
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def print_table(headers: list[str], rows: list[list[Any]], right: frozenset[int] = frozenset()) -> None:
    texts = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in texts]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths,
                                                                                                 strict=True)))
    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in texts:
        print(line(row))
