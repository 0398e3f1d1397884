"""Files appear complete or not at all: written under a hidden partial name, renamed when done.

A process that is killed while writing leaves only a hidden `.~foerderdesk-….part` file, never a
half-written target; the next write into the same folder removes such leftovers of dead processes.

Only regular files are ever replaced: a target that exists as a device, a named pipe, a socket or a
folder is refused before anything is written (a rename would swap `/dev/…` for a plain file), and
checked again just before the rename. Every file the program writes goes through here.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.kernel.errors import ValidationError
from app.kernel.i18n import _

PREFIX = ".~foerderdesk-"
SUFFIX = ".part"
STALE_SECONDS = 600


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _("ein Ordner")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("ein Gerät")
    if stat.S_ISFIFO(mode):
        return _("eine benannte Pipe")
    if stat.S_ISSOCK(mode):
        return _("ein Socket")
    return _("keine gewöhnliche Datei")


def check_target(target: Path) -> None:
    """Refuse a target FörderDesk must not replace: anything but a regular file, or one in a missing folder."""
    target = Path(target)
    try:
        mode = os.stat(target).st_mode  # follows a link: what it points to must be a regular file too
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise ValidationError(_("Der Ordner {folder} existiert nicht.").format(folder=target.parent),
                                  "path") from None
        return
    except OSError:
        return  # unreadable: the write itself will report it
    if not stat.S_ISREG(mode):
        raise ValidationError(_("{path} ist {kind}, keine gewöhnliche Datei; FörderDesk schreibt nicht darauf. "
                                "Bitte einen Dateinamen angeben.").format(path=target, kind=_kind(mode)), "path")


def partial_name(target: Path) -> Path:
    """A unique hidden name beside `target` (same file system, so the final rename is atomic).

    Refuses (ValidationError) a target that is not a regular file, before anything is written.
    """
    check_target(target)
    return target.with_name(f"{PREFIX}{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{SUFFIX}")


def _owner_alive(path: Path) -> bool:
    parts = path.name[len(PREFIX):-len(SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit() or os.name != "posix":
        return True  # unknown owner: leave it to the age rule
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(folder: Path) -> int:
    """Delete partial files whose writer is gone (or that are older than ten minutes)."""
    removed = 0
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        with contextlib.suppress(OSError):
            if not _owner_alive(path) or time.time() - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
                removed += 1
    return removed


def replace_atomically(partial: Path, target: Path) -> None:
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    check_target(target)  # again: the target may have changed while the file was written
    os.replace(partial, target)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yields the hidden partial path to write to; it replaces `target` when the block ends without error.

    On any failure (also a cancel or Ctrl+C) the partial file is removed and `target` stays as it was.
    """
    target = Path(target)
    partial = partial_name(target)
    remove_stale(target.parent)
    try:
        yield partial
        replace_atomically(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # gone after the rename; a leftover only after a failure


def write_bytes(target: Path, data: bytes) -> None:
    """`data` to `target`, under a hidden partial name first; a failure leaves no partial file behind."""
    with replacing(target) as partial:
        partial.write_bytes(data)
