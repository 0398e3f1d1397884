"""FörderDesk domain layer, one package per feature over `app.kernel` (see docs/developing.md). No Qt here."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("foerderdesk")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"
