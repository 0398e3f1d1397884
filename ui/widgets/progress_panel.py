"""Progress of a long job in a worker: bar, what is being done, and a Cancel that stops after the current step.

The worker calls `report(done, total, text)` between steps; it returns False once the user pressed
"Abbrechen". The worker only stores the latest figures (under a lock); a timer on the GUI thread shows
them a few times a second. So the worker never touches a widget, a job of 1,000 fast steps does not
queue 1,000 repaints, and no Python signal is emitted per step (PySide6 6.12.0 loses a reference to
`True` on every `Signal.emit()`; see tests/ui/test_qt_signals.py).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.tasks import CancelToken

POLL_MS = 100


class ProgressPanel(QWidget):
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.token = CancelToken()
        self._running = False
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None  # set by the worker, shown by the timer
        self.bar = QProgressBar(objectName="progressBar")
        self.bar.setTextVisible(True)
        self.label = QLabel(objectName="progressText")
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), objectName="cancelJob")
        self.cancel_button.clicked.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.label)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, text: str) -> CancelToken:
        """Show the panel for a new job; the returned token is the job's own."""
        self.token = CancelToken()
        self._running = True
        with self._lock:
            self._latest = None
        self.bar.setRange(0, 0)  # busy until the first report tells the total
        self.label.setText(text)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self._timer.start()
        return self.token

    def report(self, done: int, total: int, text: str = "") -> bool:
        """Called by the worker between steps: remember the progress; False once cancelled."""
        token = self.token
        with self._lock:
            self._latest = (done, total, text)
        return not token.cancelled

    def cancel(self) -> None:
        if self.token.cancelled:
            return
        self.token.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Wird nach dem laufenden Schritt abgebrochen …"))
        self.cancelled.emit()

    def finish(self, text: str) -> None:
        self._timer.stop()
        self._poll()  # the last figures, e.g. "3 / 3"
        self._running = False
        self.cancel_button.setVisible(False)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
        self.label.setText(text)

    def _poll(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None:
            return
        done, total, text = latest
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        if text and not self.token.cancelled:
            self.label.setText(text)
