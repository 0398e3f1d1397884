""""Amt einrichten": the assistant that turns an empty database into a working office.

It shows the office's master data (`app.administration.office_setup.default_setup`) for editing, page by page,
and stores everything with one call of `set_up_office` when "Fertigstellen" is pressed — the same service as
`foerderdesk setup`. A refused value leaves the assistant open on the last page with the German message.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget, QWizard

from app.administration.office_setup import OfficeSetup, SetupReport, default_setup, set_up_office
from app.kernel import clock
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from app.kernel.permissions import ROLE_LABELS
from app.kernel.signin import signs_in_by_password
from ui.admin.setup_pages import MasterDataPage, OfficePage, ProgrammesPage, SummaryPage, UsersPage, money_text
from ui.tasks import Runner
from ui.widgets.dialog_look import fit_to_screen


class OfficeSetupWizard(QWizard):
    def __init__(self, database: Database, founder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeSetupWizard")
        self.setWindowTitle(self.tr("FörderDesk – Amt einrichten"))
        self.database, self.founder = database, founder
        self.runner = Runner(self)
        self.report: SetupReport | None = None
        defaults = default_setup(clock.today().year, founder)
        self.office = OfficePage(defaults)
        self.programmes = ProgrammesPage(defaults)
        self.master_data = MasterDataPage(defaults)
        self.users = UsersPage(defaults, passwords=signs_in_by_password(database))
        self.finish = SummaryPage(self.summary)
        self.message = self.finish.message
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Amt einrichten"))
        for page in (self.office, self.programmes, self.master_data, self.users, self.finish):
            self.addPage(page)
        fit_to_screen(self, 900, 680)

    def edited(self) -> OfficeSetup:
        """What the pages hold now."""
        year = self.office.year.value()
        return OfficeSetup(fiscal_year=year, letterhead=self.office.letterhead(),
                           programmes=tuple(dataclasses.replace(p, budget_position=(p.budget_position or "")
                                                                .replace(str(clock.today().year), str(year))
                                                                or None)
                                            for p in self.programmes.edited()),
                           users=self.users.users(), municipality_keys=self.master_data.municipality_keys(),
                           social_plan=self.programmes.catalogue.isChecked())

    def summary(self) -> list[str]:
        setup = self.edited()
        lines = [self.tr("Briefkopf: {office}, {department}, {street}, {city}").format(
            office=setup.letterhead["office"], department=setup.letterhead["department"],
            street=setup.letterhead["street"], city=setup.letterhead["postcode_city"])]
        lines += [self.tr("Programm {code} – {name}: Haushaltsansatz {year} {amount}").format(
            code=p.programme.code, name=p.programme.name, year=setup.fiscal_year, amount=money_text(p.allocation))
            for p in setup.programmes]
        if setup.social_plan:
            lines.append(self.tr("Sozialplan mit Zielen und Maßnahmenkatalog"))
        keys = sum(1 for key in setup.municipality_keys.values() if key)
        lines.append(self.tr("{count} Gemeinden, davon {keys} mit Gemeindeschlüssel").format(
            count=len(setup.municipality_keys), keys=keys))
        labels: dict[str, str] = {str(role): label for role, label in ROLE_LABELS.items()}  # Role is a StrEnum
        lines += [self.tr("Benutzer {name} ({role})").format(name=u.username, role=labels.get(u.role, u.role))
                  for u in setup.users]
        return lines

    def accept(self) -> None:
        """"Fertigstellen": store in a worker; the assistant closes only when everything was stored."""
        setup, database, founder = self.edited(), self.database, self.founder
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.message.clear()
        self.runner.submit(lambda: set_up_office(database, founder, setup), self._stored, self._refused)

    def _stored(self, report: SetupReport) -> None:
        self.report = report
        super().accept()

    def _refused(self, error: FoerderDeskError) -> None:
        self.message.setText(error.message)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
