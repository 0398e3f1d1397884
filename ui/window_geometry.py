"""Where and how large a top-level window opens: sized to the screen, and as the user left it.

The geometry is kept with QSettings in an INI file beside `config.toml` (the user's config folder), one
group per window. It is restored only when the saved frame still fits a screen of this computer: a window
left on a large monitor opens sized to the laptop's screen instead of running off it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from app.kernel.config import user_config_file

PREFERRED = (1600, 900)  # on a large screen; a smaller one gets its whole available area
FRAME = 8  # tolerance for the window frame when checking whether a saved geometry fits


def settings() -> QSettings:
    return QSettings(str(user_config_file().with_name("fenster.ini")), QSettings.Format.IniFormat)


def screen_of(widget: QWidget) -> QScreen | None:
    return widget.screen() or QGuiApplication.primaryScreen()


def initial_geometry(available: QRect, preferred: tuple[int, int] = PREFERRED) -> tuple[QRect, bool]:
    """The first geometry on a screen with this available area, and whether to open maximised.

    Below the preferred size (a laptop: 1366×728 after the task bar, or 1093×582 at 125 % scaling) the window
    takes the whole available area; above it, it opens at the preferred size in the middle."""
    width, height = preferred
    if available.width() < width + 2 * FRAME or available.height() < height + 2 * FRAME:
        return QRect(available), True
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect, False


def fits(frame: QRect) -> bool:
    """Whether the rectangle lies within the available area of one of the screens."""
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry().adjusted(-FRAME, -FRAME, FRAME, FRAME)
        if area.contains(frame):
            return True
    return False


def place(window: QWidget, key: str, preferred: tuple[int, int] = PREFERRED) -> None:
    """Restore the window's saved geometry when it fits a screen, else size it to the screen."""
    stored = settings()
    saved, frame = stored.value(f"{key}/geometry"), stored.value(f"{key}/frame")
    if isinstance(saved, QByteArray) and isinstance(frame, QRect) and fits(frame) and window.restoreGeometry(saved):
        return
    screen = screen_of(window)
    if screen is None:
        window.resize(*preferred)
        return
    rect, maximised = initial_geometry(screen.availableGeometry(), preferred)
    window.setGeometry(rect)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, key: str) -> None:
    """Keep the geometry for the next start (called when the window closes)."""
    stored = settings()
    stored.setValue(f"{key}/geometry", window.saveGeometry())
    # the client area (without frame) in both states, as `fits` compares it
    stored.setValue(f"{key}/frame", window.normalGeometry() if window.isMaximized() else window.geometry())
    stored.sync()
