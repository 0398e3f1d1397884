"""Texts kept in the database language-neutral: a message id and its parameters, rendered when read.

A text the program writes into a row (a rule's reason, a deadline's subject) is stored as its German source
text with `{placeholders}` (the gettext message id, marked with `N_()` so the catalogue extracts it) and the
parameters as JSON: dates as ISO days, amounts and rates as Decimal strings, labels that need translating as
message ids themselves. Whoever reads the row renders it in *their* language with `render()`; a check run in
English therefore shows German reasons to a German reader.

Free text (a follow-up subject a person typed, old rows that could not be mapped) is stored with parameters
NULL and shown as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.kernel.i18n import _
from app.kernel.money import format_eur, format_percent
from app.kernel.periods import format_date


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark a message id for extraction without translating it now (it is stored, and translated when read)."""
    return text


@dataclass(frozen=True)
class Percent:
    """A fraction shown as a percentage (0.8 → "80 %")."""

    fraction: Decimal


@dataclass(frozen=True)
class Label:
    """A parameter that is itself a message id (e.g. "Freistellungsbescheid"): translated when rendered."""

    message: str


@dataclass(frozen=True)
class Lines:
    """Stored texts shown one after the other (a proposal's reasons, then its alignment and score)."""

    texts: tuple[StoredText, ...]
    separator: str = "\n"


Param = str | int | Decimal | dt.date | Percent | Label | Lines


@dataclass(frozen=True)
class StoredText:
    """A message id with parameters (`params` None: free text, shown as it is)."""

    message: str
    params: dict[str, Any] | None = field(default=None)

    @property
    def params_json(self) -> str | None:
        """The parameters as stored in the `…_params` column (None for free text)."""
        return None if self.params is None else json.dumps(self.params, ensure_ascii=False, sort_keys=True)

    def render(self) -> str:
        return render(self.message, self.params_json)

    def __str__(self) -> str:
        return self.render()


def coded(message: str, **params: Param) -> StoredText:
    """A text to store: `coded(N_("Frist bis {due}"), due=day)`. Amounts as Decimal, days as date."""
    return StoredText(message, {name: _encode(value) for name, value in params.items()})


def free(text: str) -> StoredText:
    """Text a person typed (or an old row that cannot be mapped): stored and shown as it is."""
    return StoredText(text, None)


_JOINED = "{text}"  # not a message of the catalogue: rendering leaves it as it is


def joined(*texts: StoredText | None, separator: str = "\n") -> StoredText:
    """Several stored texts as one (each rendered in the reader's language); None and empty free texts left out."""
    kept = tuple(t for t in texts if t is not None and (t.params is not None or t.message))
    return coded(_JOINED, text=Lines(kept, separator))


def _encode(value: Param) -> Any:
    if isinstance(value, bool):
        raise TypeError("a yes/no parameter has no language-neutral form; use two messages")
    if isinstance(value, dt.datetime):
        raise TypeError("store the day (date), not a timestamp")
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"eur": str(value)}
    if isinstance(value, Percent):
        return {"percent": str(value.fraction)}
    if isinstance(value, Label):
        return {"msg": value.message}
    if isinstance(value, Lines):
        return {"lines": [[t.message, t.params] for t in value.texts], "sep": value.separator}
    if isinstance(value, int | str):
        return value
    raise TypeError(f"unsupported parameter {value!r}")


def _decode(value: Any) -> str:
    """One parameter in the reader's language (numbers and days in the office's German notation)."""
    if isinstance(value, dict) and "lines" in value:
        return str(value.get("sep", "\n")).join(
            render(str(m), None if p is None else json.dumps(p)) for m, p in value["lines"])
    if isinstance(value, dict) and len(value) == 1:
        (kind, raw), = value.items()
        if kind == "date":
            return format_date(dt.date.fromisoformat(raw))
        if kind == "eur":
            return format_eur(Decimal(raw))
        if kind == "percent":
            return format_percent(Decimal(raw))
        if kind == "msg":
            return _(raw)
    return str(value)


def render(message: str, params_json: str | None) -> str:
    """The stored text in the active language; free text (params None) unchanged; never fails on a bad row."""
    if params_json is None:
        return message
    try:
        params = json.loads(params_json)
        return _(message).format(**{name: _decode(value) for name, value in params.items()})
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return message  # a damaged row still shows its message rather than breaking the whole view


# One column for both (a document's note, an audit reason): a coded text is kept as one JSON object. The audit
# trail is hash-chained, so its reason column cannot get a second `…_params` column beside it.
_PACKED = '{"m": '


def pack(text: StoredText | str | None) -> str | None:
    """A text for a single column: free text as it is, a coded one as `{"m": message id, "p": parameters}`."""
    if text is None or isinstance(text, str):
        return text
    if text.params is None:
        return text.message
    return json.dumps({"m": text.message, "p": text.params}, ensure_ascii=False, sort_keys=True)


def unpack(stored: str | None) -> str | None:
    """A single-column stored text (see `pack`) in the active language; free text unchanged."""
    if stored is None or not stored.startswith(_PACKED):
        return stored
    try:
        data = json.loads(stored)
        message, params = data["m"], data["p"]
    except (ValueError, KeyError, TypeError):
        return stored
    if not isinstance(message, str) or not isinstance(params, dict):
        return stored
    return render(message, json.dumps(params))
