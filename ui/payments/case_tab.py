"""The tab "Auszahlungen" of a case: payment plan, Mittelabrufe, payment orders with their two sign-offs,
and money coming back (repayments, Mahnung).

Buttons appear only for those who may use them (the sign-offs by role, "rechnerisch richtig" never for the
person who signed "sachlich richtig"), but every rule is enforced in the services: the GUI only saves a
pointless click. Data is loaded when the tab is (or becomes) visible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.letters import reminders
from app.payments import orders as payment_orders
from app.payments import plan as payment_plan
from app.payments import repayments
from app.payments.orders import OrderInput
from app.payments.queries import CasePayments, ClaimRow, OrderRow
from app.payments.reader import PaymentReader
from ui import formatting
from ui.context import UiContext
from ui.dialogs.sign_in import SignInDialog, ask_second_person, second_person_offered
from ui.errors import show_message
from ui.operations import Operation
from ui.payments import rows
from ui.payments.dialogs import AmountDialog, PlanDialog, ReasonDialog
from ui.widgets.file_choice import Files, write_atomically
from ui.widgets.lazy_tab import LazyCaseTab
from ui.widgets.text_table import TextTableModel, table_view

# status and order-state codes as the services name them (ui never imports db)
PLAN_STATES = frozenset({"approved", "funding"})
ORDER_STATES = frozenset({"approved", "funding", "proof_review"})
DRAFT, FACTUAL, PAID, CANCELLED = "draft", "factual", "paid", "cancelled"


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _reselect(view: QTableView, model: TextTableModel, wanted: Callable[[Any], bool]) -> None:
    row = next((r for r in range(model.rowCount()) if wanted(model.value_at(r))), None)
    if row is not None:
        view.selectRow(row)


class PaymentsTab(LazyCaseTab):
    loaded = Signal()
    changed = Signal(str)  # file number, after a stored change

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case: CasePayments | None = None
        self.summary = QLabel(objectName="paymentSummary", wordWrap=True)
        self.warnings = QLabel(objectName="paymentWarnings", wordWrap=True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.sources = TextTableModel([self.tr("Grundlage"), self.tr("Termin"), self.tr("Betrag"),
                                       self.tr("Anordnung")], right=frozenset({2}), parent=self)
        self.orders = TextTableModel([self.tr("Nr."), self.tr("Betrag"), self.tr("Fällig"), self.tr("Stand"),
                                      self.tr("Sachlich richtig"), self.tr("Rechnerisch richtig, angeordnet"),
                                      self.tr("Lauf"), self.tr("Haushaltsstelle"), self.tr("Verwendungszweck")],
                                     right=frozenset({0, 1}), parent=self)
        self.claims = TextTableModel([self.tr("Bescheid vom"), self.tr("Rückforderung"), self.tr("Zinsen bis heute"),
                                      self.tr("Fällig"), self.tr("Gezahlt"), self.tr("Heute offen"),
                                      self.tr("Mahnungen")], right=frozenset({1, 2, 4, 5}), parent=self)
        self.source_view = table_view(self.sources, "paymentSources", stretch=3)
        self.order_view = table_view(self.orders, "paymentOrders", stretch=8)
        self.claim_view = table_view(self.claims, "paymentClaims", stretch=5)
        self._buttons()
        self._layout()
        self.order_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.source_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        context.changes.cases_changed.connect(self.refresh)

    def _buttons(self) -> None:
        self.plan_button = _button(self.tr("Zahlungsplan …"), "paymentPlan", self.edit_plan)
        self.request_button = _button(self.tr("Mittelabruf erfassen …"), "paymentRequest", self.record_request)
        self.order_button = _button(self.tr("Anordnung anlegen"), "createOrder", self.create_order)
        self.free_order_button = _button(self.tr("Anordnung über Betrag …"), "createFreeOrder", self.free_order)
        self.factual_button = _button(self.tr("Sachlich richtig zeichnen"), "signFactual", self.sign_factual)
        self.arithmetic_button = _button(self.tr("Rechnerisch richtig und anordnen"), "signArithmetic",
                                         self.sign_arithmetic)
        # single workstation: the supervisor signs at this desk with their password (four eyes)
        self.second_arithmetic_button = _button(self.tr("Rechnerisch richtig – als zweite Person anmelden …"),
                                                "signArithmeticSecondPerson", self.sign_arithmetic_as_second_person)
        self.pdf_button = _button(self.tr("Anordnung als PDF …"), "orderPdf", self.save_pdf)
        self.cancel_button = _button(self.tr("Stornieren …"), "cancelOrder", self.cancel_order)
        self.repay_button = _button(self.tr("Rückzahlung erfassen …"), "recordRepayment", self.record_repayment)
        self.remind_button = _button(self.tr("Mahnung ausstellen"), "sendReminder", self.send_reminder)

    def _layout(self) -> None:
        plan_bar = QHBoxLayout()
        for button in (self.plan_button, self.request_button, self.order_button, self.free_order_button):
            plan_bar.addWidget(button)
        plan_bar.addStretch(1)
        order_bar = QHBoxLayout()
        for button in (self.factual_button, self.arithmetic_button, self.second_arithmetic_button, self.pdf_button,
                       self.cancel_button):
            order_bar.addWidget(button)
        order_bar.addStretch(1)
        claim_bar = QHBoxLayout()
        claim_bar.addWidget(self.repay_button)
        claim_bar.addWidget(self.remind_button)
        claim_bar.addStretch(1)
        # the three parts in a splitter: the user gives the room to the part at hand (1366×768 too)
        self.parts = QSplitter(Qt.Orientation.Vertical, objectName="paymentParts")
        self.parts.setChildrenCollapsible(False)
        boxes = []
        for title, view, bar in ((self.tr("Zahlungsplan und Mittelabrufe"), self.source_view, plan_bar),
                                 (self.tr("Auszahlungsanordnungen"), self.order_view, order_bar),
                                 (self.tr("Rückforderungen"), self.claim_view, claim_bar)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(6, 4, 6, 4)
            inner.addLayout(bar)
            inner.addWidget(view)
            view.setMinimumHeight(64)
            self.parts.addWidget(box)
            boxes.append(box)
        self.claim_box = boxes[2]
        self.claim_box.setVisible(False)  # shown when the case has a clawback
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.parts, 1)

    # -- loading ------------------------------------------------------------------------------
    def load_case(self, file_number: str) -> None:
        reader = PaymentReader(self.context.database, self.context.actor.username)
        Operation(self, self.context, lambda: reader.case(file_number)).success(self._show).latest().run()

    def _show(self, case: CasePayments) -> None:
        order, source = self.current_order(), self.current_source()
        self.case = case
        self.summary.setText(rows.summary(case))
        self.warnings.setText("\n".join(case.warnings))
        self.warnings.setVisible(bool(case.warnings))
        self.sources.set_rows(rows.source_rows(case))
        self.orders.set_rows(rows.order_rows(case.orders))
        # the row the user worked on stays selected after the reload (e.g. to print the order just signed)
        _reselect(self.order_view, self.orders, lambda o: order is not None and o.id == order.id)
        _reselect(self.source_view, self.sources, lambda v: source is not None and v[:2] == source[:2])
        self.claims.set_rows(rows.claim_rows(case.claims))
        self.claim_box.setVisible(bool(case.claims))
        self._update_buttons()
        self.loaded.emit()

    # -- what may be done ---------------------------------------------------------------------
    def current_order(self) -> OrderRow | None:
        index = self.order_view.currentIndex()
        return self.orders.value_at(index.row()) if index.isValid() else None

    def current_source(self) -> tuple[str, int, int | None] | None:
        index = self.source_view.currentIndex()
        return self.sources.value_at(index.row()) if index.isValid() else None

    def open_claim(self) -> ClaimRow | None:
        return next((c for c in self.case.claims if c.repaid_on is None), None) if self.case else None

    def _update_buttons(self) -> None:
        case, may, me = self.case, self.context.may, self.context.actor.username
        status = case.status if case else None
        order, source, claim = self.current_order(), self.current_source(), self.open_claim()
        self.plan_button.setVisible(may("payment.plan") and status in PLAN_STATES)
        self.request_button.setVisible(may("payment.plan") and status in PLAN_STATES)
        for button in (self.order_button, self.free_order_button, self.cancel_button):
            button.setVisible(may("payment.order") and status in ORDER_STATES)
        self.order_button.setEnabled(source is not None and source[2] is None)
        self.factual_button.setVisible(may("payment.sign_factual") and status in ORDER_STATES)
        self.factual_button.setEnabled(order is not None and order.state == DRAFT)
        signs_arithmetic = may("payment.sign_arithmetic") and (order is None or order.factual_user != me)
        self.arithmetic_button.setVisible(signs_arithmetic and status in ORDER_STATES)
        self.arithmetic_button.setEnabled(order is not None and order.state == FACTUAL)
        self.second_arithmetic_button.setVisible(second_person_offered(self.context) and status in ORDER_STATES
                                                 and not signs_arithmetic)
        self.second_arithmetic_button.setEnabled(order is not None and order.state == FACTUAL)
        self.pdf_button.setEnabled(order is not None)
        self.cancel_button.setEnabled(order is not None and order.state not in (PAID, CANCELLED))
        self.repay_button.setVisible(claim is not None and may("case.edit"))
        self.remind_button.setVisible(claim is not None and may("payment.remind"))

    # -- actions ------------------------------------------------------------------------------
    def _run(self, call: Callable[[], Any]) -> None:
        """A button's write; a refusal (a signature out of turn, an order changed meanwhile) says why over the tab."""
        Operation(self, self.context, call).success(self._stored).failure(lambda error: show_message(self, error)) \
            .run()

    def _stored(self, result: object = None) -> None:
        warnings = getattr(result, "warnings", ())
        if self.detail is not None:
            self.changed.emit(self.detail.file_number)
        if warnings:
            self.warnings.setText("\n".join(warnings))
            self.warnings.setVisible(True)

    def _dialog(self, dialog: Any) -> Any:
        dialog.stored.connect(self._stored)
        dialog.open()
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        if self.detail is None or self.case is None:
            return None
        uow, ref, version = self.context.uow(), self.detail.file_number, self.case.version
        rates = [(i.due_on, i.amount) for i in self.case.instalments]
        return self._dialog(PlanDialog(
            self.context, lambda mode, items: lambda: payment_plan.set_payment_plan(
                uow, ref, mode, items, expected_version=version),
            rates, self.case.payment_mode == "requests", self))

    def record_request(self) -> AmountDialog | None:
        if self.detail is None:
            return None
        uow, ref = self.context.uow(), self.detail.file_number
        return self._dialog(AmountDialog(
            self.context, self.tr("Mittelabruf erfassen"), "requestDialog", self.tr("Abrufdatum"),
            lambda amount, day, note: lambda: payment_plan.record_request(uow, ref, amount, day or None, note or None),
            self.tr("Bemerkung"), self, note_column="PaymentRequest.note"))

    def create_order(self) -> None:
        source = self.current_source()
        if self.detail is None or self.case is None or source is None:
            return
        kind, source_id, _order = source
        data = OrderInput(instalment_id=source_id) if kind == "instalment" else OrderInput(request_id=source_id)
        uow, ref, version = self.context.uow(), self.detail.file_number, self.case.version
        self._run(lambda: payment_orders.create_order(uow, ref, data, version))

    def free_order(self) -> AmountDialog | None:
        if self.detail is None:
            return None
        uow, ref = self.context.uow(), self.detail.file_number
        return self._dialog(AmountDialog(
            self.context, self.tr("Auszahlungsanordnung über einen Betrag"), "freeOrderDialog", self.tr("Fällig am"),
            lambda amount, day, purpose: lambda: payment_orders.create_order(uow, ref, OrderInput(
                amount=amount, due_on=day or None, purpose=purpose or None)), self.tr("Verwendungszweck"), self,
            note_column="PaymentOrder.purpose"))

    def sign_factual(self) -> None:
        order = self.current_order()
        if order is not None:
            uow = self.context.uow()
            self._run(lambda: payment_orders.sign_factual(uow, order.id, order.version))

    def sign_arithmetic(self) -> None:
        order = self.current_order()
        if order is not None:
            uow = self.context.uow()
            self._run(lambda: payment_orders.sign_arithmetic(uow, order.id, order.version))

    def sign_arithmetic_as_second_person(self) -> SignInDialog | None:
        """A supervisor who did not sign "sachlich richtig" signs in here; only this signature runs as them."""
        order = self.current_order()
        if order is None:
            return None
        purpose = self.tr("»Rechnerisch richtig« für die Anordnung Nr. {id} zeichnet eine zweite Person der "
                          "Sachgebietsleitung. Sie meldet sich hier mit ihrem FörderDesk-Passwort an; nur diese "
                          "Zeichnung läuft unter ihrem Namen.").format(id=order.id)

        def sign(second: UiContext) -> None:
            uow = second.uow()
            self._run(lambda: payment_orders.sign_arithmetic(uow, order.id, order.version))
        return ask_second_person(self, self.context, purpose, sign)

    def cancel_order(self) -> ReasonDialog | None:
        order = self.current_order()
        if order is None:
            return None
        uow = self.context.uow()
        return self._dialog(ReasonDialog(
            self.context, self.tr("Anordnung Nr. {id} stornieren").format(id=order.id), "cancelOrderDialog",
            lambda reason: lambda: payment_orders.cancel_order(uow, order.id, reason), parent=self))

    def save_pdf(self) -> None:
        order = self.current_order()
        if order is None:
            return
        target = Files.save_as(self, self.tr("Auszahlungsanordnung speichern"),
                               f"Auszahlungsanordnung-{order.id}.pdf", self.tr("PDF (*.pdf)"))
        if target is None:
            return
        reader = PaymentReader(self.context.database, self.context.actor.username)
        Operation(self, self.context, lambda: write_atomically(target, reader.order_pdf(order.id))) \
            .failure(lambda error: show_message(self, error)).run()

    def record_repayment(self) -> AmountDialog | None:
        if self.detail is None:
            return None
        uow, ref, claim = self.context.uow(), self.detail.file_number, self.open_claim()
        dialog = AmountDialog(
            self.context, self.tr("Rückzahlung erfassen"), "repaymentDialog", self.tr("Zahlungseingang"),
            lambda amount, day, _note: lambda: repayments.record_repayment(uow, ref, amount, day or None), None, self)
        if claim is not None:
            order = self.case.settlement_order if self.case else ""
            dialog.add_hint(self.tr("Heute offen: {total} (Hauptforderung {principal}, Zinsen {interest}). Die Zinsen "
                                    "laufen bis zum Tag des Zahlungseingangs; eine Zahlung tilgt in dieser "
                                    "Reihenfolge: {order}.").format(
                total=formatting.money(claim.balance.total), principal=formatting.money(claim.balance.principal),
                interest=formatting.money(claim.balance.interest), order=order), "repaymentOwed")
        return self._dialog(dialog)

    def send_reminder(self) -> None:
        if self.detail is not None:
            uow, ref = self.context.uow(), self.detail.file_number
            self._run(lambda: reminders.send_reminder(uow, ref))
