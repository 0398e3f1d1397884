"""„Beratung“: the week of the configured consultation hours as slots (one column per consultation day), the
upcoming consultations below, and what follows a talk: record the idea, turn it into an application."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases.consultation_reader import ConsultationReader, ConsultationRow, WeekPlan
from app.cases.consultations import record_outcome
from app.kernel import clock
from app.kernel.periods import format_date
from ui.context import UiContext
from ui.operations import Operation

if TYPE_CHECKING:
    from ui.consultations.booking_dialog import BookingDialog
    from ui.consultations.idea_dialog import IdeaDialog

ROW = Qt.ItemDataRole.UserRole
# status codes of `db.enums.ConsultationStatus` (a StrEnum: the rows' status compares equal to them)
FREE, BOOKED, HELD = QColor("#eef6ee"), QColor("#dde8f7"), QColor("#ececec")


class ConsultationCalendar(QWidget):
    convert_requested = Signal(str)  # `IDEE-<id>`: the main window opens the intake wizard for it

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("consultationCalendar")
        self.reader = ConsultationReader(context.database, context.actor.username)
        self.day = clock.today()
        self.plan: WeekPlan | None = None
        self.week_label = QLabel(objectName="weekLabel")
        self.previous, self.today_button, self.next = (QPushButton(self.tr("◀ Vorige Woche")),
                                                       QPushButton(self.tr("Heute")),
                                                       QPushButton(self.tr("Nächste Woche ▶")))
        self.book_button = QPushButton(self.tr("Termin buchen …"), objectName="bookConsultation")
        self.idea_button = QPushButton(self.tr("Projektidee erfassen …"), objectName="recordIdea")
        self.convert_button = QPushButton(self.tr("In Antrag umwandeln …"), objectName="convertIdea")
        self.held_button = QPushButton(self.tr("Stattgefunden"), objectName="markHeld")
        self.cancel_button = QPushButton(self.tr("Absagen"), objectName="cancelConsultation")
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        layout.addWidget(self._tables())
        self._connect()
        self.chosen: ConsultationRow | None = None
        self.enable = context.may("case.consultation")
        self._selected(None)
        self.book_button.setEnabled(self.enable)

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for widget in (self.previous, self.today_button, self.next, self.week_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.book_button, self.held_button, self.cancel_button, self.idea_button,
                       self.convert_button):
            bar.addWidget(button)
        return bar

    def _tables(self) -> QSplitter:
        self.grid = QTableWidget(objectName="slotGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.upcoming = QTableWidget(0, 6, objectName="upcomingList")
        self.upcoming.setHorizontalHeaderLabels([self.tr("Termin"), self.tr("Berät"), self.tr("Kontakt"),
                                                 self.tr("Thema"), self.tr("Status"), self.tr("Projektidee")])
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcoming.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.upcoming.verticalHeader().setVisible(False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Anstehende Beratungen")))
        lower_layout.addWidget(self.upcoming)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self._move(-7))
        self.next.clicked.connect(lambda: self._move(7))
        self.today_button.clicked.connect(self._to_today)
        self.book_button.clicked.connect(lambda _checked=False: self.open_booking())
        self.idea_button.clicked.connect(self.open_idea)
        self.convert_button.clicked.connect(self._convert)
        self.held_button.clicked.connect(lambda: self._set_status("held"))
        self.cancel_button.clicked.connect(lambda: self._set_status("cancelled"))
        self.grid.cellDoubleClicked.connect(self._double_clicked)
        self.grid.itemSelectionChanged.connect(lambda: self._selected(self._grid_row()))
        self.upcoming.itemSelectionChanged.connect(lambda: self._selected(self._list_row()))
        self.upcoming.cellDoubleClicked.connect(lambda *_a: self.open_idea())
        self.context.changes.cases_changed.connect(self._changed)

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        reader, day, today = self.reader, self.day, clock.today()
        Operation(self, self.context, lambda: reader.week(day)).latest("week").success(self._show_week).run()
        Operation(self, self.context, lambda: reader.upcoming(today)).latest("upcoming") \
            .success(self._show_upcoming).run()

    def _changed(self) -> None:
        if self.isVisible():  # a hidden calendar reloads when it is shown again
            self.refresh()

    def _move(self, days: int) -> None:
        self.day += dt.timedelta(days=days)
        self.refresh()

    def _to_today(self) -> None:
        self.day = clock.today()
        self.refresh()

    def _show_week(self, plan: WeekPlan) -> None:
        self.plan = plan
        sunday = plan.monday + dt.timedelta(days=6)
        self.week_label.setText(self.tr("Woche {week}: {first} – {last}").format(
            week=plan.monday.isocalendar().week, first=format_date(plan.monday), last=format_date(sunday)))
        times = sorted({s.time() for slots in plan.slots.values() for s in slots})
        self.grid.clear()
        self.grid.setColumnCount(len(plan.days))
        self.grid.setRowCount(len(times))
        self.grid.setHorizontalHeaderLabels([self._day_header(d) for d in plan.days])
        self.grid.setVerticalHeaderLabels([t.strftime("%H:%M") for t in times])
        for column, day in enumerate(plan.days):
            open_slots = {s.time() for s in plan.slots[day]}
            for row, time in enumerate(times):
                self.grid.setItem(row, column, self._slot_item(plan, day, time, time in open_slots))

    def _day_header(self, day: dt.date) -> str:
        names = (self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"), self.tr("Donnerstag"),
                 self.tr("Freitag"), self.tr("Sonnabend"), self.tr("Sonntag"))
        return f"{names[day.weekday()]}, {format_date(day)}"

    def _slot_item(self, plan: WeekPlan, day: dt.date, time: dt.time, open_slot: bool) -> QTableWidgetItem:
        start = dt.datetime.combine(day, time)
        bookings = [b for b in plan.bookings if b.start == start and b.status != "cancelled"]
        if not open_slot:
            item = QTableWidgetItem(self.tr("keine Beratung"))
            item.setForeground(QBrush(QColor("#888888")))
        elif bookings:
            item = QTableWidgetItem("\n".join(self._booking_text(b) for b in bookings))
            item.setBackground(QBrush(HELD if bookings[0].status == "held" else BOOKED))
            item.setData(ROW, bookings[0])
            item.setToolTip("\n\n".join(f"{self._booking_text(b)}\n{b.phone or ''} {b.email or ''}\n{b.notes or ''}"
                                        for b in bookings))
        else:
            item = QTableWidgetItem(self.tr("frei"))
            item.setBackground(QBrush(FREE))
        item.setData(ROW + 1, start.isoformat() if open_slot else None)  # text: Qt would make a QDateTime of it
        return item

    def _booking_text(self, row: ConsultationRow) -> str:
        idea = f" · {row.idea}" if row.idea else ""
        return f"{row.advisor}: {row.contact} – {row.topic}{idea} ({row.status_label})"

    def _show_upcoming(self, rows: list[ConsultationRow]) -> None:
        self.upcoming.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.start.strftime("%d.%m.%Y %H:%M"), row.advisor, row.contact, row.topic, row.status_label,
                      row.idea or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROW, row)
                self.upcoming.setItem(r, c, item)
        self.upcoming.resizeColumnsToContents()
        self.upcoming.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    # -- choosing and acting --------------------------------------------------------------------
    def _grid_row(self) -> ConsultationRow | None:
        item = self.grid.currentItem()
        return item.data(ROW) if item is not None else None

    def _list_row(self) -> ConsultationRow | None:
        item = self.upcoming.currentItem()
        return item.data(ROW) if item is not None else None

    def _selected(self, row: ConsultationRow | None) -> None:
        self.chosen = row
        may = self.context.may("case.consultation")
        booked = row is not None and row.status == "booked"
        self.held_button.setEnabled(may and booked)
        self.cancel_button.setEnabled(may and booked)
        self.idea_button.setEnabled(may and row is not None and row.idea is None
                                    and row.status != "cancelled")
        self.convert_button.setEnabled(self.context.may("case.create") and row is not None
                                       and row.idea_status == "idea")

    def _double_clicked(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is None:
            return
        if item.data(ROW) is not None:
            self.open_idea()
        elif item.data(ROW + 1) is not None:
            self.open_booking(dt.datetime.fromisoformat(item.data(ROW + 1)))

    def open_booking(self, start: dt.datetime | None = None) -> BookingDialog | None:
        if self.plan is None or not self.enable:
            return None
        now = dt.datetime.combine(clock.today(), dt.time(0))
        slots = [s for day in self.plan.days for s in self.plan.slots[day] if s >= now]
        from ui.consultations.booking_dialog import BookingDialog  # the dialogs on first use (issue 26)

        dialog = BookingDialog(self.context, slots, start, self)
        dialog.open()
        return dialog

    def open_idea(self) -> IdeaDialog | None:
        if self.chosen is None or not self.idea_button.isEnabled():
            return None
        from ui.consultations.idea_dialog import IdeaDialog

        dialog = IdeaDialog(self.context, self.chosen, self)
        dialog.open()
        return dialog

    def _convert(self) -> None:
        if self.chosen is not None and self.chosen.idea:
            self.convert_requested.emit(self.chosen.idea)

    def _set_status(self, status: str) -> None:
        if self.chosen is None:
            return
        uow, chosen = self.context.uow(), self.chosen
        Operation(self, self.context, lambda: record_outcome(uow, chosen.id, status=status,
                                                             expected_version=chosen.version)) \
            .notice_cases().run()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Load when first shown (and again on every visit: others book too)."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
