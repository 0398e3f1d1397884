"""Reading one cell of an office list: amounts, dates, years, yes/no, text and names with near-misses.

Excel hands numbers over as binary floats; they are turned into exact
Decimals right here (via their shortest decimal text, so 7500.2 stays
7500.20) and are never computed with as floats. Amounts typed as text
("1.440,00 €"), dates typed as text ("27.12.2024") and the dash for "none"
("–") are accepted; what was read from text is returned with a note, so the
report can show how the cell was understood.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from app.excel.mapping import normalise
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import CENT, MAX_AMOUNT, format_eur, to_money
from app.kernel.periods import format_date
from app.kernel.validation import clean_text, parse_date

NONE_MARKS = frozenset({"", "-", "–", "—", "./.", "k.a.", "n/a", "entfällt", "keine"})
YES = frozenset({"ja", "j", "x", "yes", "y", "1", "true", "wahr", "✓", "✔", "erledigt", "eingegangen", "liegt vor"})
NO = frozenset({"nein", "n", "no", "0", "false", "falsch", "offen"})
FLOAT_TOLERANCE = Decimal("0.000001")


class CellError(Exception):
    """The cell cannot be read as the field it is mapped to; the message is German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_none(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip().casefold() in NONE_MARKS)


def amount(value: object) -> tuple[Decimal | None, str | None]:
    """(amount or None, note when it was typed as text)."""
    if is_none(value):
        return None, None
    if isinstance(value, bool | dt.date):
        raise CellError(_("»{value}« ist kein Betrag.").format(value=_shown(value)))
    if isinstance(value, float):
        return _from_float(value), None
    if isinstance(value, int | Decimal):
        try:
            return _checked(to_money(value)), None
        except ValidationError as exc:
            raise CellError(_("»{value}« ist kein gültiger Betrag ({reason}).").format(
                value=value, reason=exc.message)) from None
    text = str(value).strip()
    try:
        money = _checked(to_money(text))
    except ValidationError as exc:
        raise CellError(_("»{text}« ist kein gültiger Betrag ({reason}).").format(text=text, reason=exc.message)) \
            from None
    return money, _("Betrag als Text »{text}« gelesen als {amount}.").format(text=text, amount=format_eur(money))


def _from_float(value: float) -> Decimal:
    try:
        exact = Decimal(repr(value))
    except InvalidOperation:
        raise CellError(_("»{value}« ist kein gültiger Betrag.").format(value=value)) from None
    if not exact.is_finite():
        raise CellError(_("»{value}« ist kein gültiger Betrag.").format(value=value))
    if abs(exact) > MAX_AMOUNT:  # before rounding: 1e30 has no room for cents in a Decimal context
        raise CellError(_("Der Betrag {value} ist zu groß: höchstens {maximum} sind möglich.").format(
            value=str(exact).replace(".", ","), maximum=format_eur(MAX_AMOUNT)))
    rounded = exact.quantize(CENT)
    if abs(exact - rounded) > FLOAT_TOLERANCE:
        raise CellError(_("Der Betrag {value} hat mehr als zwei Nachkommastellen.").format(
            value=str(exact).replace(".", ",")))
    return _checked(to_money(rounded))


def _checked(money: Decimal) -> Decimal:
    if money < 0:
        raise CellError(_("Der Betrag {amount} ist negativ.").format(amount=format_eur(money)))
    return money


def date(value: object) -> tuple[dt.date | None, str | None]:
    """(date or None, note when it was typed as text)."""
    if is_none(value):
        return None, None
    if isinstance(value, dt.datetime):
        return _plausible(value.date()), None
    if isinstance(value, dt.date):
        return _plausible(value), None
    if not isinstance(value, str):
        raise CellError(_("»{value}« ist kein Datum (erwartet TT.MM.JJJJ).").format(value=_shown(value)))
    text = value.strip()
    try:
        day = parse_date(text, _("Datum"))
    except ValidationError:
        raise CellError(_("»{text}« ist kein gültiges Datum (erwartet TT.MM.JJJJ).").format(text=text)) from None
    assert day is not None
    return _plausible(day), _("Datum als Text »{text}« gelesen als {date}.").format(text=text, date=format_date(day))


PERIOD_SPLIT = re.compile(r"\s*(?:–|—|-|\bbis\b)\s*", re.IGNORECASE)


def period(value: object) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    """A period typed in one cell ("01.03.2026 – 31.10.2026", "01.03.–31.10.2026", "1.3.2026 bis 31.10.2026")."""
    if is_none(value):
        return None, None
    text = str(value).strip()
    parts = [p for p in PERIOD_SPLIT.split(text, maxsplit=1) if p] if isinstance(value, str) else []
    if len(parts) != 2:
        raise CellError(_("»{text}« ist kein Zeitraum (erwartet TT.MM.JJJJ – TT.MM.JJJJ).").format(
            text=_shown(value)))
    first, second = parts
    end, _note = date(second)
    if end is not None and first.count(".") == 2 and first.endswith("."):
        first += str(end.year)  # "01.03.–31.10.2026"
    start, _note = date(first)
    if start is None or end is None or end < start:
        raise CellError(_("»{text}« ist kein gültiger Zeitraum.").format(text=text))
    return (start, end), _("Zeitraum »{text}« gelesen als {start} bis {end}.").format(
        text=text, start=format_date(start), end=format_date(end))


def _plausible(day: dt.date) -> dt.date:
    if not 1990 <= day.year <= 2100:
        raise CellError(_("Das Datum {date} ist nicht plausibel (Jahr vierstellig angeben).").format(
            date=format_date(day) if day.year >= 1000 else day.isoformat()))
    return day


def year(value: object) -> int | None:
    if is_none(value):
        return None
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    if not (text.isascii() and text.isdigit()) or not 2000 <= int(text) <= 2100:
        raise CellError(_("»{value}« ist kein gültiges Haushaltsjahr.").format(value=_shown(value)))
    return int(text)


def flag(value: object) -> bool:
    """Yes/no columns such as "VN eingegangen": "ja", "x", a date … mean yes; empty, "nein", "–" mean no."""
    if is_none(value) or value is False:
        return False
    if value is True or isinstance(value, dt.date):
        return True
    text = str(value).strip().casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError(_("»{value}« ist weder »ja« noch »nein«.").format(value=_shown(value)))


def text(value: object, label: str, max_len: int = 255, multiline: bool = False) -> str | None:
    if is_none(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.date):
        raise CellError(_("Hier wird ein Text erwartet, kein Datum."))
    try:
        return clean_text(str(value), label, max_len=max_len, required=False, multiline=multiline)
    except ValidationError as exc:
        raise CellError(exc.message) from None


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value if not isinstance(value, dt.datetime) else value.date())
    return str(value)


class NameMatcher:
    """Official names (municipalities, fields of action …) and the one meant by a near-miss spelling."""

    def __init__(self, names: Iterable[str], aliases: dict[str, str] | None = None) -> None:
        self.names = sorted(set(names))
        self._by_key = {normalise(n): n for n in self.names}
        self._aliases = {normalise(k): v for k, v in (aliases or {}).items() if v in self.names}

    def exact(self, value: str) -> str | None:
        return value if value in self.names else None

    def alias(self, value: str) -> str | None:
        """A correction the user confirmed earlier (saved with the mapping)."""
        return self._aliases.get(normalise(value))

    def suggest(self, value: str) -> str | None:
        """The official name probably meant: same letters, a unique longer official name, or a close spelling."""
        key = normalise(value)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        longer = [name for k, name in self._by_key.items() if k.startswith(key + " ")]
        if len(longer) == 1:
            return longer[0]
        close = difflib.get_close_matches(key, list(self._by_key), n=1, cutoff=0.85)
        return self._by_key[close[0]] if close else None
