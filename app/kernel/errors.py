"""Expected, user-facing errors.

Every error a user may legitimately cause (bad input, a refused action, a
conflicting edit, an unreachable database) is one of these classes and carries
one clear German sentence. Anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations


class FoerderDeskError(Exception):
    """Base class: an expected error with a message a user can read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(FoerderDeskError):
    """Input that is malformed or violates a rule; names the field if known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(FoerderDeskError):
    """A referenced record (case, user, programme …) does not exist."""


class PermissionDenied(FoerderDeskError):
    """The acting user's role does not allow the action."""


class TransitionRefused(FoerderDeskError):
    """A workflow action is not declared for the case's state or a guard failed."""


class ConcurrentEditError(FoerderDeskError):
    """Someone else changed the record since it was loaded."""


class ConfigurationError(FoerderDeskError):
    """The configuration (database URL, paths, settings) is unusable."""


class DatabaseUnavailable(FoerderDeskError):
    """The database cannot be reached, is locked, or the connection was lost."""


class NeedsAcknowledgement(FoerderDeskError):
    """Warnings the user must confirm having read before the action may go on (e.g. an overdue proof of use)."""

    def __init__(self, message: str, warnings: list[str]) -> None:
        super().__init__(message)
        self.warnings = warnings
