"""Log file in the platform's log folder; details of unexpected errors go here, not to the user.

Nothing personal reaches the file: the engines hide SQL parameters (`db.engine`), and every message and
traceback passes `scrub` on its way out, which masks IBANs, e-mail addresses and phone numbers, the
parameter part of database errors and the row values PostgreSQL quotes in its DETAIL lines. The file
rotates at 2 MB and keeps three old files.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from app.kernel.config import APP_NAME

MAX_BYTES = 2_000_000
BACKUP_COUNT = 3

_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_ROW_DETAIL = re.compile(r"(DETAIL:\s+Failing row contains ).*", re.IGNORECASE)
_KEY_DETAIL = re.compile(r"(Key \([^)]*\)=\().*?(\) (?:already exists|is (?:not present|still referenced))"
                         r")", re.IGNORECASE)
_QUOTED_INPUT = re.compile(r"((?:invalid input (?:syntax|value)|malformed)[^:\n]*:\s*)\"[^\"\n]*\"", re.IGNORECASE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)(?<!\d[.,:-])(?:\+|00)?\(?\d[\d ()/-]{5,}\d(?!\w|[.,:-]\d)")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    if _DATE_LIKE.search(text) or sum(ch.isdigit() for ch in text) < 7:
        return text  # a date, a time or a short number (line numbers, counts) is no phone number
    return "[Telefon]"


def scrub(text: str) -> str:
    """`text` without SQL parameters, quoted row values, IBANs, e-mail addresses and phone numbers."""
    text = _SQL_PARAMETERS.sub("[parameters: (ausgeblendet)]", text)
    text = _ROW_DETAIL.sub(r"\1(ausgeblendet)", text)
    text = _KEY_DETAIL.sub(r"\1(ausgeblendet)\2", text)
    text = _QUOTED_INPUT.sub(r'\1"(ausgeblendet)"', text)
    text = _IBAN.sub("[IBAN]", text)
    text = _EMAIL.sub("[E-Mail]", text)
    return _PHONE.sub(_phone, text)


class ScrubbingFormatter(logging.Formatter):
    """Scrubs the message, the traceback and the stack; the time stamp and level stay as they are.

    Another handler may have cached the traceback text on the record unscrubbed (`exc_text`): it is scrubbed
    for this output only and put back afterwards."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        if cached:
            record.exc_text = scrub(cached)
        try:
            return super().format(record)
        finally:
            if cached:
                record.exc_text = cached

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        record.message = scrub(record.message)
        return super().formatMessage(record)

    def formatException(self, ei: logging._SysExcInfoType) -> str:  # noqa: N802
        return scrub(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return scrub(super().formatStack(stack_info))


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "foerderdesk.log"


def file_handler(path: Path) -> logging.Handler:
    """The rotating, scrubbing handler writing to `path` (a NullHandler where the folder cannot be made)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    root.addHandler(file_handler(log_file()))
    root.setLevel(level)
