"""One case: header with status and workflow actions, tabs with all its parts, save with conflict check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.cases import checking, deadlines, documents, notes
from app.cases.audit_trail import audit_trail
from app.cases.choices import FormChoices
from app.cases.detail import CaseDetail
from app.cases.intake import ApplicationInput, update_application
from app.cases.workflow import BEFORE_DECISION, Transition, available, transition_named
from app.kernel.errors import FoerderDeskError, ValidationError
from ui import formatting
from ui.case_detail.journal_tabs import DeadlinesTab, DocumentsTab, HistoryTab, NotesTab
from ui.case_detail.master_tab import MasterTab
from ui.case_detail.plan_tab import PlanTab
from ui.case_detail.record_tabs import CheckTab, DecisionTab, MoneyTab
from ui.case_detail.tab_groups import CaseTabs
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.dialogs.conflict import show_save_error
from ui.dialogs.sign_in import SignInDialog, ask_second_person, second_person_offered
from ui.dialogs.small_dialogs import DocumentDialog, OverrideDialog, PostponeDialog
from ui.errors import show_message
from ui.operations import Operation
from ui.style import STATUS_COLOURS
from ui.translation import QT_TR_NOOP

if TYPE_CHECKING:  # the other features' tabs and the action dialog are imported when first needed (issue 26)
    from ui.case_detail.reviews_tab import ReviewsTab
    from ui.case_detail.social_plan_tab import SocialPlanTab
    from ui.dialogs.action_dialog import ActionDialog
    from ui.letters.tab import LettersTab
    from ui.micro_projects.proof_dialog import MicroProofDialog
    from ui.payments.case_tab import PaymentsTab
    from ui.proof_of_use.tab import ProofOfUseTab

# The usual next steps, in workflow order; all other declared actions go into "Weitere Aktionen".
PRIMARY_ACTIONS = ["register", "start-check", "request-documents", "documents-received", "confirm-eligible",
                   "propose", "confirm-decision", "return-proposal", "request-payment", "receive-proof",
                   "close", "confirm-clawback", "return-clawback", "record-repayment", "reopen"]
# four-eyes steps a second person may do at this desk after signing in (single workstation only)
SECOND_PERSON_ACTIONS = ["confirm-decision"]
# the tabs of other features, built on first use (`CaseDetailWidget._build_feature_tabs`)
FEATURE_TABS = ("social_plan", "reviews", "letters", "payments", "proof_of_use")


class CaseDetailWidget(QWidget):
    loaded = Signal(str)  # file number, after a case is shown
    dirty_changed = Signal(bool)
    # "Als Antrag registrieren" on a project idea: the main window opens the intake wizard, pre-filled
    idea_conversion_requested = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self.choices: FormChoices | None = None
        self.dirty = False
        self.title = QLabel(objectName="caseTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(objectName="caseSubtitle")
        self.status = QLabel(objectName="statusBadge")
        self.actions_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Speichern"), objectName="saveCase")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Neu laden"), objectName="reloadCase")
        self.reload_button.clicked.connect(lambda: self.reload(force=True))
        # what the last action said (file number, amounts …): shown where it was started, until the next case
        self.action_result = QLabel(objectName="actionResult")
        self.action_result.setWordWrap(True)
        self.action_result.setVisible(False)
        self.tabs = CaseTabs()
        self._build_tabs()
        self._layout()
        self.setEnabled(False)

    def _build_tabs(self) -> None:
        self.master, self.plan = MasterTab(), PlanTab()
        self.check = CheckTab(self._rerun_check, self._override)
        self.decision, self.money = DecisionTab(), MoneyTab()
        self.documents = DocumentsTab(self._record_document)
        self.notes = NotesTab(self._add_note)
        self.deadlines = DeadlinesTab(self._deadline_done, self._postpone)
        self.history = HistoryTab()
        # the pages of other features stand in as empty widgets until first needed (`_build_feature_tabs`)
        self._stand_ins = {name: QWidget(objectName=f"standIn-{name}") for name in FEATURE_TABS}
        self._feature_tabs: dict[str, QWidget] = {}
        social_plan, reviews, letters, payments, proof_of_use = (self._stand_ins[n] for n in FEATURE_TABS)
        # issue 23: thirteen tabs in one row overflow a laptop screen; in six groups every one stays in sight
        groups = ((QT_TR_NOOP("Antrag"), "application", ((self.master, QT_TR_NOOP("Stammdaten")),
                                                         (self.plan, QT_TR_NOOP("Finanzierungsplan")),
                                                         (self.documents, QT_TR_NOOP("Unterlagen")))),
                  (QT_TR_NOOP("Prüfung"), "review", ((self.check, QT_TR_NOOP("Formelle Prüfung")),
                                                     (social_plan, QT_TR_NOOP("Sozialplan")),
                                                     (reviews, QT_TR_NOOP("Gremium")))),
                  (QT_TR_NOOP("Entscheidung"), "decision", ((self.decision, QT_TR_NOOP("Entscheidung")),)),
                  (QT_TR_NOOP("Geld"), "money", ((payments, QT_TR_NOOP("Auszahlungen")),
                                                 (self.money, QT_TR_NOOP("Übersicht")))),
                  (QT_TR_NOOP("Nachweis"), "proof", ((proof_of_use, QT_TR_NOOP("Verwendungsnachweis")),)),
                  (QT_TR_NOOP("Akte"), "file", ((letters, QT_TR_NOOP("Schreiben")),
                                                (self.deadlines, QT_TR_NOOP("Fristen")),
                                                (self.notes, QT_TR_NOOP("Notizen")),
                                                (self.history, QT_TR_NOOP("Verlauf")))))
        # pages with several tables: on a low screen they scroll as a whole rather than shrink each table to a line
        room = {self.money: 420, self.history: 440}
        for group_title, name, pages in groups:
            group = self.tabs.add_group(self.tr(group_title), name)
            for widget, title in pages:
                self.tabs.add_page(group, widget, self.tr(title), room.get(widget, 0))
        self.master.edited.connect(self._mark_dirty)
        self.plan.edited.connect(self._mark_dirty)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_feature_tabs(self) -> None:
        """The tabs of the social plan, the panel review, letters, payments and proof of use, with what they import,
        on first use (a case shown, or a tab asked for) instead of at the window's start (issue 26)."""
        if self._feature_tabs:
            return
        from ui.case_detail.reviews_tab import ReviewsTab
        from ui.case_detail.social_plan_tab import SocialPlanTab
        from ui.letters.tab import LettersTab
        from ui.payments.case_tab import PaymentsTab
        from ui.proof_of_use.tab import ProofOfUseTab

        social_plan = SocialPlanTab(self.context)  # own save button: "Abgleich speichern"
        social_plan.saved.connect(self._after_change)
        reviews = ReviewsTab(self.context)  # several reviewers (issue 23): own save button
        reviews.saved.connect(self._load)  # the proposal's choices quote the new summary
        letters = LettersTab(self.context)  # issued letters, "Schreiben erstellen …"
        letters.letter_issued.connect(lambda _ref: self.reload())  # history and deadlines show the letter
        payments = PaymentsTab(self.context)  # issue 14: plan, orders with two sign-offs, repayments
        payments.changed.connect(self._after_change)
        proof_of_use = ProofOfUseTab(self.context)  # issue 15: figures, receipts, sample, Prüfvermerk, Prüfakte
        proof_of_use.changed.connect(self._after_change)
        built: dict[str, QWidget] = {"social_plan": social_plan, "reviews": reviews, "letters": letters,
                                     "payments": payments, "proof_of_use": proof_of_use}
        room = {"payments": 500, "proof_of_use": 560}  # as the other pages with several tables
        for name in FEATURE_TABS:
            self.tabs.replace_page(self._stand_ins.pop(name), built[name], room.get(name, 0))
        self._feature_tabs = built

    def _feature_tab(self, name: str) -> QWidget:
        self._build_feature_tabs()
        return self._feature_tabs[name]

    @property
    def social_plan(self) -> SocialPlanTab:
        return self._feature_tab("social_plan")  # type: ignore[return-value]

    @property
    def reviews(self) -> ReviewsTab:
        return self._feature_tab("reviews")  # type: ignore[return-value]

    @property
    def letters(self) -> LettersTab:
        return self._feature_tab("letters")  # type: ignore[return-value]

    @property
    def payments(self) -> PaymentsTab:
        return self._feature_tab("payments")  # type: ignore[return-value]

    @property
    def proof_of_use(self) -> ProofOfUseTab:
        return self._feature_tab("proof_of_use")  # type: ignore[return-value]

    def _layout(self) -> None:
        head = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        head.addLayout(text, 1)
        head.addWidget(self.status)
        bar = QHBoxLayout()
        bar.addLayout(self.actions_row)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.action_result)
        layout.addWidget(self.tabs, 1)

    # -- loading ------------------------------------------------------------------------------
    def set_choices(self, choices: FormChoices) -> None:
        self.choices = choices
        self.master.set_choices(choices)

    def open_case(self, file_number: str) -> None:
        if self.detail is not None and file_number == self.detail.file_number:
            return
        if not self.confirm_discard():
            return
        self.show_action_result(None)
        self._load(file_number)

    def reload(self, force: bool = False) -> None:
        if self.detail is None or (self.dirty and not force) or (force and not self.confirm_discard()):
            return
        self._load(self.detail.file_number)

    def _load(self, file_number: str) -> None:
        reader = self.context.reader
        Operation(self, self.context, lambda: reader.case(file_number)).success(self.show_case).latest().run()

    def show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        editable = detail.status in BEFORE_DECISION and self.context.may("case.edit")
        self.title.setText(detail.title)
        self.subtitle.setText(f"{detail.file_number} · {detail.programme_code} {detail.fiscal_year} · "
                              f"{detail.applicant} · {detail.municipality or '–'}")
        background, foreground = STATUS_COLOURS.get(detail.status, ("#fff", "#000"))
        self.status.setText(formatting.status(detail.status))
        self.status.setStyleSheet(f"background:{background}; color:{foreground}; padding:4px 10px; "
                                  "border-radius:10px; font-weight:600;")
        self.master.show_case(detail, editable)
        self.plan.show_case(detail, editable)
        may_edit = self.context.may("case.edit")
        self.check.show_case(detail, self.context.may("case.check"))
        self.social_plan.show_case(detail)
        self.reviews.show_case(detail)
        self.decision.show_case(detail)
        self.money.show_case(detail)
        self.documents.show_case(detail, self.context.may("case.documents"))
        self.notes.show_case(detail, self.context.may("case.note"))
        self.deadlines.show_case(detail, self.context.may("deadline.manage"))
        self.history.show_case(detail)
        self.letters.show_case(detail)
        self.payments.show_case(detail)
        self.proof_of_use.show_case(detail)
        self._show_actions(detail)
        self.save_button.setVisible(editable and may_edit)
        self._set_dirty(False)
        self.setEnabled(True)
        if self.tabs.currentWidget() is self.history:
            self._load_audit()
        self.loaded.emit(detail.file_number)

    def _show_actions(self, detail: CaseDetail) -> None:
        """The next steps as buttons, the rarer ones (hearing, withdrawal …) in a menu."""
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()
        transitions = [t for t in available(detail.status, self.context.actor.role) if t.action in detail.actions]
        primary = [t for t in transitions if t.action in PRIMARY_ACTIONS]
        for transition in sorted(primary, key=lambda t: PRIMARY_ACTIONS.index(t.action)):
            button = QPushButton(transition.label, objectName=f"act-{transition.action}")
            button.clicked.connect(lambda _c=False, t=transition: self.run_action(t.action))
            self.actions_row.addWidget(button)
        if detail.micro and any(t.action == "receive-proof" for t in transitions):
            button = QPushButton(self.tr("Vereinfachter Verwendungsnachweis …"), objectName="act-micro-proof")
            button.clicked.connect(lambda _c=False: self.open_micro_proof())
            self.actions_row.addWidget(button)
        others = [t for t in transitions if t.action not in PRIMARY_ACTIONS]
        if others:
            more = QToolButton(objectName="moreActions", text=self.tr("Weitere Aktionen"))
            more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(more)
            for transition in others:
                action = menu.addAction(transition.label)
                action.setObjectName(f"act-{transition.action}")
                action.triggered.connect(lambda _c=False, t=transition: self.run_action(t.action))
            more.setMenu(menu)
            self.actions_row.addWidget(more)
        for name in self._second_person_actions(detail):
            label = self.tr("{action} – als zweite Person anmelden …").format(action=transition_named(name).label)
            button = QPushButton(label, objectName=f"secondPerson-{name}")
            button.clicked.connect(lambda _c=False, a=name: self.run_as_second_person(a))
            self.actions_row.addWidget(button)

    def _second_person_actions(self, detail: CaseDetail) -> list[str]:
        """Four-eyes steps due on the case that the signed-in user may not do (e.g. a caseworker, or the proposer)."""
        if not second_person_offered(self.context):
            return []
        return [a for a in SECOND_PERSON_ACTIONS
                if detail.status in transition_named(a).sources and a not in detail.actions]

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history and self.detail is not None:
            self._load_audit()

    def _load_audit(self) -> None:
        assert self.detail is not None
        uow, file_number = self.context.uow(), self.detail.file_number
        Operation(self, self.context, lambda: audit_trail(uow, file_number)).success(self.history.show_audit) \
            .failure(lambda _e: self.history.show_audit([])).latest("audit").run()

    # -- editing ------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.save_button.setEnabled(dirty)
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)

    def confirm_discard(self) -> bool:
        """Ask before typed input is thrown away; True when it is safe to go on."""
        if not self.dirty:
            return True
        return Ask.discard_changes(self, self.detail.file_number if self.detail else "")

    def edited_input(self) -> ApplicationInput:
        assert self.detail is not None
        d, m = self.detail, self.master
        costs, funding, requested = self.plan.plan_input()
        measure = m.measure.currentData()
        return ApplicationInput(
            programme=d.programme_code, fiscal_year=d.fiscal_year, applicant_id=d.applicant_id, title=m.title.text(),
            description=m.description.toPlainText(), municipality=m.municipality.currentData(),
            life_phase=m.life_phase.currentData(), field_of_action=m.field_of_action.currentData(),
            measure_id=int(measure) if measure else None, catalogue_justification=m.justification.toPlainText(),
            start_date=m.start.value(), end_date=m.end.value(), project_started_on=m.started.value(),
            early_start_approved_on=m.early_start.value(), financing_type=m.financing_type.currentData(),
            requested_amount=requested, cost_lines=costs, funding_lines=funding,
            contact_person_id=d.contact_person_id, caseworker=d.caseworker_username, received_on=d.received_on)

    def save(self) -> None:
        if self.detail is None or not self.dirty:
            return
        try:
            data = self.edited_input()
        except ValidationError as exc:
            self._field_error(exc)
            return
        uow, file_number, version = self.context.uow(), self.detail.file_number, self.detail.version
        self.save_button.setEnabled(False)
        Operation(self, self.context, lambda: update_application(uow, file_number, version, data)) \
            .success(lambda _v: self._saved(file_number)).failure(self._save_failed).notice_case(file_number).run()

    def _saved(self, file_number: str) -> None:
        self._set_dirty(False)
        self._load(file_number)

    def _save_failed(self, error: FoerderDeskError) -> None:
        self.save_button.setEnabled(True)
        show_save_error(self, error, self._reload_after_conflict, self._field_error)

    def _field_error(self, error: ValidationError) -> None:
        widget = self.master.field_widget(error.field)
        if widget is not None:
            self.tabs.setCurrentWidget(self.master)
            widget.setFocus()
        elif error.field in ("cost_lines", "funding_lines", "requested_amount", "plan"):
            self.tabs.setCurrentWidget(self.plan)
        show_message(self, error, self.tr("Eingabe prüfen"))

    def _reload_after_conflict(self) -> None:
        if self.detail is not None:
            self._set_dirty(False)
            self._load(self.detail.file_number)

    # -- actions ------------------------------------------------------------------------------
    def run_action(self, action: str) -> ActionDialog | None:
        """Open the action's dialog (or run it directly when it needs no input)."""
        if self.detail is None:
            return None
        if self.dirty:
            show_message(self, FoerderDeskError(self.tr("Bitte zuerst die Änderungen speichern.")))
            return None
        transition = next(t for t in available(self.detail.status, self.context.actor.role) if t.action == action)
        if action == "register":  # receipt date and documents are asked in the intake wizard
            self.idea_conversion_requested.emit(self.detail.file_number)
            return None
        return self._open_action(self.context, transition)

    def _open_action(self, context: UiContext, transition: Transition) -> ActionDialog:
        from ui.dialogs.action_dialog import ActionDialog  # with every action's fields, on the first action
        from ui.dialogs.action_specs import SPECS

        assert self.detail is not None
        spec = SPECS[transition.action]
        dialog = ActionDialog(context, self.detail, transition, spec, self)
        if context.actor != self.context.actor:  # a second person acts: say so where they confirm
            dialog.setWindowTitle(self.tr("{title} – handelnd: {name}").format(title=dialog.windowTitle(),
                                                                             name=context.actor.display_name))
        label = transition.label
        dialog.succeeded.connect(lambda result: self._action_done(label, result))
        if not spec.fields and not spec.confirm:
            dialog.submit()
            return dialog
        dialog.open()
        return dialog

    def open_micro_proof(self) -> MicroProofDialog | None:
        """A micro project's simplified proof of use: total, Sachbericht, receipt date (no receipt list)."""
        if self.detail is None:
            return None
        if self.dirty:
            show_message(self, FoerderDeskError(self.tr("Bitte zuerst die Änderungen speichern.")))
            return None
        from ui.micro_projects.proof_dialog import MicroProofDialog  # on first use

        dialog = MicroProofDialog(self.context, self.detail.file_number, self)
        label = self.tr("Vereinfachter Verwendungsnachweis")
        dialog.succeeded.connect(lambda _id: self._action_done(label, None))
        dialog.open()
        return dialog

    def run_as_second_person(self, action: str) -> SignInDialog | None:
        """A second person signs in with their password; then the action's dialog runs as that person."""
        if self.detail is None:
            return None
        if self.dirty:
            show_message(self, FoerderDeskError(self.tr("Bitte zuerst die Änderungen speichern.")))
            return None
        transition = transition_named(action)
        purpose = self.tr("»{action}« für {ref} braucht eine zweite Person. Sie meldet sich hier mit ihrem "
                          "FörderDesk-Passwort an; nur diese eine Aktion läuft unter ihrem Namen.").format(
            action=transition.label, ref=self.detail.file_number)
        return ask_second_person(self, self.context, purpose, lambda second: self._open_action(second, transition))

    def _action_done(self, label: str, result: object) -> None:
        """The action is stored: say so with what it returned (a file number, an amount …), then reload."""
        text = str(result).strip() if result is not None else ""
        self.show_action_result(self.tr("{action}: {result}").format(action=label, result=text) if text
                                else self.tr("{action}: erledigt.").format(action=label))
        self._after_change()

    def show_action_result(self, text: str | None) -> None:
        self.action_result.setText(text or "")
        self.action_result.setVisible(bool(text))
        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        if text and callable(status_bar) and window is not self:
            status_bar().showMessage(text.replace("\n", " "), 10000)

    def _after_change(self, file_number: str | None = None) -> None:
        assert self.detail is not None
        self.context.changes.case_changed.emit(file_number or self.detail.file_number)
        self._load(file_number or self.detail.file_number)

    def _run(self, call: Callable[[], object], after: Callable[[], object] | None = None) -> None:
        """A write for the shown case: then the notice, and the case shown as stored."""
        assert self.detail is not None
        file_number = self.detail.file_number

        def stored(_result: object) -> None:
            if after is not None:
                after()
            self._load(self.detail.file_number if self.detail is not None else file_number)
        Operation(self, self.context, call).success(stored).notice_case(file_number).run()

    def _rerun_check(self) -> None:
        assert self.detail is not None
        uow, ref = self.context.uow(), self.detail.file_number
        self._run(lambda: checking.run_check(uow, ref))

    def _override(self, rule: str) -> None:
        if self.detail is None:
            return
        row = next((r for r in self.detail.rules if r.rule == rule and not r.passed), None)
        if row is None:
            show_message(self, FoerderDeskError(self.tr("Bitte eine nicht erfüllte Regel auswählen.")))
            return
        dialog = OverrideDialog(row.label, row.message, self)
        uow, ref = self.context.uow(), self.detail.file_number
        dialog.accepted.connect(lambda: self._run(lambda: checking.override_rule(
            uow, ref, rule, dialog.result_values()["justification"])))
        dialog.open()

    def _record_document(self) -> None:
        if self.detail is None or self.choices is None:
            return
        dialog = DocumentDialog(self.choices.document_types, self)
        uow, ref = self.context.uow(), self.detail.file_number

        def record() -> None:
            v = dialog.result_values()
            self._run(lambda: documents.record_document(uow, v["kind"], file_number=ref, received_on=v["received_on"],
                                                        note=v["note"]))
        dialog.accepted.connect(record)
        dialog.open()

    def _add_note(self, text: str) -> None:
        if self.detail is None:
            return
        uow, ref = self.context.uow(), self.detail.file_number
        self._run(lambda: notes.add_note(uow, ref, text), self.notes.text.clear)

    def _deadline_done(self, deadline_id: int, version: int) -> None:
        uow = self.context.uow()
        self._run(lambda: deadlines.complete_deadline(uow, deadline_id, version))

    def _postpone(self, deadline_id: int, version: int) -> None:
        current = next((d.due_on for d in self.detail.deadlines if d.id == deadline_id), None) if self.detail else None
        dialog = PostponeDialog(current, self)
        uow = self.context.uow()

        def postpone() -> None:
            v = dialog.result_values()
            self._run(lambda: deadlines.postpone_deadline(uow, deadline_id, v["due_on"], v["reason"], version))
        dialog.accepted.connect(postpone)
        dialog.open()

