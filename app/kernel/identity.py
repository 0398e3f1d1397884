"""The operating-system account this program runs under: who acts on a single workstation.

Never the environment variables USER, LOGNAME or USERNAME (what `getpass.getuser()` reads first): anyone can set
them for one command (`env USER=weber foerderdesk …`). The account comes from the operating system itself.
"""

from __future__ import annotations

import os
import sys

from app.kernel.errors import ConfigurationError
from app.kernel.i18n import _


def os_account() -> str:
    """The name of the account of this process: on POSIX from the user database by the effective uid, on Windows
    from GetUserNameW (what `os.getlogin()` asks there)."""
    if sys.platform == "win32":
        try:
            return os.getlogin()
        except OSError as exc:
            raise ConfigurationError(_("Das Windows-Benutzerkonto lässt sich nicht ermitteln ({error}).").format(
                error=exc)) from exc
    import pwd

    uid = os.geteuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        raise ConfigurationError(_("Das Benutzerkonto mit der Nummer {uid} hat keinen Namen in der "
                                   "Benutzerdatenbank des Systems; FörderDesk kann nicht feststellen, wer handelt.")
                                 .format(uid=uid)) from None
