"""FörderDesk domain layer, one package per feature over `app.kernel` (see docs/developing.md). No Qt here."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`app.__version__`, looked up when first asked for: `importlib.metadata` stays out of the window's start
    (issue 26; tests/architecture/test_cold_start.py)."""
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("foerderdesk")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
