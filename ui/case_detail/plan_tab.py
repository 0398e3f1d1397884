"""Cost and financing plan: editable tables with live sums and the balance check to the cent."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases.detail import CaseDetail, PlanLine
from app.cases.intake import CostLineInput, FundingLineInput
from app.kernel.errors import ValidationError
from app.kernel.money import format_eur, to_money
from ui.widgets.fields import MoneyField, with_error
from ui.widgets.grid_keys import leave_at_ends

COST_KINDS = [("personnel", "Personalkosten"), ("material", "Sachkosten"), ("fees", "Honorare"),
              ("investment", "Investitionen"), ("other", "Sonstiges")]
FUNDING_KINDS = [("own", "Eigenmittel"), ("third_party", "Drittmittel"), ("other_income", "Einnahmen")]
ZERO = Decimal("0.00")


class PlanTable(QTableWidget):
    """Kind (combo), description, amount[, eligible] per line."""

    def __init__(self, kinds: list[tuple[str, str]], with_eligible: bool, name: str) -> None:
        headers = ["Art", "Beschreibung", "Betrag"] + (["zuwendungsfähig"] if with_eligible else [])
        super().__init__(0, len(headers), objectName=name)
        self.kinds, self.with_eligible = kinds, with_eligible
        self.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(130)
        leave_at_ends(self)  # Tab from cell to cell, then on to the next field

    def add_line(self, kind: str = "", text: str = "", amount: Decimal | None = None, eligible: bool = True) -> None:
        blocked = self.blockSignals(True)  # the row is incomplete until all its cells exist
        try:
            self._add_line(kind, text, amount, eligible)
        finally:
            self.blockSignals(blocked)

    def _add_line(self, kind: str, text: str, amount: Decimal | None, eligible: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        combo = QComboBox()
        for code, label in self.kinds:
            combo.addItem(self.tr(label), code)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        combo.activated.connect(lambda _i: self.cellChanged.emit(row, 0))
        self.setCellWidget(row, 0, combo)
        self.setItem(row, 1, QTableWidgetItem(text))
        amount_item = QTableWidgetItem("" if amount is None else format_eur(amount).replace(" €", ""))
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, 2, amount_item)
        if self.with_eligible:
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if eligible else Qt.CheckState.Unchecked)
            self.setItem(row, 3, check)

    def amount(self, row: int) -> Decimal:
        item = self.item(row, 2)
        return to_money((item.text() if item else "") or "0")

    def lines(self) -> list[tuple[str, str, Decimal, bool]]:
        """(kind, description, amount, eligible) per row; raises ValidationError naming the row."""
        result = []
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, 0)
            kind = combo.currentData() if isinstance(combo, QComboBox) else ""
            text_item = self.item(row, 1)
            try:
                amount = self.amount(row)
            except ValidationError as exc:
                raise ValidationError(self.tr("Zeile {row}: {message}").format(row=row + 1, message=exc.message),
                                      "plan") from None
            check = self.item(row, 3)
            eligible = self.with_eligible and check is not None and check.checkState() == Qt.CheckState.Checked
            result.append((kind, text_item.text() if text_item else "", amount, eligible))
        return result

    def set_editable(self, editable: bool) -> None:
        triggers = QTableWidget.EditTrigger
        self.setEditTriggers(triggers.AllEditTriggers if editable else triggers.NoEditTriggers)
        for row in range(self.rowCount()):
            widget = self.cellWidget(row, 0)
            if widget is not None:
                widget.setEnabled(editable)


class PlanTab(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.costs = PlanTable(COST_KINDS, True, "costTable")
        self.funding = PlanTable(FUNDING_KINDS, False, "fundingTable")
        self.requested = MoneyField()
        self.requested.setObjectName("requestedEdit")
        self.sums = QLabel(objectName="planSums")
        self.sums.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._box(self.tr("Kostenplan"), self.costs))
        layout.addWidget(self._box(self.tr("Finanzierungsplan (ohne Zuwendung)"), self.funding))
        form = QFormLayout()
        form.addRow(self.tr("Beantragte Zuwendung"), with_error(self.requested))
        layout.addLayout(form)
        layout.addWidget(self.sums)
        for table in (self.costs, self.funding):
            table.cellChanged.connect(self._changed)
        self.requested.textEdited.connect(self._changed)

    def _box(self, title: str, table: PlanTable) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Zeile hinzufügen"))
        remove = QPushButton(self.tr("Zeile entfernen"))

        def add_line() -> None:
            table.add_line()
            self._changed()

        def remove_line() -> None:
            if table.currentRow() >= 0:
                table.removeRow(table.currentRow())
                self._changed()

        add.clicked.connect(add_line)
        remove.clicked.connect(remove_line)
        self.buttons += [add, remove]
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def show_case(self, detail: CaseDetail, editable: bool) -> None:
        for table, lines in ((self.costs, detail.cost_lines), (self.funding, detail.funding_lines)):
            table.blockSignals(True)
            table.setRowCount(0)
            for line in lines:
                self._add(table, line)
            table.set_editable(editable)
            table.blockSignals(False)
        self.requested.blockSignals(True)
        self.requested.set_value(detail.requested)
        self.requested.blockSignals(False)
        self.requested.setReadOnly(not editable)
        for button in self.buttons:
            button.setEnabled(editable)
        self.update_sums()

    def _add(self, table: PlanTable, line: PlanLine) -> None:
        table.add_line(line.kind, line.description, line.amount, bool(line.eligible))

    def _changed(self, *_args: object) -> None:
        self.update_sums()
        self.edited.emit()

    def update_sums(self) -> None:
        try:
            costs, funding = self.costs.lines(), self.funding.lines()
            requested = self.requested.value() or ZERO
        except ValidationError as exc:
            self.sums.setText(f"<span style='color:#b3261e'>{exc.message}</span>")
            return
        total = sum((c[2] for c in costs), ZERO)
        eligible = sum((c[2] for c in costs if c[3]), ZERO)
        financing = sum((f[2] for f in funding), ZERO) + requested
        gap = total - financing
        colour = "#1f6b35" if gap == 0 and total > 0 else "#b3261e"
        state = self.tr("ausgeglichen") if gap == 0 and total > 0 else self.tr("nicht ausgeglichen")
        self.sums.setText(self.tr(
            "Gesamtkosten <b>{total}</b> · zuwendungsfähig <b>{eligible}</b> · Finanzierung <b>{financing}</b> · "
            "Differenz <b style='color:{colour}'>{gap} ({state})</b>").format(
            total=format_eur(total), eligible=format_eur(eligible), financing=format_eur(financing),
            colour=colour, gap=format_eur(gap), state=state))

    def plan_input(self) -> tuple[tuple[CostLineInput, ...], tuple[FundingLineInput, ...], Decimal]:
        costs = tuple(CostLineInput(k, t, a, e) for k, t, a, e in self.costs.lines())
        funding = tuple(FundingLineInput(k, t, a) for k, t, a, _e in self.funding.lines())
        return costs, funding, self.requested.value() or ZERO
