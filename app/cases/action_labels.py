"""German names of the use cases recorded in the audit trail (`uow.act("…")`), for lists people read.

Workflow steps are named by their transition (`app.cases.workflow`); every other action a service starts
is named here. A test reads the services' source and fails for an action without a name.
"""

from __future__ import annotations

from app.cases.workflow import transition_named
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _

ACTION_LABELS: dict[str, str] = {
    # cases, applicants, documents, checks
    "register-idea": _("Projektidee erfasst"), "update": _("Antrag geändert"),
    "register-from-form": _("Antrag aus dem Antragsformular registriert"),
    "register-applicant": _("Antragsteller angelegt"), "update-applicant": _("Antragsteller geändert"),
    "merge-applicants": _("Antragsteller zusammengeführt"), "add-contact": _("Ansprechperson angelegt"),
    "update-contact": _("Ansprechperson geändert"), "deactivate-contact": _("Ansprechperson deaktiviert"),
    "add-bank-account": _("Bankverbindung angelegt"), "update-bank-account": _("Bankverbindung geändert"),
    "deactivate-bank-account": _("Bankverbindung deaktiviert"),
    "choose-primary-bank-account": _("Hauptbankverbindung gewählt"),
    "record-document": _("Unterlage erfasst"), "attach-file": _("Datei angehängt"),
    "run-check": _("Prüfung wiederholt"), "override-rule": _("Prüfregel übersteuert"),
    "add-note": _("Notiz angelegt"), "schedule-consultation": _("Beratungstermin angelegt"),
    "book-consultation": _("Beratungstermin gebucht"), "consultation-outcome": _("Beratungstermin fortgeschrieben"),
    "review-case": _("Bewertung im Gremium abgegeben"), "withdraw-review": _("Bewertung im Gremium zurückgezogen"),
    "align-case": _("Sozialplan zugeordnet"), "import-excel": _("Excel-Liste importiert"),
    "save-import-mapping": _("Importzuordnung gespeichert"),
    "import-applicants": _("Antragsteller aus Excel-Liste importiert"), "set-up-office": _("Amt eingerichtet"),
    # the county's cycle with the Land
    "record-resolution": _("Gremienbeschluss erfasst"), "save-plan-period": _("Planperiode gespeichert"),
    "state-application-settings": _("Antrag an das Land eingestellt"),
    "state-application-submitted": _("Antrag an das Land eingereicht"),
    "state-line-add": _("Planzeile angelegt"), "state-line-update": _("Planzeile geändert"),
    "state-line-remove": _("Planzeile entfernt"),
    # deadlines
    "add-follow-up": _("Wiedervorlage angelegt"), "complete-deadline": _("Frist erledigt"),
    "postpone-deadline": _("Frist verschoben"),
    # letters
    "issue-letter": _("Schreiben ausgestellt"), "preview-letter": _("Schreiben angesehen (Entwurf)"),
    "open-letter": _("Schreiben geöffnet"), "list-letters": _("Schreiben aufgelistet"),
    "letter-kinds": _("Schreibarten abgefragt"), "load-stationery": _("Briefbogen geladen"),
    "list-templates": _("Vorlagen aufgelistet"), "show-template": _("Vorlage angesehen"),
    "edit-template": _("Vorlage geändert"), "set-letterhead": _("Briefkopf geändert"),
    # payments and repayments
    "set-payment-plan": _("Zahlungsplan festgelegt"), "create-payment-order": _("Auszahlungsanordnung angelegt"),
    "check-order": _("Auszahlungsanordnung geprüft"), "check-request": _("Mittelabruf geprüft"),
    "sign-factual": _("Sachlich richtig gezeichnet"), "sign-arithmetic": _("Rechnerisch richtig gezeichnet"),
    "cancel-payment-order": _("Auszahlungsanordnung storniert"), "export-payments": _("Zahlungslauf exportiert"),
    "reexport-payments": _("Zahlungslauf erneut exportiert"), "book-payment-order": _("Zahlung gebucht"),
    "send-reminder": _("Mahnung ausgestellt"),
    # proof of use, sample, review note, dossier
    "record-proof-figures": _("Zahlen des Verwendungsnachweises erfasst"), "add-receipt": _("Beleg erfasst"),
    "enter-receipts": _("Belege in der Tabelle erfasst"),
    "remove-receipt": _("Beleg entfernt"), "import-receipts": _("Belegliste importiert"),
    "attach-report": _("Sachbericht angehängt"), "draw-sample": _("Stichprobe gezogen"),
    "sample-case": _("Beispielvorgang für die Vorschau gewählt"), "check-receipt": _("Beleg geprüft"),
    "check-receipts": _("Belegliste geprüft"), "read-proof-review": _("Verwendungsnachweisprüfung angesehen"),
    "issue-review-note": _("Prüfvermerk erstellt"), "open-review-note": _("Prüfvermerk geöffnet"),
    "export-dossier": _("Prüfakte exportiert"), "list-dossiers": _("Prüfakten aufgelistet"),
    "archive-offer": _("Dem Archiv angeboten"),
    # data protection
    "anonymise": _("Anonymisiert"), "anonymise-files": _("Gespeicherte Dateien gelöscht (Aufbewahrungsfrist)"),
    "anonymise-applicant": _("Antragsteller anonymisiert"),
    "read-retention": _("Aufbewahrungsfristen angesehen"),
    "export-person": _("Personendaten exportiert"), "find-contact-persons": _("Ansprechpersonen gesucht"),
    # administration
    "read-administration": _("Administration geöffnet"), "read-settings": _("Einstellungen angesehen"),
    "create-programme": _("Programm angelegt"), "update-programme": _("Programm geändert"),
    "set-legal-basis": _("Rechtsgrundlage eines Programms geändert"),
    "set-budget": _("Haushaltsansatz geändert"), "set-setting": _("Einstellung geändert"),
    "set-base-rate": _("Basiszinssatz eingetragen"), "set-interest-surcharge": _("Zinsaufschlag eingetragen"),
    "create-applicant-type": _("Antragstellertyp angelegt"), "update-applicant-type": _("Antragstellertyp geändert"),
    "set-required-documents": _("Pflichtunterlagen geändert"), "add-municipality": _("Gemeinde angelegt"),
    "change-municipality": _("Gemeinde umbenannt oder (de)aktiviert"), "update-municipality": _("Gemeinde geändert"),
    "set-population": _("Einwohnerzahlen eingetragen"), "add-social-area": _("Sozialraum angelegt"),
    "create-social-plan": _("Sozialplan angelegt"), "update-social-plan": _("Sozialplan geändert"),
    "add-goal": _("Sozialplanziel angelegt"), "update-goal": _("Sozialplanziel geändert"),
    "add-measure": _("Maßnahme angelegt"), "update-measure": _("Maßnahme geändert"),
    "seed-scoring-criteria": _("Bewertungskriterien angelegt"), "configure-criterion": _("Gewichtung geändert"),
    "add-user": _("Benutzer angelegt"), "set-role": _("Rolle geändert"), "deactivate-user": _("Benutzer deaktiviert"),
    "set-password": _("Passwort gesetzt"), "rehash-password": _("Passwort-Hash erneuert"),
    "link-login": _("Datenbankanmeldung zugeordnet"),
    "set-login-password": _("Passwort der Datenbankanmeldung gesetzt"),
    "db-restore": _("Datenbank aus einer Sicherung wiederhergestellt"),
    # a change the database recorded that came past FörderDesk (psql, another tool): schema 0009
    # the county and the Land, micro projects (issue 25)
    "record-state-grant": _("Bescheid des Landes erfasst"), "record-state-call": _("Mittelabruf an das Land erfasst"),
    "record-state-payment": _("Zahlung des Landes erfasst"),
    "configure-micro-fund": _("Kleinprojektefonds eingerichtet"),
    "set-micro-documents": _("Pflichtunterlagen der Kleinprojekte geändert"),
    "confirm-micro-batch": _("Kleinprojekte gemeinsam bestätigt"),
    "direkt": _("Direkt in der Datenbank geändert"),
    "enable-demo-mode": _("Demomodus eingeschaltet"), "reference-data": _("Stammdaten eingerichtet"),
    # reading
    "read-dashboard": _("Startseite angesehen"), "read-deadlines": _("Fristen angesehen"),
    "list-cases": _("Vorgänge aufgelistet"), "read-file": _("Akte angesehen"), "read-audit": _("Protokoll angesehen"),
    "unbekannt": _("Unbekannter Vorgang"),
}


def action_label(action: str) -> str:
    """The German name of a workflow step or use case; the code itself where there is none."""
    try:
        return transition_named(action).label
    except FoerderDeskError:
        return ACTION_LABELS.get(action, action)
