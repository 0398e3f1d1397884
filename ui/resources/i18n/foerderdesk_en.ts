<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Träger (falls nicht
rechtsfähig)</source>
        <translation>Sponsoring body (if no
legal capacity)</translation>
    </message>
    <message>
        <source>Registergericht</source>
        <translation>Register court</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Gemeinnützigkeit</source>
        <translation>Charitable status</translation>
    </message>
    <message>
        <source>Bescheid vom</source>
        <translation>Notice dated</translation>
    </message>
    <message>
        <source>Anschrift und Erreichbarkeit</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Blatt »{sheet}«, Kopfzeile in Zeile {header}: {rows} Datenzeilen, {valid} gültig, {invalid} mit Fehlern.</source>
        <translation>Sheet “{sheet}”, header in row {header}: {rows} data rows, {valid} valid, {invalid} with errors.</translation>
    </message>
    <message>
        <source>Fehlerhafte Zeilen: {rows}.</source>
        <translation>Faulty rows: {rows}.</translation>
    </message>
    <message>
        <source>{n} Fehler betreffen die ganze Datei.</source>
        <translation>{n} errors concern the whole file.</translation>
    </message>
    <message>
        <source>Entscheidungsdatum wird geprüft: {done} / {total}</source>
        <translation>Checking the date of decision: {done} / {total}</translation>
    </message>
    <message>
        <source>Der Ordner {path} kann nicht angelegt werden: {error}</source>
        <translation>The folder {path} cannot be created: {error}</translation>
    </message>
    <message>
        <source>Das Schreiben wurde als Nr. {id} ausgestellt und gespeichert, aber die Datei fehlt: {error} Es lässt sich beim Vorgang unter »Schreiben« erneut speichern.</source>
        <translation>The letter was issued and saved as no. {id}, but the file is missing: {error} It can be saved again with the case under “Letters”.</translation>
    </message>
    <message>
        <source>Schreiben drucken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>Das Schreiben ist im PDF-Betrachter geöffnet; bitte dort drucken.</source>
        <translation>The letter is open in the PDF viewer; please print it there.</translation>
    </message>
    <message>
        <source>{count} Seite(n) an den Drucker gesendet.</source>
        <translation>{count} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Schreiben speichern unter</source>
        <translation>Save letter as</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Das Schreiben liegt unter {path}.</source>
        <translation>No program for viewing PDF files is set up. The letter is at {path}.</translation>
    </message>
    <message>
        <source>Bewilligung</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Teilbewilligung</source>
        <translation>Partial approval</translation>
    </message>
    <message>
        <source>Ablehnung</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <source>Die Projektidee als Antrag registrieren und ein Aktenzeichen vergeben?</source>
        <translation>Register the project idea as an application and assign a file number?</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beantragt</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Nächste Frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Vorschlag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Kostenposition</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <source>Bezahlt am</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Stichprobe</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Prüfergebnis</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Vorgeschlagen von</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Von Ihnen zu bestätigen (Vier-Augen-Prinzip)</source>
        <translation>For you to confirm (four-eyes principle)</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source> (überfällig)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Vorgang</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>{path} ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>{path} is a folder; please enter a file name.</translation>
    </message>
    <message>
        <source>Der Ordner {folder} existiert nicht.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} kann nicht geschrieben werden: {error}</source>
        <translation>{path} cannot be written: {error}</translation>
    </message>
    <message>
        <source>Nr. {id} ({state})</source>
        <translation>No. {id} ({state})</translation>
    </message>
    <message>
        <source>– noch keine –</source>
        <translation>– none yet –</translation>
    </message>
    <message>
        <source>Rate {n}</source>
        <translation>Instalment {n}</translation>
    </message>
    <message>
        <source>Mittelabruf Nr. {id}</source>
        <translation>Payment request no. {id}</translation>
    </message>
    <message>
        <source>beglichen am {day}</source>
        <translation>settled on {day}</translation>
    </message>
    <message>
        <source>, überzahlt {amount}</source>
        <translation>, overpaid {amount}</translation>
    </message>
    <message>
        <source>Laut Bescheid bei Zahlung am {day}: {interest}</source>
        <translation>Per decision if paid on {day}: {interest}</translation>
    </message>
    <message>
        <source>noch nicht festgelegt</source>
        <translation>not yet set</translation>
    </message>
    <message>
        <source>in Raten</source>
        <translation>in instalments</translation>
    </message>
    <message>
        <source>auf Anforderung (Mittelabruf)</source>
        <translation>on request (payment request)</translation>
    </message>
    <message>
        <source>Bewilligt {approved} · ausgezahlt {paid} · angeordnet, noch nicht bezahlt {ordered} · noch verfügbar {available} · Auszahlung {mode} · Mittel innerhalb von {months} Monaten zu verwenden</source>
        <translation>Approved {approved} · paid out {paid} · ordered, not yet paid {ordered} · still available {available} · payment {mode} · funds to be used within {months} months</translation>
    </message>
    <message>
        <source>(nicht einzeln erfasst)</source>
        <translation>(not itemised)</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>davon zuwendungsfähig</source>
        <translation>of which eligible</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>anerkannt</source>
        <translation>recognised</translation>
    </message>
    <message>
        <source>nicht anerkannt: {amount}</source>
        <translation>not recognised: {amount}</translation>
    </message>
    <message>
        <source>Eingang {day}</source>
        <translation>Received {day}</translation>
    </message>
    <message>
        <source>{n} Belege über {total}</source>
        <translation>{n} receipts totalling {total}</translation>
    </message>
    <message>
        <source>Stichprobe: {k} Belege, Startwert {seed}, {open} offen</source>
        <translation>Sample: {k} receipts, seed {seed}, {open} open</translation>
    </message>
    <message>
        <source>endgültige Zuwendung {final}, Zinsen § 49a Abs. 4 VwVfG {interest}</source>
        <translation>final grant {final}, interest § 49a(4) VwVfG {interest}</translation>
    </message>
    <message>
        <source>endgültige Zuwendung: nach der Belegprüfung</source>
        <translation>final grant: after the receipt review</translation>
    </message>
    <message>
        <source>Prüfvermerk vom {day} (Unterlage Nr. {id})</source>
        <translation>Review note of {day} (document no. {id})</translation>
    </message>
    <message>
        <source>{label}: Plan {planned}, Ist {actual}</source>
        <translation>{label}: plan {planned}, actual {actual}</translation>
    </message>
    <message>
        <source>Nächster Schritt: Restzahlung {amount} buchen, danach »Abschließen«.</source>
        <translation>Next step: book the balance payment {amount}, then “Close”.</translation>
    </message>
    <message>
        <source>Nächster Schritt: Anhörung zur Rückforderung von {amount} (zzgl. Zinsen nach § 49a Abs. 4 VwVfG {interest}) einleiten; nach der Anhörung »Abschließen« setzt die Rückforderung fest.</source>
        <translation>Next step: start the hearing on the clawback of {amount} (plus interest under § 49a(4) VwVfG {interest}); after the hearing, “Close” fixes the clawback.</translation>
    </message>
    <message>
        <source>Nächster Schritt: »Abschließen« ohne Rückforderung.</source>
        <translation>Next step: “Close” without clawback.</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Finanzierungsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Formelle Prüfung</source>
        <translation>Formal check</translation>
    </message>
    <message>
        <source>Sozialplan</source>
        <translation>Social plan</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Auszahlungen</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Nachweis</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Verwendungsnachweis</source>
        <translation>Proof of use</translation>
    </message>
    <message>
        <source>Akte</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Schreiben</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Antragsformular öffnen</source>
        <translation>Open application form</translation>
    </message>
    <message>
        <source>Antragsformulare (*.pdf *.xlsx);;PDF-Formulare (*.pdf);;Excel-Vorlagen (*.xlsx)</source>
        <translation>Application forms (*.pdf *.xlsx);;PDF forms (*.pdf);;Excel templates (*.xlsx)</translation>
    </message>
    <message>
        <source>Neu aus dem Formular anlegen: {name}, {place}</source>
        <translation>Create from the form: {name}, {place}</translation>
    </message>
    <message>
        <source>Übernommen aus »{name}«.</source>
        <translation>Taken over from “{name}”.</translation>
    </message>
    <message>
        <source>Das Formular ist vollständig; bitte die Angaben prüfen.</source>
        <translation>The form is complete; please check the entries.</translation>
    </message>
    <message>
        <source>Diese Mängel lassen sich hier nicht korrigieren; der Antrag wird so nicht registriert:</source>
        <translation>These problems cannot be corrected here; the application is not registered as it is:</translation>
    </message>
    <message>
        <source>Mängel werden auf den folgenden Seiten angezeigt.</source>
        <translation>Problems are shown on the following pages.</translation>
    </message>
    <message>
        <source>Mängel im Formular (bitte korrigieren):</source>
        <translation>Problems in the form (please correct):</translation>
    </message>
    <message>
        <source>Leeres Antragsformular</source>
        <translation>Blank application form</translation>
    </message>
    <message>
        <source>{programme} …</source>
        <translation>{programme} …</translation>
    </message>
    <message>
        <source>Antragsformular speichern</source>
        <translation>Save application form</translation>
    </message>
    <message>
        <source>PDF-Formular (*.pdf);;Excel-Vorlage (*.xlsx)</source>
        <translation>PDF form (*.pdf);;Excel template (*.xlsx)</translation>
    </message>
    <message>
        <source>Antragsformular gespeichert: {path}</source>
        <translation>Application form saved: {path}</translation>
    </message>
    <message>
        <source>Zuwendung
des Landes</source>
        <translation>Grant from
the Land</translation>
    </message>
    <message>
        <source>Kofinanzierung</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Fördertopf
gesamt</source>
        <translation>Budget
in total</translation>
    </message>
    <message>
        <source>abgerufen</source>
        <translation>called</translation>
    </message>
    <message>
        <source>vom Land
erhalten</source>
        <translation>received from
the Land</translation>
    </message>
    <message>
        <source>an Träger
ausgezahlt (netto)</source>
        <translation>paid to
grantees (net)</translation>
    </message>
    <message>
        <source>Kofinanzierung
noch offen</source>
        <translation>Co-financing
still due</translation>
    </message>
    <message>
        <source>nicht verbrauchte
Landesmittel</source>
        <translation>unspent
state funds</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mittelabruf an das Land</source>
        <translation>Call for funds to the Land</translation>
    </message>
    <message>
        <source>Zahlung des Landes</source>
        <translation>Payment from the Land</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Bankkonto bearbeiten</source>
        <translation>Edit bank account</translation>
    </message>
    <message>
        <source>Bankkonto hinzufügen</source>
        <translation>Add bank account</translation>
    </message>
    <message>
        <source>bei deutscher IBAN automatisch</source>
        <translation>automatic for a German IBAN</translation>
    </message>
    <message>
        <source>z. B. Projektkonto</source>
        <translation>e.g. project account</translation>
    </message>
    <message>
        <source>Hauptkonto (Auszahlungen gehen auf dieses Konto)</source>
        <translation>Main account (payments go to this account)</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Kontoinhaber</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Bankverbindungen</source>
        <translation>Bank accounts</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Kontoinhaber</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Konto hinzufügen …</source>
        <translation>Add account …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Als Hauptkonto</source>
        <translation>As main account</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Bitte zuerst die Änderungen an den Daten speichern oder verwerfen.</source>
        <translation>Please save or discard the changes to the data first.</translation>
    </message>
    <message>
        <source>deaktiviert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Hauptkonto</source>
        <translation>Main account</translation>
    </message>
    <message>
        <source>weiteres Konto</source>
        <translation>further account</translation>
    </message>
    <message>
        <source>Konto deaktivieren</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Das Konto {iban} deaktivieren? Es bleibt für bisherige Zahlungen in der Akte, wird aber nicht mehr verwendet.</source>
        <translation>Deactivate the account {iban}? It stays in the file for past payments but is no longer used.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ich habe die Hinweise zur Kenntnis genommen.</source>
        <translation>I have taken note of the notes.</translation>
    </message>
    <message>
        <source>Plan: {amount}</source>
        <translation>Plan: {amount}</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>FörderDesk – Administration</source>
        <translation>FörderDesk – Administration</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Antragsteller und Unterlagen</source>
        <translation>Applicants and documents</translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Ziele des Sozialplans</source>
        <translation>Goals of the social plan</translation>
    </message>
    <message>
        <source>Maßnahmenkatalog</source>
        <translation>Catalogue of measures</translation>
    </message>
    <message>
        <source>Fristen, Aufbewahrung, Zinsen</source>
        <translation>Deadlines, retention, interest</translation>
    </message>
    <message>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Benutzer und Rollen</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>z. B. 2.500,00</source>
        <translation>e.g. 2.500,00</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ (leer: heute)</source>
        <translation>DD.MM.YYYY (empty: today)</translation>
    </message>
    <message>
        <source>Betrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmDialog</name>
    <message>
        <source>Anlass (wird protokolliert)</source>
        <translation>Reason (is logged)</translation>
    </message>
    <message>
        <source>Unwiderruflich anonymisieren</source>
        <translation>Anonymise irreversibly</translation>
    </message>
    <message>
        <source>Bitte den Anlass angeben (mindestens 10 Zeichen).</source>
        <translation>Please state the reason (at least 10 characters).</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Vorgang anonymisieren</source>
        <translation>Anonymise case</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref}&lt;/b&gt; – {title}&lt;br&gt;Aufbewahrung endete am {until}.&lt;br&gt;&lt;br&gt;Namen und Kontaktdaten der Ansprechpersonen, Notizen, Beratungsnotizen, Stellungnahmen und Widerspruchsbegründungen sowie der Inhalt der gespeicherten Schreiben und Unterlagen werden &lt;b&gt;unwiderruflich&lt;/b&gt; entfernt. Beträge, Daten, Entscheidungen, Prüfsummen und Metadaten der Dateien und das Protokoll bleiben erhalten. Anonymisiert wird erst, nachdem die Akte dem Archiv angeboten wurde (§ 11 ThürArchivG).</source>
        <translation>&lt;b&gt;{ref}&lt;/b&gt; – {title}&lt;br&gt;Retention ended on {until}.&lt;br&gt;&lt;br&gt;Names and contact details of the contact persons, notes, consultation notes, hearing responses and grounds of objection, and the content of the stored letters and documents are removed &lt;b&gt;irreversibly&lt;/b&gt;. Amounts, dates, decisions, the files&apos; checksums and metadata, and the audit trail remain. A case is anonymised only after its file has been offered to the archive (§ 11 ThürArchivG).</translation>
    </message>
    <message>
        <source>z. B. Aufbewahrungsfrist abgelaufen; Archiv hat am … abgelehnt</source>
        <translation>e.g. retention period expired; archive declined on …</translation>
    </message>
</context>
<context>
    <name>ApplicantAnonymiseDialog</name>
    <message>
        <source>Antragsteller anonymisieren</source>
        <translation>Anonymise applicant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; – {cases} Vorgänge, alle anonymisiert; letzte Tätigkeit am {last}, Aufbewahrung endete am {until}.&lt;br&gt;&lt;br&gt;Name, Anschrift, Register, E-Mail, Telefon und Bankverbindung des Antragstellers, seine Bankkonten, die Daten seiner Ansprechpersonen und der Inhalt seiner eigenständigen Unterlagen werden &lt;b&gt;unwiderruflich&lt;/b&gt; entfernt. Art, Rechtsform, Postleitzahl, Ort und Gemeinde, Prüfsummen und Metadaten der Unterlagen und das Protokoll bleiben erhalten.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {cases} cases, all anonymised; last activity on {last}, retention ended on {until}.&lt;br&gt;&lt;br&gt;The applicant&apos;s name, address, register, e-mail, phone and bank details, its bank accounts, the data of its contact persons and the content of its standing documents are removed &lt;b&gt;irreversibly&lt;/b&gt;. Type, legal form, postcode, town and municipality, checksums and metadata of the documents and the audit trail remain.</translation>
    </message>
    <message>
        <source>z. B. Aufbewahrungsfrist abgelaufen; alle Vorgänge anonymisiert</source>
        <translation>e.g. retention period over; all cases anonymised</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <source>Neuer Antragsteller</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <source>rechtsfähig</source>
        <translation>legal capacity</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Freistellungsbescheid vom</source>
        <translation>Exemption notice dated</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>gleich</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Möglicher Doppeleintrag</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Es gibt bereits ähnliche Antragsteller:
{list}

Trotzdem neu anlegen?</source>
        <translation>Similar applicants already exist:
{list}

Create a new one anyway?</translation>
    </message>
</context>
<context>
    <name>ApplicantFileView</name>
    <message>
        <source>Bitte links einen Antragsteller suchen und auswählen.</source>
        <translation>Please search for and select an applicant on the left.</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <source>Gemeinde {name}</source>
        <translation>Municipality {name}</translation>
    </message>
    <message>
        <source>Unterlagen ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <source>Verlauf ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Dieser Eintrag ist deaktiviert (mit einem anderen zusammengeführt).</source>
        <translation>This entry is deactivated (merged with another one).</translation>
    </message>
    <message>
        <source>Möglicher Doppeleintrag: {name}, {place} (Nr. {id}; gleich: {reason})</source>
        <translation>Possible duplicate: {name}, {place} (no. {id}; same: {reason})</translation>
    </message>
    <message>
        <source>{kind} ist am {day} abgelaufen.</source>
        <translation>{kind} expired on {day}.</translation>
    </message>
    <message>
        <source>{kind} läuft am {day} ab.</source>
        <translation>{kind} expires on {day}.</translation>
    </message>
</context>
<context>
    <name>ApplicantImportDialog</name>
    <message>
        <source>Antragsteller aus Excel-Liste importieren</source>
        <translation>Import applicants from an Excel list</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Antragstellerart</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>In FörderDesk</source>
        <translation>In FörderDesk</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Nur gültige übernehmen</source>
        <translation>Take over valid rows only</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Liste der Antragsteller wählen</source>
        <translation>Choose the list of applicants</translation>
    </message>
    <message>
        <source>neu – wird angelegt</source>
        <translation>new – will be registered</translation>
    </message>
    <message>
        <source>{rows} Datenzeilen: {new} neu, {duplicates} wahrscheinlich schon erfasst (werden nicht angelegt), {invalid} mit Fehlern.</source>
        <translation>{rows} data rows: {new} new, {duplicates} probably registered already (not created), {invalid} with errors.</translation>
    </message>
    <message>
        <source>{count} Antragsteller angelegt.</source>
        <translation>{count} applicants registered.</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Vorhandenen Antragsteller suchen und auswählen oder neu anlegen.</source>
        <translation>Search for and select an existing applicant or create a new one.</translation>
    </message>
    <message>
        <source>Name oder Ort …</source>
        <translation>Name or place …</translation>
    </message>
    <message>
        <source>Neuen Antragsteller anlegen …</source>
        <translation>Create a new applicant …</translation>
    </message>
</context>
<context>
    <name>ApplicantSearch</name>
    <message>
        <source>Name oder Ort …</source>
        <translation>Name or place …</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ohne Anschrift</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
    <message>
        <source>Kein Antragsteller gefunden.</source>
        <translation>No applicant found.</translation>
    </message>
    <message>
        <source>Die ersten {n} Treffer – bitte die Suche eingrenzen.</source>
        <translation>The first {n} hits – please narrow the search.</translation>
    </message>
    <message>
        <source>{n} Antragsteller</source>
        <translation>{n} applicants</translation>
    </message>
</context>
<context>
    <name>ApplicantsWindow</name>
    <message>
        <source>Antragsteller – Trägerakte</source>
        <translation>Applicants – applicant file</translation>
    </message>
    <message>
        <source>Neuer Antragsteller …</source>
        <translation>New applicant …</translation>
    </message>
    <message>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>Zwei Einträge derselben Organisation zusammenführen (Administration)</source>
        <translation>Merge two entries of the same organisation (administration)</translation>
    </message>
    <message>
        <source>Antragsteller suchen</source>
        <translation>Search applicants</translation>
    </message>
    <message>
        <source>&lt;b&gt;Antragsteller suchen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Search applicants&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trägerakte – {name}</source>
        <translation>Applicant file – {name}</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>zuwendungsfähig</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>Zuwendung</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Landesanteil</source>
        <translation>Land&apos;s share</translation>
    </message>
    <message>
        <source>Kofinanzierung</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Laden</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>PDF erstellen</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Excel erstellen</source>
        <translation>Create Excel</translation>
    </message>
    <message>
        <source>Als eingereicht markieren …</source>
        <translation>Mark as submitted …</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programmjahr</source>
        <translation>Programme year</translation>
    </message>
    <message>
        <source>Obergrenze, Kofinanzierung und Fristen des Jahres</source>
        <translation>Ceiling, co-financing and deadlines of the year</translation>
    </message>
    <message>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Obergrenze (€)</source>
        <translation>Ceiling (€)</translation>
    </message>
    <message>
        <source>Anteil Landkreis (%)</source>
        <translation>County share (%)</translation>
    </message>
    <message>
        <source>bemessen an</source>
        <translation>based on</translation>
    </message>
    <message>
        <source>Frist Land</source>
        <translation>Land deadline</translation>
    </message>
    <message>
        <source>Frist Träger</source>
        <translation>Provider deadline</translation>
    </message>
    <message>
        <source>Eigene Planzeile (Mikroprojektefonds, Planungsstelle)</source>
        <translation>The county&apos;s own line (micro-project fund, planning post)</translation>
    </message>
    <message>
        <source>Mikroprojektefonds</source>
        <translation>Micro-project fund</translation>
    </message>
    <message>
        <source>Planungsstelle</source>
        <translation>Planning post</translation>
    </message>
    <message>
        <source>Zeile hinzufügen</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Zeile speichern</source>
        <translation>Save line</translation>
    </message>
    <message>
        <source>Zeile entfernen</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>zuwendungsfähige Ausgaben (€)</source>
        <translation>eligible costs (€)</translation>
    </message>
    <message>
        <source>Zuwendung (€)</source>
        <translation>Grant (€)</translation>
    </message>
    <message>
        <source>– ohne –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>kreisweit</source>
        <translation>county-wide</translation>
    </message>
    <message>
        <source>Mit »Einstellungen speichern« wird der Antrag für dieses Jahr angelegt.</source>
        <translation>&quot;Save settings&quot; creates the application for this year.</translation>
    </message>
    <message>
        <source>Eingereicht am {day}</source>
        <translation>Submitted on {day}</translation>
    </message>
    <message>
        <source>Nicht eingereicht (Frist {due})</source>
        <translation>Not submitted (deadline {due})</translation>
    </message>
    <message>
        <source>Summe: {n} Maßnahmen · zuwendungsfähig {costs} · Zuwendung {funding} · Landesanteil (beantragt) {state} · Kofinanzierung Landkreis {county} – {rule}</source>
        <translation>Total: {n} measures · eligible {costs} · grant {funding} · Land&apos;s share (requested) {state} · county co-financing {county} – {rule}</translation>
    </message>
    <message>
        <source>Antrag an das Land {year} gespeichert.</source>
        <translation>Application to the Land {year} saved.</translation>
    </message>
    <message>
        <source>Antrag an das Land {year} als eingereicht am {day} vermerkt; Frist und Erinnerung sind erledigt.</source>
        <translation>Application to the Land {year} marked as submitted on {day}; deadline and reminder are done.</translation>
    </message>
    <message>
        <source>Planzeile »{title}« hinzugefügt.</source>
        <translation>Planned line &quot;{title}&quot; added.</translation>
    </message>
    <message>
        <source>Planzeile »{title}« gespeichert.</source>
        <translation>Planned line &quot;{title}&quot; saved.</translation>
    </message>
    <message>
        <source>Planzeile »{title}« entfernt.</source>
        <translation>Planned line &quot;{title}&quot; removed.</translation>
    </message>
    <message>
        <source>Bitte zuerst den Antrag eines Jahres laden.</source>
        <translation>Please load the application of a year first.</translation>
    </message>
    <message>
        <source>Antrag an das Land speichern</source>
        <translation>Save the application to the Land</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Unterlage: {name}</source>
        <translation>Document: {name}</translation>
    </message>
    <message>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>»{name}« ist weder ein PDF-Dokument noch ein Bild (PNG, JPEG). Solche Dateien werden aus Sicherheitsgründen nicht geöffnet; sie lassen sich speichern und mit einem Virenscanner prüfen.</source>
        <translation>“{name}” is neither a PDF document nor a picture (PNG, JPEG). For safety such files are not opened; they can be saved and checked with a virus scanner.</translation>
    </message>
    <message>
        <source>»{name}« kann hier nicht angezeigt werden (beschädigt, oder auf diesem Rechner fehlt die PDF-Anzeige). Die Datei lässt sich speichern.</source>
        <translation>“{name}” cannot be shown here (damaged, or this computer lacks the PDF display). The file can be saved.</translation>
    </message>
    <message>
        <source>Unterlage speichern unter</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>Schreiben für gefilterte Vorgänge</source>
        <translation>Letters for filtered cases</translation>
    </message>
    <message>
        <source>Wählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Entwürfe schreiben (nichts wird gespeichert)</source>
        <translation>Write drafts (nothing is saved)</translation>
    </message>
    <message>
        <source>Ausstellen und beim Vorgang speichern</source>
        <translation>Issue and save with the case</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ – leer: Datum des Schreibens</source>
        <translation>DD.MM.YYYY – empty: date of the letter</translation>
    </message>
    <message>
        <source>Art des Schreibens</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Eingrenzen</source>
        <translation>Narrow down</translation>
    </message>
    <message>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <source>Vorgehen</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Aufgabe zur Post</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>nur Vorgänge mit Entscheidung vom</source>
        <translation>only cases with a decision of</translation>
    </message>
    <message>
        <source>Schreiben erzeugen</source>
        <translation>Create letters</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>{count} Vorgänge der aktuellen Liste · {filter}</source>
        <translation>{count} cases of the current list · {filter}</translation>
    </message>
    <message>
        <source>Zielordner für die Schreiben</source>
        <translation>Target folder for the letters</translation>
    </message>
    <message>
        <source>Bitte einen Zielordner wählen.</source>
        <translation>Please choose a target folder.</translation>
    </message>
    <message>
        <source>die Vorgänge der Liste mit Entscheidung vom {day}</source>
        <translation>the cases of the list with a decision of {day}</translation>
    </message>
    <message>
        <source>die Vorgänge der Liste</source>
        <translation>the cases of the list</translation>
    </message>
    <message>
        <source>Schreiben ausstellen</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>»{kind}« für {scope} ausstellen? Jedes Schreiben wird unveränderlich beim Vorgang gespeichert.</source>
        <translation>Issue “{kind}” for {scope}? Each letter is stored unalterably with the case.</translation>
    </message>
    <message>
        <source>Die Vorgänge der Liste werden ermittelt …</source>
        <translation>Determining the cases of the list …</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Fertig.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <source>Nur nicht geschriebene zeigen</source>
        <translation>Show only the ones not written</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ausgestellt, Nr. {id}</source>
        <translation>issued, no. {id}</translation>
    </message>
    <message>
        <source>Entwurf geschrieben</source>
        <translation>Draft written</translation>
    </message>
    <message>
        <source>passt nicht</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{n} Schreiben ausgestellt, gespeichert und als Datei geschrieben</source>
        <translation>{n} letters issued, saved and written as files</translation>
    </message>
    <message>
        <source>{n} Entwürfe geschrieben</source>
        <translation>{n} drafts written</translation>
    </message>
    <message>
        <source>{written}; {skipped} passen nicht, {failed} mit Fehler – von {total} Vorgängen.</source>
        <translation>{written}; {skipped} do not fit, {failed} with errors – of {total} cases.</translation>
    </message>
    <message>
        <source>die ausgestellten Schreiben bleiben beim Vorgang gespeichert, ihre Dateien sind vollständig</source>
        <translation>the issued letters stay stored with the case, their files are complete</translation>
    </message>
    <message>
        <source>die geschriebenen Dateien sind vollständig</source>
        <translation>the files written are complete</translation>
    </message>
    <message>
        <source>Abgebrochen: {rest} Vorgänge wurden nicht bearbeitet; {kept}.</source>
        <translation>Cancelled: {rest} cases were not processed; {kept}.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Beratungstermin buchen</source>
        <translation>Book a consultation</translation>
    </message>
    <message>
        <source>– kein Antragsteller (Kontakt unten) –</source>
        <translation>– no applicant (contact below) –</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Berät</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Buchen</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>In dieser Woche ist kein Termin frei.</source>
        <translation>No slot is free this week.</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Ansatz</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Haushaltsstelle</source>
        <translation>Budget item</translation>
    </message>
    <message>
        <source>z. B. Zuweisung des Landes vom …, Nachtragshaushalt …</source>
        <translation>e.g. state allocation of …, supplementary budget …</translation>
    </message>
    <message>
        <source>Ansatz speichern</source>
        <translation>Save budget</translation>
    </message>
    <message>
        <source>Ansatz (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Grund der Änderung</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Haushaltsansatz {code} {year} gespeichert.</source>
        <translation>Budget {code} {year} saved.</translation>
    </message>
</context>
<context>
    <name>CaseDetailWidget</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Vereinfachter Verwendungsnachweis …</source>
        <translation>Simplified proof of use …</translation>
    </message>
    <message>
        <source>Weitere Aktionen</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>{action} – als zweite Person anmelden …</source>
        <translation>{action} – sign in as second person …</translation>
    </message>
    <message>
        <source>Eingabe prüfen</source>
        <translation>Check input</translation>
    </message>
    <message>
        <source>Bitte zuerst die Änderungen speichern.</source>
        <translation>Please save the changes first.</translation>
    </message>
    <message>
        <source>{title} – handelnd: {name}</source>
        <translation>{title} – acting: {name}</translation>
    </message>
    <message>
        <source>Vereinfachter Verwendungsnachweis</source>
        <translation>Simplified proof of use</translation>
    </message>
    <message>
        <source>»{action}« für {ref} braucht eine zweite Person. Sie meldet sich hier mit ihrem FörderDesk-Passwort an; nur diese eine Aktion läuft unter ihrem Namen.</source>
        <translation>“{action}” for {ref} needs a second person. They sign in here with their FörderDesk password; only this one action is done in their name.</translation>
    </message>
    <message>
        <source>{action}: {result}</source>
        <translation>{action}: {result}</translation>
    </message>
    <message>
        <source>{action}: erledigt.</source>
        <translation>{action}: done.</translation>
    </message>
    <message>
        <source>Bitte eine nicht erfüllte Regel auswählen.</source>
        <translation>Please select a rule that is not met.</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>{count} Vorgänge · beantragt {requested} · bewilligt {approved} · ausgezahlt {paid}</source>
        <translation>{count} cases · requested {requested} · approved {approved} · paid out {paid}</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Sozialplan</source>
        <translation>Social plan</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Im Katalog</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <source>Zielgröße</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>im Maßnahmenkatalog (sonst nur mit Begründung förderbar)</source>
        <translation>in the catalogue of measures (otherwise only fundable with a justification)</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Maßnahme speichern</source>
        <translation>Save measure</translation>
    </message>
    <message>
        <source>Als neue Maßnahme anlegen</source>
        <translation>Create as a new measure</translation>
    </message>
    <message>
        <source>Zielindikator</source>
        <translation>Target indicator</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Maßnahme {code} gespeichert.</source>
        <translation>Measure {code} saved.</translation>
    </message>
    <message>
        <source>Maßnahme {code} angelegt.</source>
        <translation>Measure {code} created.</translation>
    </message>
</context>
<context>
    <name>CellCasesDialog</name>
    <message>
        <source>Geförderte Vorgänge – {cell}</source>
        <translation>Funded cases – {cell}</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Vorgang öffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>{count} Vorgänge, zusammen {amount}. Doppelklick öffnet den Vorgang.</source>
        <translation>{count} cases, totalling {amount}. Double-click opens the case.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Beleg Nr. {n} prüfen</source>
        <translation>Check receipt no. {n}</translation>
    </message>
    <message>
        <source>{payee} – {purpose}: {amount} vom {day}</source>
        <translation>{payee} – {purpose}: {amount} of {day}</translation>
    </message>
    <message>
        <source>anerkannt</source>
        <translation>recognised</translation>
    </message>
    <message>
        <source>nicht anerkannt</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>leer = der ganze Beleg</source>
        <translation>empty = the whole receipt</translation>
    </message>
    <message>
        <source>nicht anerkannter Betrag</source>
        <translation>amount not recognised</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CheckTab</name>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Übersteuert</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Prüfung erneut ausführen</source>
        <translation>Run the check again</translation>
    </message>
    <message>
        <source>Regel übersteuern …</source>
        <translation>Override rule …</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>übersteuert</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>nicht erfüllt</source>
        <translation>not met</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Gleichzeitige Änderung</source>
        <translation>Concurrent change</translation>
    </message>
    <message>
        <source>Neu laden (meine Eingaben verwerfen)</source>
        <translation>Reload (discard my input)</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Continue editing</translation>
    </message>
</context>
<context>
    <name>ConsultationCalendar</name>
    <message>
        <source>◀ Vorige Woche</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Nächste Woche ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>Termin buchen …</source>
        <translation>Book appointment …</translation>
    </message>
    <message>
        <source>Projektidee erfassen …</source>
        <translation>Record project idea …</translation>
    </message>
    <message>
        <source>In Antrag umwandeln …</source>
        <translation>Turn into application …</translation>
    </message>
    <message>
        <source>Stattgefunden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Absagen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Berät</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projektidee</source>
        <translation>Project idea</translation>
    </message>
    <message>
        <source>Anstehende Beratungen</source>
        <translation>Upcoming consultations</translation>
    </message>
    <message>
        <source>Woche {week}: {first} – {last}</source>
        <translation>Week {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sonnabend</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>keine Beratung</source>
        <translation>no consultation</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>free</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontaktperson hinzufügen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Kontaktperson bearbeiten</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>z. B. Frau, Herr</source>
        <translation>e.g. Ms, Mr</translation>
    </message>
    <message>
        <source>z. B. Vorstand, Projektleitung, Kasse</source>
        <translation>e.g. board, project management, treasurer</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Einwilligung vom</source>
        <translation>Consent of</translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Personenbezogene Daten werden nur mit Einwilligung und nur für die Vorgänge gespeichert und nach Ablauf der Aufbewahrungsfrist gelöscht.</source>
        <translation>Personal data is only stored with consent and only for the cases, and is erased after the retention period has expired.</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Kontaktpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Kontaktperson hinzufügen …</source>
        <translation>Add contact person …</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>widerrufen am {day}</source>
        <translation>withdrawn on {day}</translation>
    </message>
    <message>
        <source>Kontaktperson entfernen</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <source>»{name}« aus der Trägerakte entfernen? Vorgänge, die die Person nennen, behalten sie bis zur Anonymisierung.</source>
        <translation>Remove “{name}” from the applicant file? Cases that name the person keep it until anonymisation.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Alle Ziele zusammen (jedes Projekt einmal)</source>
        <translation>All goals together (each project once)</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>  – LÜCKE: nichts gefördert</source>
        <translation>  – GAP: nothing funded</translation>
    </message>
    <message>
        <source>{row} in {place}: kein gefördertes Projekt</source>
        <translation>{row} in {place}: no funded project</translation>
    </message>
    <message>
        <source>, {amount} je Einwohner der Zielgruppe</source>
        <translation>, {amount} per inhabitant of the target group</translation>
    </message>
    <message>
        <source>{row} in {place}: {count} geförderte Projekte, {amount}{per}. Doppelklick zeigt die Vorgänge.</source>
        <translation>{row} in {place}: {count} funded projects, {amount}{per}. Double-click shows the cases.</translation>
    </message>
    <message>
        <source>{name} ({area}): LÜCKE – kein gefördertes Projekt</source>
        <translation>{name} ({area}): GAP – no funded project</translation>
    </message>
    <message>
        <source>{name} ({area}): {count} geförderte Projekte, {amount}</source>
        <translation>{name} ({area}): {count} funded projects, {amount}</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Sozialplan-Abdeckung</source>
        <translation>Social plan coverage</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Zielindikator</source>
        <translation>Target indicator</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation>Social area</translation>
    </message>
    <message>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Ist</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Bewilligte Summe</source>
        <translation>Approved total</translation>
    </message>
    <message>
        <source>€ je Einwohner der Zielgruppe</source>
        <translation>€ per inhabitant of the target group</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sozialplan</source>
        <translation>Social plan</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Färbung nach</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <source>Zielindikatoren der Maßnahmen</source>
        <translation>Target indicators of the measures</translation>
    </message>
    <message>
        <source>Es ist noch kein Sozialplan angelegt.</source>
        <translation>No social plan has been created yet.</translation>
    </message>
    <message>
        <source>Alle Jahre ({validity})</source>
        <translation>All years ({validity})</translation>
    </message>
    <message>
        <source>€ je Einwohner der Zielgruppe (Kindheit 0–11, Jugend 12–26, Erwachsene 27–64, Senioren ab 65 Jahre; übergreifend: alle)</source>
        <translation>€ per inhabitant of the target group (childhood 0–11, youth 12–26, adults 27–64, seniors 65 and over; cross-cutting: all)</translation>
    </message>
    <message>
        <source>bewilligte Summe in Tausend Euro (abgeschlossen: endgültige Zuwendung)</source>
        <translation>approved total in thousand euros (closed: final grant)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zelle:&lt;/b&gt; oben Zahl der geförderten Projekte, unten {second} – je dunkler das Blau, desto mehr. &lt;span style=&apos;{style}&apos;&gt;Rot mit ⚠ bzw. „LÜCKE“&lt;/span&gt;: Ziel oder Gemeinde ohne gefördertes Projekt. Ein Projekt mit zwei Zielen zählt in beiden Zeilen, in den Summen einmal. Außerhalb des Plans gefördert: {count} Projekte. Doppelklick auf eine Zelle zeigt die Vorgänge.</source>
        <translation>&lt;b&gt;Cell:&lt;/b&gt; top the number of funded projects, bottom {second} – the darker the blue, the more. &lt;span style=&apos;{style}&apos;&gt;Red with ⚠ or “GAP”&lt;/span&gt;: goal or municipality without a funded project. A project with two goals counts in both rows, once in the totals. Funded outside the plan: {count} projects. Double-clicking a cell shows the cases.</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;{style}&apos;&gt;⚠ Lücken {years}:&lt;/span&gt; &lt;b&gt;{goal_count} Ziele&lt;/b&gt; ohne gefördertes Projekt: {goals}&lt;br&gt;&lt;b&gt;{place_count} von {all_places} Gemeinden&lt;/b&gt; ohne gefördertes Projekt: {places}&lt;br&gt;&lt;b&gt;{missed} Zielindikatoren&lt;/b&gt; nicht erreicht.</source>
        <translation>&lt;span style=&apos;{style}&apos;&gt;⚠ Gaps {years}:&lt;/span&gt; &lt;b&gt;{goal_count} goals&lt;/b&gt; without a funded project: {goals}&lt;br&gt;&lt;b&gt;{place_count} of {all_places} municipalities&lt;/b&gt; without a funded project: {places}&lt;br&gt;&lt;b&gt;{missed} target indicators&lt;/b&gt; not achieved.</translation>
    </message>
    <message>
        <source>✓ erreicht</source>
        <translation>✓ achieved</translation>
    </message>
    <message>
        <source>✗ nicht erreicht</source>
        <translation>✗ not achieved</translation>
    </message>
    <message>
        <source>ganzer Landkreis</source>
        <translation>whole district</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; ungespeicherte Eingaben bleiben im Fenster erhalten.
Bitte senden Sie die folgenden Angaben an die IT-Betreuung.</source>
        <translation>An unexpected error has occurred. Your saved data is not affected; unsaved input stays in the window.
Please send the following details to IT support.</translation>
    </message>
    <message>
        <source>Details kopieren</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DataProtectionWindow</name>
    <message>
        <source>FörderDesk – Datenschutz</source>
        <translation>FörderDesk – Data protection</translation>
    </message>
    <message>
        <source>Aufbewahrungsfrist abgelaufen</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Aufbewahrung bis</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <source>Anonymisieren …</source>
        <translation>Anonymise …</translation>
    </message>
    <message>
        <source>Dem Archiv anbieten (ZIP) …</source>
        <translation>Offer to the archive (ZIP) …</translation>
    </message>
    <message>
        <source>Die abgeschlossene Akte mit allen Schreiben, Verlauf und Protokoll (§ 11 ThürArchivG)</source>
        <translation>The closed file with all letters, history and audit log (§ 11 ThürArchivG)</translation>
    </message>
    <message>
        <source>Abgeschlossene Vorgänge, deren Aufbewahrungsfrist abgelaufen ist und die noch personenbezogene Daten enthalten.</source>
        <translation>Closed cases whose retention period has expired and which still contain personal data.</translation>
    </message>
    <message>
        <source>Auskunft über eine Person (Art. 15 DSGVO)</source>
        <translation>Information about a person (Art. 15 GDPR)</translation>
    </message>
    <message>
        <source>Name, E-Mail oder Träger</source>
        <translation>Name, e-mail or organisation</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Applicant organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Alle Daten exportieren …</source>
        <translation>Export all data …</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Vorgang auswählen.</source>
        <translation>Please select a case first.</translation>
    </message>
    <message>
        <source>Akte für das Archiv speichern</source>
        <translation>Save the file for the archive</translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>{ref} anonymisiert ({count} Einträge geändert).</source>
        <translation>{ref} anonymised ({count} entries changed).</translation>
    </message>
    <message>
        <source>Der Antragsteller hat keinen Vorgang mit personenbezogenen Daten mehr und kann jetzt ebenfalls anonymisiert werden (unten ausgewählt).</source>
        <translation>The applicant has no case with personal data left and can now be anonymised as well (selected below).</translation>
    </message>
    <message>
        <source>anonymisiert</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person auswählen.</source>
        <translation>Please select a person first.</translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation>Save information</translation>
    </message>
    <message>
        <source>JSON-Datei (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>– keiner –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>rechtsfähig</source>
        <translation>legal capacity</translation>
    </message>
    <message>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Aktuell verbunden: {url}</source>
        <translation>Currently connected: {url}</translation>
    </message>
    <message>
        <source>Eingebettete SQLite-Datei (ein Arbeitsplatz)</source>
        <translation>Embedded SQLite file (one workstation)</translation>
    </message>
    <message>
        <source>PostgreSQL-Server (gemeinsam im Amt)</source>
        <translation>PostgreSQL server (shared in the office)</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>wird im Schlüsselbund des Systems gespeichert</source>
        <translation>is stored in the system keyring</translation>
    </message>
    <message>
        <source>Für alle Benutzer dieses Rechners speichern</source>
        <translation>Save for all users of this computer</translation>
    </message>
    <message>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Speichern (gilt ab dem nächsten Start)</source>
        <translation>Save (applies from the next start)</translation>
    </message>
    <message>
        <source>SQLite-Datei</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>Server-Adresse (URL)</source>
        <translation>Server address (URL)</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>SQLite-Datei wählen</source>
        <translation>Choose SQLite file</translation>
    </message>
    <message>
        <source>SQLite-Datenbank (*.sqlite3 *.db)</source>
        <translation>SQLite database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <source>Gespeichert in {path}. Die Verbindung gilt ab dem nächsten Start.</source>
        <translation>Saved in {path}. The connection applies from the next start.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>Meine Wiedervorlagen</source>
        <translation>My follow-ups</translation>
    </message>
    <message>
        <source>Alle offenen Fristen</source>
        <translation>All open deadlines</translation>
    </message>
    <message>
        <source>Filtern: Aktenzeichen, Betreff …</source>
        <translation>Filter: file number, subject …</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verschieben …</source>
        <translation>Postpone …</translation>
    </message>
    <message>
        <source>Vorgang öffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>{count} offen, davon {overdue} überfällig</source>
        <translation>{count} open, of which {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verschieben …</source>
        <translation>Postpone …</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>DecisionBriefPanel</name>
    <message>
        <source>Entscheidungsvorlage wird geladen …</source>
        <translation>Loading the decision brief …</translation>
    </message>
    <message>
        <source>Vorlage als PDF …</source>
        <translation>Brief as PDF …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entscheidungsvorlage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decision brief&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finanzierungsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Prüfergebnisse</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Begründung der Sachbearbeitung</source>
        <translation>Caseworker&apos;s reasons</translation>
    </message>
    <message>
        <source>(keine Begründung angegeben)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>{name}, {day}: {text}</source>
        <translation>{name}, {day}: {text}</translation>
    </message>
    <message>
        <source>{ok} von {total} Regeln erfüllt (formell {formal}, inhaltlich {content}).</source>
        <translation>{ok} of {total} rules met (formal {formal}, content {content}).</translation>
    </message>
    <message>
        <source>Entscheidungsvorlage speichern</source>
        <translation>Save decision brief</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Entscheidungsvorlage geschrieben: {name}</source>
        <translation>Decision brief written: {name}</translation>
    </message>
</context>
<context>
    <name>DecisionListTab</name>
    <message>
        <source>PDF erstellen</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Excel erstellen</source>
        <translation>Create Excel</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Bewertung</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>beantragt</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>Vorschlag</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Beschluss zum gewählten Projekt erfassen</source>
        <translation>Record the resolution on the chosen project</translation>
    </message>
    <message>
        <source>Jugendhilfeausschuss</source>
        <translation>Youth welfare committee</translation>
    </message>
    <message>
        <source>Kreistag</source>
        <translation>District council</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>zugestimmt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>mit geändertem Betrag zugestimmt</source>
        <translation>approved with a changed amount</translation>
    </message>
    <message>
        <source>Beschluss erfassen</source>
        <translation>Record resolution</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Beschluss-Nr.</source>
        <translation>Resolution no.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Betrag (nur bei Änderung)</source>
        <translation>Amount (only if changed)</translation>
    </message>
    <message>
        <source>{programme} {year}: {n} Projekte, beantragt {requested}, vorgeschlagen {proposed}</source>
        <translation>{programme} {year}: {n} projects, requested {requested}, proposed {proposed}</translation>
    </message>
    <message>
        <source>Bitte zuerst ein Projekt der Liste wählen.</source>
        <translation>Please choose a project of the list first.</translation>
    </message>
    <message>
        <source>Beschluss zu {ref} erfasst.</source>
        <translation>Resolution on {ref} recorded.</translation>
    </message>
    <message>
        <source>Beschlussliste speichern</source>
        <translation>Save the decision list</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vorgeschlagen</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Bestätigt</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Bescheiddatum</source>
        <translation>Date of decision</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Unterlage erfassen</source>
        <translation>Record document</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Eingegangene Unterlagen</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Was lag dem Antrag bei? Fehlendes zeigt die formelle Prüfung.</source>
        <translation>What was enclosed with the application? The formal check shows what is missing.</translation>
    </message>
    <message>
        <source>{name} – erforderlich</source>
        <translation>{name} – required</translation>
    </message>
    <message>
        <source>Fehlt noch (die formelle Prüfung fordert es nach): {names}</source>
        <translation>Still missing (the formal check will request it): {names}</translation>
    </message>
    <message>
        <source>Alle erforderlichen Unterlagen liegen vor.</source>
        <translation>All required documents are at hand.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ausgestellt</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>gespeichert</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Unterlage erfassen …</source>
        <translation>Record document …</translation>
    </message>
    <message>
        <source>Datei anhängen …</source>
        <translation>Attach file …</translation>
    </message>
    <message>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Unterlagen der Trägerakte gelten für jeden Antrag dieses Trägers und werden nicht je Antrag neu angefordert. „läuft ab“: endet in den nächsten {days} Tagen.</source>
        <translation>Documents in the applicant file apply to every application of this applicant and are not requested again for each application. “expires”: ends within the next {days} days.</translation>
    </message>
    <message>
        <source>Datei für »{kind}« wählen</source>
        <translation>Choose file for “{kind}”</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ExpiredApplicantsBox</name>
    <message>
        <source>Antragsteller ohne Vorgänge mit personenbezogenen Daten</source>
        <translation>Applicants without cases holding personal data</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Vorgänge</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Letzte Tätigkeit</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Aufbewahrung bis</source>
        <translation>Retained until</translation>
    </message>
    <message>
        <source>Antragsteller anonymisieren …</source>
        <translation>Anonymise applicant …</translation>
    </message>
    <message>
        <source>Antragsteller, deren Vorgänge alle anonymisiert sind und deren eigene Aufbewahrungsfrist seit der letzten Tätigkeit abgelaufen ist.</source>
        <translation>Applicants whose cases are all anonymised and whose own retention period since their last activity has ended.</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Antragsteller auswählen.</source>
        <translation>Please select an applicant first.</translation>
    </message>
    <message>
        <source>{name} anonymisiert: {accounts} Bankkonten, {contacts} Ansprechpersonen, {documents} Unterlagen geleert.</source>
        <translation>{name} anonymised: {accounts} bank accounts, {contacts} contact persons, {documents} documents emptied.</translation>
    </message>
</context>
<context>
    <name>ExpiringDocumentsPanel</name>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Antragsteller und Unterlage</source>
        <translation>Applicant and document</translation>
    </message>
    <message>
        <source>Klick öffnet die Trägerakte.</source>
        <translation>Click opens the applicant file.</translation>
    </message>
    <message>
        <source>{n} Unterlagen der Träger sind abgelaufen oder laufen in den nächsten {days} Tagen ab.</source>
        <translation>{n} documents of applicants have expired or expire within the next {days} days.</translation>
    </message>
    <message>
        <source>Keine Unterlage läuft in den nächsten {days} Tagen ab.</source>
        <translation>No document expires within the next {days} days.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Zahlenmäßiger Nachweis</source>
        <translation>Financial statement</translation>
    </message>
    <message>
        <source>{n}. {text} (Plan {planned})</source>
        <translation>{n}. {text} (plan {planned})</translation>
    </message>
    <message>
        <source>{label} (Ist)</source>
        <translation>{label} (actual)</translation>
    </message>
    <message>
        <source>Sachbericht: was wurde erreicht, was ist anders gelaufen?</source>
        <translation>Progress report: what was achieved, what went differently?</translation>
    </message>
    <message>
        <source>Sachbericht</source>
        <translation>Progress report</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx *.txt);;Alle Dateien (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Suche: Aktenzeichen, Titel, Antragsteller</source>
        <translation>Search: file number, title, applicant</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle Programme</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle Gemeinden</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Alle Bearbeiter</source>
        <translation>All caseworkers</translation>
    </message>
    <message>
        <source>Meine Vorgänge</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Frist fällig</source>
        <translation>Deadline due</translation>
    </message>
    <message>
        <source>Offene Fristen, die in den nächsten 7 Tagen enden oder überschritten sind</source>
        <translation>Open deadlines that end within the next 7 days or have passed</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>FörderDesk – erster Start</source>
        <translation>FörderDesk – first start</translation>
    </message>
    <message>
        <source>Mit Demodaten beginnen (zum Kennenlernen)</source>
        <translation>Start with demo data (to get to know the program)</translation>
    </message>
    <message>
        <source>Leer beginnen – ich richte das Amt ein (Rolle Administration)</source>
        <translation>Start empty – I set up the office (administration role)</translation>
    </message>
    <message>
        <source>Amt einrichten – mit den Stammdaten des Jugend- und Sozialamts (Programme, Haushalt, Gemeinden, Briefkopf, erste Benutzer)</source>
        <translation>Set up the office – with the youth and social welfare office&apos;s master data (programmes, budget, municipalities, letterhead, first users)</translation>
    </message>
    <message>
        <source>Die Datenbank {url} ist noch leer.</source>
        <translation>The database {url} is still empty.</translation>
    </message>
    <message>
        <source>Zahl der Demovorgänge:</source>
        <translation>Number of demo cases:</translation>
    </message>
</context>
<context>
    <name>GoalTree</name>
    <message>
        <source>Übergreifend (ohne Lebensphase)</source>
        <translation>Cross-cutting (no life phase)</translation>
    </message>
    <message>
        <source> (nicht im Katalog)</source>
        <translation> (not in the catalogue)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Planperiode</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Lebensphase</source>
        <translation>Life phase</translation>
    </message>
    <message>
        <source>Ziel speichern</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Als neues Ziel anlegen</source>
        <translation>Create as a new goal</translation>
    </message>
    <message>
        <source>Lebensphase (Armutsprävention)</source>
        <translation>Life phase (poverty prevention)</translation>
    </message>
    <message>
        <source>– kein Handlungsfeld –</source>
        <translation>– no field of action –</translation>
    </message>
    <message>
        <source>– keine (übergreifendes Ziel) –</source>
        <translation>– none (cross-cutting goal) –</translation>
    </message>
    <message>
        <source>Ziel {code} gespeichert.</source>
        <translation>Goal {code} saved.</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Planperiode anlegen (Ansicht → Landesprogramm → Planperioden).</source>
        <translation>Please create a plan period first (View → State programme → Plan periods).</translation>
    </message>
    <message>
        <source>Ziel {code} angelegt.</source>
        <translation>Goal {code} created.</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <source>Bescheid des Landes erfassen oder ändern</source>
        <translation>Record or change the Land&apos;s decision</translation>
    </message>
    <message>
        <source>z. B. 46-1234/2026</source>
        <translation>e.g. 46-1234/2026</translation>
    </message>
    <message>
        <source>Bescheid speichern</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Zuwendung des Landes</source>
        <translation>Grant from the Land</translation>
    </message>
    <message>
        <source>Bescheid vom</source>
        <translation>Notice dated</translation>
    </message>
    <message>
        <source>Aktenzeichen des Ministeriums</source>
        <translation>Ministry&apos;s file number</translation>
    </message>
    <message>
        <source>Kofinanzierung in %</source>
        <translation>Co-financing in %</translation>
    </message>
    <message>
        <source>Kofinanzierung bemessen an</source>
        <translation>Co-financing measured on</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beantragt</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Doppelklick öffnet den Vorgang im Hauptfenster.</source>
        <translation>Double-click opens the case in the main window.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ereignis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Anträge</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Ereignisse – Überfälliges und Offenes zuerst</source>
        <translation>Events – overdue and open first</translation>
    </message>
    <message>
        <source>Entscheidungen, Zahlungen, Nachweise, Anhörungen, Widersprüche und Rückforderungen aller Anträge</source>
        <translation>Decisions, payments, proofs of use, hearings, objections and clawbacks of all applications</translation>
    </message>
    <message>
        <source>{overdue} überfällig · {open} offen</source>
        <translation>{overdue} overdue · {open} open</translation>
    </message>
    <message>
        <source>Nichts offen.</source>
        <translation>Nothing open.</translation>
    </message>
    <message>
        <source>{n} Anträge · beantragt {requested} · bewilligt {approved} · ausgezahlt {paid}</source>
        <translation>{n} applications · requested {requested} · approved {approved} · paid out {paid}</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>von</source>
        <translation>of</translation>
    </message>
    <message>
        <source>nach</source>
        <translation>after</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Statusverlauf</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Protokoll (alle Änderungen)</source>
        <translation>Audit log (all changes)</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Projektidee aus der Beratung erfassen</source>
        <translation>Record the project idea from the consultation</translation>
    </message>
    <message>
        <source>Die Notizen der Beratung gehen beim Registrieren als Antrag in die Beschreibung ein.</source>
        <translation>The consultation&apos;s notes go into the description when the idea is registered as an application.</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Idee erfassen</source>
        <translation>Record idea</translation>
    </message>
    <message>
        <source>Beratung am {start} mit {contact}</source>
        <translation>Consultation on {start} with {contact}</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>Bitte den Antragsteller wählen (neu anlegen unter Ansicht › Antragsteller).</source>
        <translation>Please choose the applicant (create new ones under View › Applicants).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Excel-Liste importieren</source>
        <translation>Import Excel list</translation>
    </message>
    <message>
        <source>Weitere Angaben</source>
        <translation>More details</translation>
    </message>
    <message>
        <source>Vorgeschlagene amtliche Schreibweisen übernehmen (Gemeinden, Handlungsfelder)</source>
        <translation>Take over the suggested official spellings (municipalities, fields of action)</translation>
    </message>
    <message>
        <source>– aus der Liste –</source>
        <translation>– from the list –</translation>
    </message>
    <message>
        <source>Programm, wo die Liste keines nennt</source>
        <translation>Programme where the list names none</translation>
    </message>
    <message>
        <source>Haushaltsjahr, wo die Liste keines nennt</source>
        <translation>Fiscal year where the list names none</translation>
    </message>
    <message>
        <source>Spaltenzuordnung</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Prüfbericht</source>
        <translation>Check report</translation>
    </message>
    <message>
        <source>Nur Fehler zeigen</source>
        <translation>Show errors only</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Probelauf</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <source>Nur gültige übernehmen</source>
        <translation>Take over valid rows only</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Excel-Liste wählen</source>
        <translation>Choose Excel list</translation>
    </message>
    <message>
        <source>Jede Zeile wird geprüft …</source>
        <translation>Checking every row …</translation>
    </message>
    <message>
        <source>Nur gültige Zeilen übernehmen</source>
        <translation>Take over only valid rows</translation>
    </message>
    <message>
        <source>Die Zeilen {rows} haben Fehler und werden nicht übernommen. Die übrigen {count} Vorgänge werden in einem Schritt importiert. Fortfahren?</source>
        <translation>Rows {rows} have errors and are not taken over. The other {count} cases are imported in one step. Continue?</translation>
    </message>
    <message>
        <source>{count} Vorgänge aus »{name}« importiert{skipped}.</source>
        <translation>{count} cases imported from “{name}”{skipped}.</translation>
    </message>
    <message>
        <source>; Zeilen {rows} nicht übernommen</source>
        <translation>; rows {rows} not taken over</translation>
    </message>
    <message>
        <source>Die Spalten {names} der Zuordnung fehlen in dieser Datei; bitte die Zuordnung ergänzen.</source>
        <translation>The mapping&apos;s columns {names} are missing in this file; please complete the mapping.</translation>
    </message>
    <message>
        <source>Spaltenzuordnung »{name}« gespeichert.</source>
        <translation>Column mapping “{name}” saved.</translation>
    </message>
    <message>
        <source>Zuordnung oder Optionen geändert – bitte »Probelauf« ausführen.</source>
        <translation>Mapping or options changed – please run “Trial run”.</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <source>Noch keine Datei gewählt.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Neuer Antrag</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Projektidee {ref} als Antrag registrieren</source>
        <translation>Register project idea {ref} as an application</translation>
    </message>
    <message>
        <source>Kosten- und Finanzierungsplan</source>
        <translation>Cost and financing plan</translation>
    </message>
    <message>
        <source>Antrag registrieren</source>
        <translation>Register application</translation>
    </message>
    <message>
        <source>Aus Formular übernehmen …</source>
        <translation>Take over from form …</translation>
    </message>
    <message>
        <source>Bitte einen Antragsteller auswählen.</source>
        <translation>Please select an applicant.</translation>
    </message>
    <message>
        <source>Bitte das Eingangsdatum des Antrags angeben (Seite »Vorhaben«, Feld »Eingang«).</source>
        <translation>Please give the date the application was received (page “Project”, field “Received”).</translation>
    </message>
</context>
<context>
    <name>LandMoneyPanel</name>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Landes-
mittel</source>
        <translation>State
funds</translation>
    </message>
    <message>
        <source>Kofinan-
zierung</source>
        <translation>Co-
financing</translation>
    </message>
    <message>
        <source>Förder-
topf</source>
        <translation>Budget
in total</translation>
    </message>
    <message>
        <source>vom Land
erhalten</source>
        <translation>received from
the Land</translation>
    </message>
    <message>
        <source>Kofinan-
zierung offen</source>
        <translation>Co-financing
due</translation>
    </message>
    <message>
        <source>Für dieses Jahr ist keine Zuwendung des Landes erfasst.</source>
        <translation>No grant from the Land is recorded for this year.</translation>
    </message>
</context>
<context>
    <name>LandMoneyView</name>
    <message>
        <source>Mittel des Landes</source>
        <translation>Money from the Land</translation>
    </message>
    <message>
        <source>Zuwendungen des Landes an den Landkreis</source>
        <translation>Grants from the Land to the county</translation>
    </message>
    <message>
        <source>Mittelabrufe und Zahlungen der gewählten Zuwendung</source>
        <translation>Calls for funds and payments of the selected grant</translation>
    </message>
    <message>
        <source>Mittelabruf oder Zahlung erfassen: {programme} {year}</source>
        <translation>Record a call for funds or a payment: {programme} {year}</translation>
    </message>
    <message>
        <source>Mittelabruf oder Zahlung erfassen (erst einen Bescheid wählen)</source>
        <translation>Record a call for funds or a payment (choose a decision first)</translation>
    </message>
    <message>
        <source>Bescheid des Landes gespeichert; der Haushaltsansatz ist jetzt Landesmittel plus Kofinanzierung.</source>
        <translation>The Land&apos;s decision is saved; the budget is now state funds plus co-financing.</translation>
    </message>
    <message>
        <source>Erfasst.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Schreiben erstellen – {ref}</source>
        <translation>Create letter – {ref}</translation>
    </message>
    <message>
        <source>Die passenden Arten werden ermittelt …</source>
        <translation>Determining the suitable types …</translation>
    </message>
    <message>
        <source>Grau: passt nicht zum Stand des Vorgangs – der Grund steht im Hinweis beim Darüberfahren.</source>
        <translation>Grey: does not fit the state of the case – the reason is in the tooltip.</translation>
    </message>
    <message>
        <source>Art des Schreibens</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Wortlaut anpassen</source>
        <translation>Adjust wording</translation>
    </message>
    <message>
        <source>Tag der Aufgabe zur Post; ab ihm wird die Bekanntgabe berechnet.</source>
        <translation>Day of posting; notification is calculated from it.</translation>
    </message>
    <message>
        <source>Aufgabe zur Post (leer: Datum des Schreibens)</source>
        <translation>Posted on (empty: date of the letter)</translation>
    </message>
    <message>
        <source>Ausstellen …</source>
        <translation>Issue …</translation>
    </message>
    <message>
        <source>Schreiben ausstellen darf nur die Sachbearbeitung oder Sachgebietsleitung.</source>
        <translation>Only caseworkers or supervisors may issue letters.</translation>
    </message>
    <message>
        <source>Zum jetzigen Stand des Vorgangs passt keine Art von Schreiben. Die Gründe stehen bei den einzelnen Arten.</source>
        <translation>No type of letter fits the current state of the case. The reasons are given with the individual types.</translation>
    </message>
    <message>
        <source>Entwurf wird erstellt …</source>
        <translation>Creating draft …</translation>
    </message>
    <message>
        <source>Vorschau wird erstellt …</source>
        <translation>Creating preview …</translation>
    </message>
    <message>
        <source>Wortlaut anpassen ({count} geändert)</source>
        <translation>Adjust wording ({count} changed)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entwurf&lt;/b&gt; (nicht ausgestellt): {subject}</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt; (not issued): {subject}</translation>
    </message>
    <message>
        <source>So kann das Schreiben nicht ausgestellt werden: {problems}</source>
        <translation>The letter cannot be issued like this: {problems}</translation>
    </message>
    <message>
        <source>So kann das Schreiben nicht ausgestellt werden. Vor dem Ausstellen zu klären (Vorlage oder Vorgang ergänzen): {problems}</source>
        <translation>The letter cannot be issued like this. To be clarified before issuing (complete the template or the case): {problems}</translation>
    </message>
    <message>
        <source> – Wortlaut angepasst: {blocks}</source>
        <translation> – wording adjusted: {blocks}</translation>
    </message>
    <message>
        <source>Erst ausstellbar, wenn die gelb markierten Angaben geklärt sind.</source>
        <translation>Can only be issued once the details marked in yellow are clarified.</translation>
    </message>
    <message>
        <source>Schreiben ausstellen</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>»{kind}« zu {ref} ausstellen? Das Schreiben wird unveränderlich beim Vorgang gespeichert.</source>
        <translation>Issue “{kind}” for {ref}? The letter is stored unalterably with the case.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ausgestellt&lt;/b&gt; als Nr. {id}, Aufgabe zur Post am {posted} – SHA-256 {sha}</source>
        <translation>&lt;b&gt;Issued&lt;/b&gt; as no. {id}, posted on {posted} – SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>Briefkopf speichern</source>
        <translation>Save letterhead</translation>
    </message>
    <message>
        <source>Nichts geändert.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Briefkopf gespeichert.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Ausgestellt von</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Zur Post</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Schreiben erstellen …</source>
        <translation>Create letter …</translation>
    </message>
    <message>
        <source>Gespeichertes Schreiben öffnen</source>
        <translation>Open stored letter</translation>
    </message>
    <message>
        <source>Doppelklick öffnet ein ausgestelltes Schreiben genau so, wie es verschickt wurde.</source>
        <translation>Double-click opens an issued letter exactly as it was sent.</translation>
    </message>
    <message>
        <source>Zu diesem Vorgang wurde noch kein Schreiben ausgestellt.</source>
        <translation>No letter has been issued for this case yet.</translation>
    </message>
</context>
<context>
    <name>MainPages</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Vorgänge</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Fristen und Wiedervorlage</source>
        <translation>Deadlines and follow-ups</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Kleinprojekte</source>
        <translation>Micro projects</translation>
    </message>
    <message>
        <source>Mahnungen: überfällige Rückforderungen</source>
        <translation>Reminders: overdue clawbacks</translation>
    </message>
    <message>
        <source>Ablaufende Unterlagen der Träger</source>
        <translation>Expiring documents of applicants</translation>
    </message>
    <message>
        <source>Mittel des Landes</source>
        <translation>Money from the Land</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FörderDesk – {user}[*]</source>
        <translation>FörderDesk – {user}[*]</translation>
    </message>
    <message>
        <source>Vorgänge</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Neuer Antrag</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Sozialplan-Abdeckung</source>
        <translation>Social plan coverage</translation>
    </message>
    <message>
        <source>Zahlungsläufe …</source>
        <translation>Payment runs …</translation>
    </message>
    <message>
        <source>Mittel des Landes …</source>
        <translation>Money from the Land …</translation>
    </message>
    <message>
        <source>Angemeldet: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Einzelplatz – was geschützt ist</source>
        <translation>Single workstation – what is protected</translation>
    </message>
    <message>
        <source>Einzelplatz (SQLite): Wer handelt, ist das angemeldete Benutzerkonto dieses Rechners; eine andere Person – etwa die zweite für das Vier-Augen-Prinzip – meldet sich mit ihrem FörderDesk-Passwort an. FörderDesk prüft Rollen, Vier-Augen-Prinzip und die zwei Zeichnungen. Wer aber die Datenbankdatei selbst ändern kann, kann alles ändern, auch das Protokoll: Dagegen schützt nur der gemeinsame Server mit einer eigenen Anmeldung für jede Person.</source>
        <translation>Single workstation (SQLite): whoever acts is the account signed in to this computer; another person – such as the second one for the four-eyes principle – signs in with their FörderDesk password. FörderDesk checks roles, the four-eyes principle and the two signatures. But whoever can change the database file itself can change everything, the audit trail included: only the shared server with a login of its own for every person protects against that.</translation>
    </message>
    <message>
        <source>Lädt …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Demo – wechseln zu:</source>
        <translation>Demo – switch to:</translation>
    </message>
    <message>
        <source>Antrag {ref} registriert.</source>
        <translation>Application {ref} registered.</translation>
    </message>
    <message>
        <source>Antrag registriert</source>
        <translation>Application registered</translation>
    </message>
    <message>
        <source>Der Antrag wurde unter dem Aktenzeichen {ref} registriert.</source>
        <translation>The application was registered under file number {ref}.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>* Pflichtfelder. Die Zuordnung merkt sich die Spaltenüberschriften, nicht die Position – sie passt auch, wenn Spalten eingefügt werden.</source>
        <translation>* Required fields. The mapping remembers the column headings, not the position – it still fits when columns are inserted.</translation>
    </message>
    <message>
        <source>(keine gespeichert)</source>
        <translation>(none saved)</translation>
    </message>
    <message>
        <source>Laden</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Name der Zuordnung</source>
        <translation>Name of the mapping</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Gespeichert:</source>
        <translation>Saved:</translation>
    </message>
    <message>
        <source>Zuordnung wählen</source>
        <translation>Choose mapping</translation>
    </message>
    <message>
        <source>(nicht zugeordnet)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>von Hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <source>Gemeinden und Antragsteller</source>
        <translation>Municipalities and applicants</translation>
    </message>
    <message>
        <source>Die 28 Gemeinden des Kyffhäuserkreises mit dem amtlichen Gemeindeschlüssel (leere Schlüssel bitte aus dem Gemeindeverzeichnis ergänzen) und die Arten von Antragstellern mit ihren Pflichtunterlagen.</source>
        <translation>The 28 municipalities of the Kyffhäuserkreis with their official municipality key (please complete empty keys from the register of municipalities) and the kinds of applicants with their required documents.</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gemeindeschlüssel</source>
        <translation>Municipality key</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <source>Trägerakte …</source>
        <translation>Applicant file …</translation>
    </message>
    <message>
        <source>Akte des Antragstellers: Unterlagen, alle Anträge, Warnungen</source>
        <translation>File of the applicant: documents, all applications, warnings</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Finanzierungsart</source>
        <translation>Financing type</translation>
    </message>
    <message>
        <source>Sozialplan</source>
        <translation>Social plan</translation>
    </message>
    <message>
        <source>Lebensphase</source>
        <translation>Life phase</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Maßnahme (Katalog)</source>
        <translation>Measure (catalogue)</translation>
    </message>
    <message>
        <source>Begründung außerhalb
des Katalogs</source>
        <translation>Justification outside
the catalogue</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Maßnahmebeginn
(Vertragsschluss)</source>
        <translation>Start of the measure
(contract concluded)</translation>
    </message>
    <message>
        <source>Vorzeitiger Beginn
zugelassen am</source>
        <translation>Early start
permitted on</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>– keines –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>– außerhalb des Katalogs –</source>
        <translation>– outside the catalogue –</translation>
    </message>
    <message>
        <source>Kontakt: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Antragsteller zusammenführen</source>
        <translation>Merge applicants</translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Auflösen – wird deaktiviert, nie gelöscht</source>
        <translation>Dissolve – is deactivated, never deleted</translation>
    </message>
    <message>
        <source>⇄ Seiten tauschen</source>
        <translation>⇄ Swap sides</translation>
    </message>
    <message>
        <source>Grund der Zusammenführung (wird protokolliert), z. B. „Doppelt angelegt, gleicher Verein, gleiche Registernummer“</source>
        <translation>Reason for the merge (is logged), e.g. “Created twice, same association, same register number”</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Alle Vorgänge, Unterlagen und Kontaktpersonen des rechten Eintrags gehen auf den linken über – in einem Schritt und protokolliert. Der rechte Eintrag bleibt deaktiviert erhalten.</source>
        <translation>All cases, documents and contact persons of the right entry pass to the left one – in one step and logged. The right entry is kept, deactivated.</translation>
    </message>
    <message>
        <source>Mögliche Doppeleinträge:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{name}, {place} (Nr. {id}; gleich: {reason})</source>
        <translation>{name}, {place} (no. {id}; same: {reason})</translation>
    </message>
    <message>
        <source>Bitte links und rechts je einen Eintrag wählen.</source>
        <translation>Please choose one entry on the left and one on the right.</translation>
    </message>
    <message>
        <source>Bitte zwei verschiedene Einträge wählen.</source>
        <translation>Please choose two different entries.</translation>
    </message>
    <message>
        <source>Bitte den Grund der Zusammenführung angeben.</source>
        <translation>Please state the reason for the merge.</translation>
    </message>
    <message>
        <source>»{other}« (Nr. {other_id}) wird in »{keep}« (Nr. {keep_id}) übernommen: {cases} Vorgänge und {docs} Unterlagen gehen über, »{other}« wird deaktiviert. Zusammenführen?</source>
        <translation>“{other}” (no. {other_id}) is taken over into “{keep}” (no. {keep_id}): {cases} cases and {docs} documents pass over, “{other}” is deactivated. Merge?</translation>
    </message>
</context>
<context>
    <name>MergeSide</name>
    <message>
        <source>Noch nicht gewählt.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vorgänge</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Nr. {id} · {kind} · {address}&lt;br&gt;{cases} Vorgänge, {docs} Unterlagen · Stand (Version) {version}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;No. {id} · {kind} · {address}&lt;br&gt;{cases} cases, {docs} documents · state (version) {version}</translation>
    </message>
</context>
<context>
    <name>MicroDocumentsBox</name>
    <message>
        <source>Kleinprojekte: Pflichtunterlagen des Kurzantrags</source>
        <translation>Micro projects: required documents of the short application</translation>
    </message>
    <message>
        <source>Pflichtunterlagen der Kleinprojekte speichern</source>
        <translation>Save required documents of micro projects</translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Ein Kleinprojekt reicht nur ein (angehakt = Pflicht, statt der Liste der Antragstellerart):</source>
        <translation>A micro project hands in only (ticked = required, instead of the applicant type&apos;s list):</translation>
    </message>
    <message>
        <source>Es gibt noch keinen Fonds für Kleinprojekte.</source>
        <translation>There is no micro-project fund yet.</translation>
    </message>
    <message>
        <source>Pflichtunterlagen der Kleinprojekte im Fonds {code} gespeichert.</source>
        <translation>Required documents of micro projects in fund {code} saved.</translation>
    </message>
</context>
<context>
    <name>MicroProjectsView</name>
    <message>
        <source>Kleinprojekte mit offenem Entscheidungsvorschlag. Bestätigen kann nur die Sachgebietsleitung, und nur wer keinen der ausgewählten Vorschläge selbst gemacht hat (Vier-Augen-Prinzip).</source>
        <translation>Micro projects with an open decision proposal. Only a supervisor can confirm, and only one who made none of the selected proposals (four-eyes principle).</translation>
    </message>
    <message>
        <source>Alle auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Auswahl bestätigen …</source>
        <translation>Confirm selection …</translation>
    </message>
    <message>
        <source>Bescheide ausstellen …</source>
        <translation>Issue decisions …</translation>
    </message>
    <message>
        <source>Auszahlungsanordnungen anlegen</source>
        <translation>Create payment orders</translation>
    </message>
    <message>
        <source>Kurzantrag erfassen …</source>
        <translation>Record short application …</translation>
    </message>
    <message>
        <source>{count} von {all} ausgewählt, zusammen {sum}</source>
        <translation>{count} of {all} selected, together {sum}</translation>
    </message>
    <message>
        <source>Kleinprojekt {ref} erfasst.</source>
        <translation>Micro project {ref} recorded.</translation>
    </message>
    <message>
        <source>Auswahl bestätigen</source>
        <translation>Confirm selection</translation>
    </message>
    <message>
        <source>{count} Entscheidungsvorschläge gemeinsam bestätigen? Alle oder keiner: Scheitert einer, bleibt alles unverändert.</source>
        <translation>Confirm {count} decision proposals together? All or none: if one fails, nothing changes.</translation>
    </message>
    <message>
        <source>{count} Entscheidungen bestätigt: {cases}</source>
        <translation>{count} decisions confirmed: {cases}</translation>
    </message>
    <message>
        <source>Ordner für die Bescheide</source>
        <translation>Folder for the decisions</translation>
    </message>
    <message>
        <source>{count} Bescheide ausgestellt.</source>
        <translation>{count} decisions issued.</translation>
    </message>
    <message>
        <source>{count} Auszahlungsanordnungen angelegt, zusammen {sum}; sie brauchen noch »sachlich richtig« und »rechnerisch richtig« von zwei Personen.</source>
        <translation>{count} payment orders created, together {sum}; they still need “factually correct” and “arithmetically correct” from two people.</translation>
    </message>
</context>
<context>
    <name>MicroProofDialog</name>
    <message>
        <source>Vereinfachter Verwendungsnachweis {ref}</source>
        <translation>Simplified proof of use {ref}</translation>
    </message>
    <message>
        <source>Nachweis erfassen</source>
        <translation>Record proof</translation>
    </message>
    <message>
        <source>Ist-Gesamtkosten</source>
        <translation>Actual total costs</translation>
    </message>
    <message>
        <source>Sachbericht</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Für Kleinprojekte genügen der Sachbericht und die tatsächlichen Gesamtkosten; eine Belegliste entfällt.</source>
        <translation>For micro projects the progress report and the actual total costs suffice; no receipt list is needed.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Bitte einen Betrag eingeben.</source>
        <translation>Please enter an amount.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>Abruf vom</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ausgezahlt am</source>
        <translation>Paid out on</translation>
    </message>
    <message>
        <source>zu verwenden bis</source>
        <translation>to be used by</translation>
    </message>
    <message>
        <source>Buchungszeichen</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>zuwendungsfähige Ist-Ausgaben</source>
        <translation>eligible actual costs</translation>
    </message>
    <message>
        <source>Sachbericht</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Bescheid</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Rückforderung</source>
        <translation>Clawback</translation>
    </message>
    <message>
        <source>Zinsen</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <source>zurückgezahlt</source>
        <translation>repaid</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Mittelabrufe</source>
        <translation>Payment requests</translation>
    </message>
    <message>
        <source>Auszahlungen</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Verwendungsnachweis</source>
        <translation>Proof of use</translation>
    </message>
    <message>
        <source>Bewilligt {approved} · ausgezahlt {paid} · endgültig {final}</source>
        <translation>Approved {approved} · paid out {paid} · final {final}</translation>
    </message>
    <message>
        <source>erlassen</source>
        <translation>waived</translation>
    </message>
</context>
<context>
    <name>MovementForm</name>
    <message>
        <source>Mittelabruf oder Zahlung des Landes erfassen</source>
        <translation>Record a call for funds or a payment from the Land</translation>
    </message>
    <message>
        <source>Mittelabruf an das Land</source>
        <translation>Call for funds to the Land</translation>
    </message>
    <message>
        <source>Zahlung des Landes</source>
        <translation>Payment from the Land</translation>
    </message>
    <message>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesTab</name>
    <message>
        <source>»{label}« muss eine ganze Zahl sein.</source>
        <translation>“{label}” must be a whole number.</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gemeindeschlüssel</source>
        <translation>Municipality key</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation>Social area</translation>
    </message>
    <message>
        <source>Im Landkreis</source>
        <translation>In the district</translation>
    </message>
    <message>
        <source>acht Ziffern, z. B. 16065001</source>
        <translation>eight digits, e.g. 16065001</translation>
    </message>
    <message>
        <source>aktiv (im Landkreis, in Auswahllisten)</source>
        <translation>active (in the district, in selection lists)</translation>
    </message>
    <message>
        <source>Gemeinde speichern</source>
        <translation>Save municipality</translation>
    </message>
    <message>
        <source>Als neue Gemeinde anlegen</source>
        <translation>Create as a new municipality</translation>
    </message>
    <message>
        <source>Stand (Jahr)</source>
        <translation>As of (year)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Gemeinde {name} gespeichert.</source>
        <translation>Municipality {name} saved.</translation>
    </message>
    <message>
        <source>Gemeinde {name} angelegt.</source>
        <translation>Municipality {name} created.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Neue Notiz …</source>
        <translation>New note …</translation>
    </message>
    <message>
        <source>Notiz speichern</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Amt und Briefkopf</source>
        <translation>Office and letterhead</translation>
    </message>
    <message>
        <source>Die Angaben des Jugend- und Sozialamts für alle Schreiben. Telefon und E-Mail sind Platzhalter: bitte die Zentrale des Amts eintragen.</source>
        <translation>The youth and social welfare office&apos;s details for all letters. Phone and e-mail are placeholders: please enter the office&apos;s switchboard.</translation>
    </message>
    <message>
        <source>Haushaltsjahr der ersten Ansätze</source>
        <translation>Fiscal year of the first budgets</translation>
    </message>
</context>
<context>
    <name>OfficeSetupWizard</name>
    <message>
        <source>FörderDesk – Amt einrichten</source>
        <translation>FörderDesk – set up the office</translation>
    </message>
    <message>
        <source>Amt einrichten</source>
        <translation>Set up the office</translation>
    </message>
    <message>
        <source>Briefkopf: {office}, {department}, {street}, {city}</source>
        <translation>Letterhead: {office}, {department}, {street}, {city}</translation>
    </message>
    <message>
        <source>Programm {code} – {name}: Haushaltsansatz {year} {amount}</source>
        <translation>Programme {code} – {name}: budget {year} {amount}</translation>
    </message>
    <message>
        <source>Sozialplan mit Zielen und Maßnahmenkatalog</source>
        <translation>Social plan with goals and measure catalogue</translation>
    </message>
    <message>
        <source>{count} Gemeinden, davon {keys} mit Gemeindeschlüssel</source>
        <translation>{count} municipalities, {keys} of them with a municipality key</translation>
    </message>
    <message>
        <source>Benutzer {name} ({role})</source>
        <translation>User {name} ({role})</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Prüfregel übersteuern</source>
        <translation>Override check rule</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Begründung (wird protokolliert)</source>
        <translation>Reason (is logged)</translation>
    </message>
    <message>
        <source>Bitte die Übersteuerung nachvollziehbar begründen (mindestens 20 Zeichen).</source>
        <translation>Please give a comprehensible reason for the override (at least 20 characters).</translation>
    </message>
</context>
<context>
    <name>OverviewExportDialog</name>
    <message>
        <source>{done} von {total} Vorgängen geschrieben …</source>
        <translation>{done} of {total} cases written …</translation>
    </message>
    <message>
        <source>Excel-Übersicht</source>
        <translation>Excel overview</translation>
    </message>
    <message>
        <source>{filter}&lt;br&gt;Ziel: {path}</source>
        <translation>{filter}&lt;br&gt;Target: {path}</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die Übersicht wird zusammengestellt …</source>
        <translation>Compiling the overview …</translation>
    </message>
    <message>
        <source>Fertig.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Excel-Übersicht mit {count} Vorgängen gespeichert: {path}</source>
        <translation>Excel overview with {count} cases saved: {path}</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Passwort setzen – {name}</source>
        <translation>Set password – {name}</translation>
    </message>
    <message>
        <source>Neues Passwort</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
</context>
<context>
    <name>PaymentRunsView</name>
    <message>
        <source>Zahlungsläufe</source>
        <translation>Payment runs</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Haushaltsstelle</source>
        <translation>Budget item</translation>
    </message>
    <message>
        <source>Angeordnet von</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <source>Lauf</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Erstellt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>von</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kontrollsumme</source>
        <translation>Control sum</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wiederholung von</source>
        <translation>Repeat of</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Als SEPA-Datei exportieren …</source>
        <translation>Export as SEPA file …</translation>
    </message>
    <message>
        <source>Als CSV exportieren …</source>
        <translation>Export as CSV …</translation>
    </message>
    <message>
        <source>Lauf erneut exportieren …</source>
        <translation>Export run again …</translation>
    </message>
    <message>
        <source>Angeordnet, noch nicht an die Kasse übergeben</source>
        <translation>Ordered, not yet handed over to the cash office</translation>
    </message>
    <message>
        <source>{count}, Kontrollsumme {sum}</source>
        <translation>{count}, control sum {sum}</translation>
    </message>
    <message>
        <source>Zahlungslauf speichern</source>
        <translation>Save payment run</translation>
    </message>
    <message>
        <source>Zahlungslauf erneut speichern</source>
        <translation>Save payment run again</translation>
    </message>
    <message>
        <source>Zahlungslauf Nr. {id} erneut exportieren</source>
        <translation>Export payment run no. {id} again</translation>
    </message>
    <message>
        <source>Ein erneuter Export enthält die noch nicht bezahlten Auszahlungen dieses Laufs. Bitte nur, wenn die Kasse die Datei nicht erhalten hat.</source>
        <translation>A repeated export contains the not yet paid payments of this run. Only do this if the cash office has not received the file.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Grundlage</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Anordnung</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sachlich richtig</source>
        <translation>Factually correct</translation>
    </message>
    <message>
        <source>Rechnerisch richtig, angeordnet</source>
        <translation>Arithmetically correct, ordered</translation>
    </message>
    <message>
        <source>Lauf</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Haushaltsstelle</source>
        <translation>Budget item</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Bescheid vom</source>
        <translation>Notice dated</translation>
    </message>
    <message>
        <source>Rückforderung</source>
        <translation>Clawback</translation>
    </message>
    <message>
        <source>Zinsen bis heute</source>
        <translation>Interest to date</translation>
    </message>
    <message>
        <source>Gezahlt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Heute offen</source>
        <translation>Open today</translation>
    </message>
    <message>
        <source>Mahnungen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Zahlungsplan …</source>
        <translation>Payment plan …</translation>
    </message>
    <message>
        <source>Mittelabruf erfassen …</source>
        <translation>Record payment request …</translation>
    </message>
    <message>
        <source>Anordnung anlegen</source>
        <translation>Create order</translation>
    </message>
    <message>
        <source>Anordnung über Betrag …</source>
        <translation>Order for an amount …</translation>
    </message>
    <message>
        <source>Sachlich richtig zeichnen</source>
        <translation>Sign factually correct</translation>
    </message>
    <message>
        <source>Rechnerisch richtig und anordnen</source>
        <translation>Arithmetically correct and order</translation>
    </message>
    <message>
        <source>Rechnerisch richtig – als zweite Person anmelden …</source>
        <translation>Arithmetically correct – sign in as second person …</translation>
    </message>
    <message>
        <source>Anordnung als PDF …</source>
        <translation>Order as PDF …</translation>
    </message>
    <message>
        <source>Stornieren …</source>
        <translation>Cancel order …</translation>
    </message>
    <message>
        <source>Rückzahlung erfassen …</source>
        <translation>Record repayment …</translation>
    </message>
    <message>
        <source>Mahnung ausstellen</source>
        <translation>Issue reminder</translation>
    </message>
    <message>
        <source>Zahlungsplan und Mittelabrufe</source>
        <translation>Payment plan and payment requests</translation>
    </message>
    <message>
        <source>Auszahlungsanordnungen</source>
        <translation>Payment orders</translation>
    </message>
    <message>
        <source>Rückforderungen</source>
        <translation>Clawbacks</translation>
    </message>
    <message>
        <source>Mittelabruf erfassen</source>
        <translation>Record payment request</translation>
    </message>
    <message>
        <source>Abrufdatum</source>
        <translation>Request date</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Auszahlungsanordnung über einen Betrag</source>
        <translation>Payment order for an amount</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>»Rechnerisch richtig« für die Anordnung Nr. {id} zeichnet eine zweite Person der Sachgebietsleitung. Sie meldet sich hier mit ihrem FörderDesk-Passwort an; nur diese Zeichnung läuft unter ihrem Namen.</source>
        <translation>“Arithmetically correct” for order no. {id} is signed by a second person, a supervisor. They sign in here with their FörderDesk password; only this signature is made in their name.</translation>
    </message>
    <message>
        <source>Anordnung Nr. {id} stornieren</source>
        <translation>Cancel order no. {id}</translation>
    </message>
    <message>
        <source>Auszahlungsanordnung speichern</source>
        <translation>Save payment order</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rückzahlung erfassen</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <source>Zahlungseingang</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>Heute offen: {total} (Hauptforderung {principal}, Zinsen {interest}). Die Zinsen laufen bis zum Tag des Zahlungseingangs; eine Zahlung tilgt in dieser Reihenfolge: {order}.</source>
        <translation>Open today: {total} (principal {principal}, interest {interest}). Interest runs until the day the payment arrives; a payment settles in this order: {order}.</translation>
    </message>
</context>
<context>
    <name>PdfOutputBar</name>
    <message>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Eine Vorschau im Fenster ist auf diesem Rechner nicht möglich (Qt PDF ist nicht installiert). Das Schreiben lässt sich im PDF-Betrachter des Systems ansehen und von dort drucken.</source>
        <translation>A preview in the window is not possible on this computer (Qt PDF is not installed). The letter can be viewed in the system&apos;s PDF viewer and printed from there.</translation>
    </message>
    <message>
        <source>Im PDF-Betrachter öffnen</source>
        <translation>Open in the PDF viewer</translation>
    </message>
    <message>
        <source>Seite {n} von {count}</source>
        <translation>Page {n} of {count}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Zahlungsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>In Raten (im Bescheid festgelegt)</source>
        <translation>In instalments (set in the decision)</translation>
    </message>
    <message>
        <source>Auf Anforderung (Mittelabruf)</source>
        <translation>On request (payment request)</translation>
    </message>
    <message>
        <source>Termin (TT.MM.JJJJ)</source>
        <translation>Date (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>Betrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Rate hinzufügen</source>
        <translation>Add instalment</translation>
    </message>
    <message>
        <source>Rate entfernen</source>
        <translation>Remove instalment</translation>
    </message>
    <message>
        <source>Die Raten müssen den bewilligten Betrag auf den Cent genau ergeben und im Bewilligungszeitraum liegen.</source>
        <translation>The instalments must add up to the approved amount to the cent and lie within the grant period.</translation>
    </message>
</context>
<context>
    <name>PlanPeriodsTab</name>
    <message>
        <source>Planperiode</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Kreistagsbeschluss</source>
        <translation>District council resolution</translation>
    </message>
    <message>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>z. B. KT/0142/2023</source>
        <translation>e.g. KT/0142/2023</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Planperiode speichern</source>
        <translation>Save plan period</translation>
    </message>
    <message>
        <source>Als neue Planperiode anlegen</source>
        <translation>Create as a new plan period</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Kreistagsbeschluss Nr.</source>
        <translation>District council resolution no.</translation>
    </message>
    <message>
        <source>Beschlossen am</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Planperiode »{name}« gespeichert.</source>
        <translation>Plan period &quot;{name}&quot; saved.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Kostenplan</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Finanzierungsplan (ohne Zuwendung)</source>
        <translation>Financing plan (without grant)</translation>
    </message>
    <message>
        <source>Beantragte Zuwendung</source>
        <translation>Grant requested</translation>
    </message>
    <message>
        <source>Zeile hinzufügen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Zeile entfernen</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>ausgeglichen</source>
        <translation>balanced</translation>
    </message>
    <message>
        <source>nicht ausgeglichen</source>
        <translation>not balanced</translation>
    </message>
    <message>
        <source>Gesamtkosten &lt;b&gt;{total}&lt;/b&gt; · zuwendungsfähig &lt;b&gt;{eligible}&lt;/b&gt; · Finanzierung &lt;b&gt;{financing}&lt;/b&gt; · Differenz &lt;b style=&apos;color:{colour}&apos;&gt;{gap} ({state})&lt;/b&gt;</source>
        <translation>Total costs &lt;b&gt;{total}&lt;/b&gt; · eligible &lt;b&gt;{eligible}&lt;/b&gt; · financing &lt;b&gt;{financing}&lt;/b&gt; · difference &lt;b style=&apos;color:{colour}&apos;&gt;{gap} ({state})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Zeile {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Frist verschieben</source>
        <translation>Postpone deadline</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bitte den Grund der Verschiebung angeben (mindestens 10 Zeichen).</source>
        <translation>Please state the reason for postponing (at least 10 characters).</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Förderprogramme und Haushalt</source>
        <translation>Funding programmes and budget</translation>
    </message>
    <message>
        <source>Landesprogramm Familie (Richtlinie LSZ, sechs Handlungsfelder) und Armutsprävention (Lebensphasen). Namen, Ansätze und Haushaltsstellen lassen sich hier und später in der Administration ändern.</source>
        <translation>Landesprogramm Familie (guideline LSZ, six fields of action) and poverty prevention (life phases). Names, budgets and budget positions can be changed here and later in the administration.</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Haushaltsansatz</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Haushaltsstelle</source>
        <translation>Budget position</translation>
    </message>
    <message>
        <source>Sozialplan mit Zielen und Maßnahmenkatalog anlegen</source>
        <translation>Create the social plan with goals and measure catalogue</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Neues Programm</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>keine Obergrenze</source>
        <translation>no upper limit</translation>
    </message>
    <message>
        <source>Platzhalter: {code}, {year}, {number:04d}</source>
        <translation>Placeholders: {code}, {year}, {number:04d}</translation>
    </message>
    <message>
        <source>Eine Kostenposition, die den Plan um mehr als diesen Anteil übersteigt, wird im Verwendungsnachweis markiert.</source>
        <translation>A cost item that exceeds the plan by more than this share is marked in the proof of use.</translation>
    </message>
    <message>
        <source>Wird in Zuwendungs-, Ablehnungs- und Rückforderungsbescheiden als Rechtsgrundlage gedruckt. Leer: der Standardtext des Programms.</source>
        <translation>Printed as the legal basis in grant, rejection and clawback decisions. Empty: the programme&apos;s standard text.</translation>
    </message>
    <message>
        <source>wie die Einstellung »Bewertung durch mehrere Personen«</source>
        <translation>as the setting “Scoring by several people”</translation>
    </message>
    <message>
        <source>ja, mehrere Personen bewerten</source>
        <translation>yes, several people score</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fonds für Kleinprojekte: Kurzantrag, kurze Unterlagenliste, vereinfachter Nachweis, Sammelbestätigung</source>
        <translation>Micro-project fund: short application, short document list, simplified proof, batch confirmation</translation>
    </message>
    <message>
        <source>Der Höchstbetrag ist die Obergrenze je Kleinprojekt.</source>
        <translation>The maximum amount is the ceiling per micro project.</translation>
    </message>
    <message>
        <source>Bewertungskriterium</source>
        <translation>Scoring criterion</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Programm speichern</source>
        <translation>Save programme</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Finanzierungsart</source>
        <translation>Financing type</translation>
    </message>
    <message>
        <source>Höchster Fördersatz (%)</source>
        <translation>Maximum funding rate (%)</translation>
    </message>
    <message>
        <source>Bagatellgrenze (€)</source>
        <translation>De minimis threshold (€)</translation>
    </message>
    <message>
        <source>Höchstbetrag (€)</source>
        <translation>Maximum amount (€)</translation>
    </message>
    <message>
        <source>Aktenzeichen-Muster</source>
        <translation>File number pattern</translation>
    </message>
    <message>
        <source>Verwendungsnachweis fällig nach (Monaten)</source>
        <translation>Proof of use due after (months)</translation>
    </message>
    <message>
        <source>Mittelverwendung binnen (Monaten)</source>
        <translation>Use of funds within (months)</translation>
    </message>
    <message>
        <source>Toleranz je Kostenposition (%)</source>
        <translation>Tolerance per cost item (%)</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rechtsgrundlage (Bescheide)</source>
        <translation>Legal basis (decisions)</translation>
    </message>
    <message>
        <source>Gremium (mehrere Bewertungen)</source>
        <translation>Panel (several scores)</translation>
    </message>
    <message>
        <source>Kleinprojekte</source>
        <translation>Micro projects</translation>
    </message>
    <message>
        <source>Bewertungsbogen</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>Programm {code} gespeichert.</source>
        <translation>Programme {code} saved.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wird nach dem laufenden Schritt abgebrochen …</source>
        <translation>Cancelling after the current step …</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>– keines –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>– außerhalb des Katalogs –</source>
        <translation>– outside the catalogue –</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Lebensphase</source>
        <translation>Life phase</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Maßnahme (Katalog)</source>
        <translation>Measure (catalogue)</translation>
    </message>
    <message>
        <source>Begründung außerhalb des Katalogs</source>
        <translation>Justification outside the catalogue</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>ProofOfUseTab</name>
    <message>
        <source>Pos.</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kostenposition</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ist</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Differenz</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>über Plan</source>
        <translation>over plan</translation>
    </message>
    <message>
        <source>Belege</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Zahlen und Sachbericht …</source>
        <translation>Figures and progress report …</translation>
    </message>
    <message>
        <source>Sachbericht-Datei anhängen …</source>
        <translation>Attach progress report file …</translation>
    </message>
    <message>
        <source>Beleg erfassen …</source>
        <translation>Record receipt …</translation>
    </message>
    <message>
        <source>Belege speichern</source>
        <translation>Save receipts</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Belegliste importieren …</source>
        <translation>Import receipt list …</translation>
    </message>
    <message>
        <source>Beleg entfernen</source>
        <translation>Remove receipt</translation>
    </message>
    <message>
        <source>Stichprobe ziehen</source>
        <translation>Draw sample</translation>
    </message>
    <message>
        <source>Beleg prüfen …</source>
        <translation>Check receipt …</translation>
    </message>
    <message>
        <source>Prüfvermerk ausstellen …</source>
        <translation>Issue review note …</translation>
    </message>
    <message>
        <source>Prüfakte exportieren …</source>
        <translation>Export audit file …</translation>
    </message>
    <message>
        <source>Zu diesem Vorgang ist noch kein Verwendungsnachweis erfasst. Er wird mit der Aktion »Verwendungsnachweis erfassen« angelegt.</source>
        <translation>No proof of use has been recorded for this case yet. It is created with the action “Record proof of use”.</translation>
    </message>
    <message>
        <source>… und {n} weitere Hinweise (Tooltip der Zeile)</source>
        <translation>… and {n} more notes (the row&apos;s tooltip)</translation>
    </message>
    <message>
        <source>{added} Belege gespeichert, {changed} geändert.</source>
        <translation>{added} receipts saved, {changed} changed.</translation>
    </message>
    <message>
        <source>Doppelte Belege</source>
        <translation>Duplicate receipts</translation>
    </message>
    <message>
        <source>{message}

Die doppelten Belege trotzdem speichern?</source>
        <translation>{message}

Save the duplicate receipts anyway?</translation>
    </message>
    <message>
        <source>Beleg Nr. {n} entfernt.</source>
        <translation>Receipt no. {n} removed.</translation>
    </message>
    <message>
        <source>Belegliste importieren</source>
        <translation>Import receipt list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} Belege aus »{name}« importiert.</source>
        <translation>{n} receipts imported from “{name}”.</translation>
    </message>
    <message>
        <source>Danach kann die Belegliste nicht mehr geändert werden. Stichprobe jetzt ziehen?</source>
        <translation>After that the receipt list can no longer be changed. Draw the sample now?</translation>
    </message>
    <message>
        <source>Stichprobe gezogen: {k} von {n} Belegen, Startwert {seed}.</source>
        <translation>Sample drawn: {k} of {n} receipts, seed {seed}.</translation>
    </message>
    <message>
        <source>Sachbericht anhängen</source>
        <translation>Attach progress report</translation>
    </message>
    <message>
        <source>Dokumente (*.pdf *.docx *.odt)</source>
        <translation>Documents (*.pdf *.docx *.odt)</translation>
    </message>
    <message>
        <source>Sachbericht »{name}« angehängt.</source>
        <translation>Progress report “{name}” attached.</translation>
    </message>
    <message>
        <source>Prüfvermerk speichern</source>
        <translation>Save review note</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Prüfvermerk ausgestellt, beim Vorgang gespeichert und als {name} geschrieben.</source>
        <translation>Review note issued, stored with the case and written as {name}.</translation>
    </message>
    <message>
        <source>Prüfakte exportieren</source>
        <translation>Export audit file</translation>
    </message>
    <message>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Prüfakte mit {n} Dateien geschrieben: {name}</source>
        <translation>Audit file with {n} files written: {name}</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Applicant organisation</translation>
    </message>
    <message>
        <source>Vorhaben</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Vorschlag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>vorgeschlagen von</source>
        <translation>proposed by</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Die Änderungen an {ref} sind noch nicht gespeichert. Verwerfen?</source>
        <translation>The changes to {ref} have not been saved yet. Discard them?</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Begründung (wird protokolliert)</source>
        <translation>Reason (is logged)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Beleg erfassen</source>
        <translation>Record receipt</translation>
    </message>
    <message>
        <source>Belegdatum</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Kostenposition</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>Bezahlt am</source>
        <translation>Paid on</translation>
    </message>
</context>
<context>
    <name>ReceiptImportDialog</name>
    <message>
        <source>Belegliste importieren – {ref}</source>
        <translation>Import receipt list – {ref}</translation>
    </message>
    <message>
        <source>Keine Datei gewählt.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Die vorhandenen {n} Belege ersetzen</source>
        <translation>Replace the existing {n} receipts</translation>
    </message>
    <message>
        <source>Probelauf</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Belegliste wählen</source>
        <translation>Choose receipt list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>(nicht zugeordnet)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>Blatt »{sheet}«, Kopfzeile in Zeile {header}: {rows} Belegzeilen, {valid} gültig, {invalid} mit Fehlern.</source>
        <translation>Sheet “{sheet}”, header in row {header}: {rows} receipt rows, {valid} valid, {invalid} with errors.</translation>
    </message>
    <message>
        <source>Importiert wird erst, wenn keine Zeile mehr fehlerhaft ist.</source>
        <translation>Nothing is imported until no row has errors any more.</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <source>ausgesetzt (Widerspruch)</source>
        <translation>suspended (objection)</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Applicant organisation</translation>
    </message>
    <message>
        <source>Fällig seit</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Offen heute</source>
        <translation>Open today</translation>
    </message>
    <message>
        <source>Mahnungen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Letzte Mahnung</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <source>Keine überfälligen Rückforderungen.</source>
        <translation>No overdue clawbacks.</translation>
    </message>
</context>
<context>
    <name>RequiredDocumentsTab</name>
    <message>
        <source>z. B. foundation</source>
        <translation>e.g. foundation</translation>
    </message>
    <message>
        <source>antragsberechtigt</source>
        <translation>eligible to apply</translation>
    </message>
    <message>
        <source>Gemeinnützigkeit nachweisen (Freistellungsbescheid)</source>
        <translation>Prove charitable status (exemption notice)</translation>
    </message>
    <message>
        <source>rechtsfähig (sonst Nachweis der Vertretung)</source>
        <translation>legal capacity (otherwise proof of representation)</translation>
    </message>
    <message>
        <source>Neuer Typ</source>
        <translation>New type</translation>
    </message>
    <message>
        <source>Als neuen Typ anlegen</source>
        <translation>Create as a new type</translation>
    </message>
    <message>
        <source>Antragstellertyp speichern</source>
        <translation>Save applicant type</translation>
    </message>
    <message>
        <source>Antragstellertyp</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mit dem Antrag einzureichen (angehakt = Pflicht):</source>
        <translation>To be submitted with the application (ticked = required):</translation>
    </message>
    <message>
        <source> (nicht antragsberechtigt)</source>
        <translation> (not eligible to apply)</translation>
    </message>
    <message>
        <source>Das Kürzel wird in Importen und auf der Befehlszeile verwendet und bleibt fest.</source>
        <translation>The code is used in imports and on the command line and stays fixed.</translation>
    </message>
    <message>
        <source>Antragstellertyp »{name}« gespeichert.</source>
        <translation>Applicant type “{name}” saved.</translation>
    </message>
    <message>
        <source>Antragstellertyp »{name}« angelegt.</source>
        <translation>Applicant type “{name}” created.</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Ihre Bewertung (0–5 Punkte je Kriterium)</source>
        <translation>Your score (0–5 points per criterion)</translation>
    </message>
    <message>
        <source>Kommentar zur Bewertung</source>
        <translation>Comment on the score</translation>
    </message>
    <message>
        <source>Bewertung speichern</source>
        <translation>Save score</translation>
    </message>
    <message>
        <source>Bewertung zurückziehen</source>
        <translation>Withdraw score</translation>
    </message>
    <message>
        <source>Die Bewertung durch mehrere Personen ist für dieses Programm ausgeschaltet (Verwaltung → Programme oder Einstellungen).</source>
        <translation>Scoring by several people is switched off for this programme (Administration → Programmes or Settings).</translation>
    </message>
    <message>
        <source>Bewerten lässt sich nur im Status »Sozialplanabgleich«.</source>
        <translation>Scoring is only possible in the status “Social-plan review”.</translation>
    </message>
    <message>
        <source>Nur Sachbearbeitung und Sachgebietsleitung bewerten; Sie sehen die Bewertungen.</source>
        <translation>Only caseworkers and supervisors score; you see the scores.</translation>
    </message>
    <message>
        <source>Jede Person bewertet einmal; Ihre eigene Bewertung können Sie ändern.</source>
        <translation>Each person scores once; you can change your own score.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Bewertung</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Noch keine Bewertung des Gremiums.</source>
        <translation>No panel score yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zusammenfassung für den Entscheidungsvorschlag:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Summary for the decision proposal:&lt;/b&gt; {summary}</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>Bewertungsbogen (0–5 Punkte je Kriterium)</source>
        <translation>Score sheet (0–5 points per criterion)</translation>
    </message>
    <message>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Für dieses Programm sind keine Kriterien festgelegt.</source>
        <translation>No criteria are set for this programme.</translation>
    </message>
    <message>
        <source>Gewichtete Bewertung: noch {count} Kriterien offen</source>
        <translation>Weighted score: {count} criteria still open</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gewichtete Bewertung: {score}&lt;/b&gt; ({achieved} von {possible} gewichteten Punkten)</source>
        <translation>&lt;b&gt;Weighted score: {score}&lt;/b&gt; ({achieved} of {possible} weighted points)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Einstellung</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Einstellung speichern</source>
        <translation>Save setting</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Basiszinssatz</source>
        <translation>Base rate</translation>
    </message>
    <message>
        <source>z. B. 1,27</source>
        <translation>e.g. 1,27</translation>
    </message>
    <message>
        <source>Zinssatz eintragen</source>
        <translation>Enter interest rate</translation>
    </message>
    <message>
        <source>Zinsaufschlag</source>
        <translation>Interest surcharge</translation>
    </message>
    <message>
        <source>z. B. 5</source>
        <translation>e.g. 5</translation>
    </message>
    <message>
        <source>Aufschlag eintragen</source>
        <translation>Enter surcharge</translation>
    </message>
    <message>
        <source>Satz in %</source>
        <translation>Rate in %</translation>
    </message>
    <message>
        <source>Zinsaufschlag gespeichert.</source>
        <translation>Interest surcharge saved.</translation>
    </message>
    <message>
        <source>Basiszinssatz (§ 247 BGB); die Bundesbank veröffentlicht ihn zum 1. Januar und 1. Juli.</source>
        <translation>Base rate (§ 247 BGB); the Bundesbank publishes it for 1 January and 1 July.</translation>
    </message>
    <message>
        <source>Zinsaufschlag auf Erstattungen (§ 49a Abs. 3 VwVfG) in Prozentpunkten über dem Basiszinssatz.</source>
        <translation>Interest surcharge on refunds (§ 49a(3) VwVfG) in percentage points above the base rate.</translation>
    </message>
    <message>
        <source>Prozentpunkte</source>
        <translation>Percentage points</translation>
    </message>
    <message>
        <source>{points} Prozentpunkte</source>
        <translation>{points} percentage points</translation>
    </message>
    <message>
        <source>»{label}« gespeichert.</source>
        <translation>“{label}” saved.</translation>
    </message>
    <message>
        <source>Basiszinssatz gespeichert.</source>
        <translation>Base rate saved.</translation>
    </message>
</context>
<context>
    <name>SetupGapsPanel</name>
    <message>
        <source>Einrichtung: was noch fehlt</source>
        <translation>Set-up: what is still missing</translation>
    </message>
    <message>
        <source>Amt einrichten …</source>
        <translation>Set up the office …</translation>
    </message>
    <message>
        <source>Beheben …</source>
        <translation>Fix …</translation>
    </message>
</context>
<context>
    <name>ShortApplicationDialog</name>
    <message>
        <source>Kurzantrag für ein Kleinprojekt erfassen</source>
        <translation>Record the short application of a micro project</translation>
    </message>
    <message>
        <source>Kurzantrag registrieren</source>
        <translation>Register short application</translation>
    </message>
    <message>
        <source>Fonds</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Antragsteller</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Gesamtkosten</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>Eigenmittel</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <source>Beantragter Betrag</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>– keines –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>Es gibt keinen Fonds für Kleinprojekte. Er wird unter Verwaltung → Programme eingerichtet.</source>
        <translation>There is no micro-project fund. It is set up under Administration → Programmes.</translation>
    </message>
    <message>
        <source>höchstens {ceiling} je Kleinprojekt</source>
        <translation>at most {ceiling} per micro project</translation>
    </message>
    <message>
        <source>Bitte einen Antragsteller auswählen.</source>
        <translation>Please choose an applicant.</translation>
    </message>
    <message>
        <source>Bitte das Eingangsdatum des Kurzantrags angeben (Feld »Eingang«).</source>
        <translation>Please enter the date the short application was received (field “Received”).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Zum nächsten Feld (auch aus mehrzeiligen Feldern und Tabellen)</source>
        <translation>To the next field (also out of multi-line fields and tables)</translation>
    </message>
    <message>
        <source>Zum vorigen Feld</source>
        <translation>To the previous field</translation>
    </message>
    <message>
        <source>Tabulatorzeichen in ein mehrzeiliges Feld schreiben</source>
        <translation>Type a tab character into a multi-line field</translation>
    </message>
    <message>
        <source>Die Liste zeigt die Tastenkürzel dieses Fensters, wie sie gerade gelten.</source>
        <translation>The list shows the keyboard shortcuts of this window as they currently apply.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Anmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>FörderDesk-Passwort</source>
        <translation>FörderDesk password</translation>
    </message>
</context>
<context>
    <name>SocialPlanTab</name>
    <message>
        <source>Begründung, wenn das Vorhaben keiner Maßnahme des Katalogs entspricht (Ausnahme im Einzelfall)</source>
        <translation>Justification if the project matches no measure of the catalogue (exception in the individual case)</translation>
    </message>
    <message>
        <source>Abgleich speichern</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>Ziele und Maßnahmen des Sozialplans</source>
        <translation>Goals and measures of the social plan</translation>
    </message>
    <message>
        <source>Ausnahme außerhalb des Maßnahmenkatalogs:</source>
        <translation>Exception outside the catalogue of measures:</translation>
    </message>
    <message>
        <source>kein Sozialplan für das Haushaltsjahr hinterlegt</source>
        <translation>no social plan on file for the fiscal year</translation>
    </message>
    <message>
        <source>Bitte Ziele ankreuzen und bewerten.</source>
        <translation>Please tick and score goals.</translation>
    </message>
    <message>
        <source>Änderbar nur im Status »Sozialplanabgleich«.</source>
        <translation>Can only be changed in status “Social plan review”.</translation>
    </message>
    <message>
        <source>{plan} · Programm {programme} · {state}</source>
        <translation>{plan} · programme {programme} · {state}</translation>
    </message>
    <message>
        <source>Sozialplanabgleich</source>
        <translation>Social plan review</translation>
    </message>
</context>
<context>
    <name>StandingDocumentDialog</name>
    <message>
        <source>Unterlage erfassen</source>
        <translation>Record document</translation>
    </message>
    <message>
        <source>keine Datei (kann später angehängt werden)</source>
        <translation>no file (can be attached later)</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>gilt {n} Jahre ab Ausstellung</source>
        <translation>valid for {n} years from issue</translation>
    </message>
    <message>
        <source>unbefristet gültig</source>
        <translation>valid indefinitely</translation>
    </message>
    <message>
        <source>Datei zur Unterlage wählen</source>
        <translation>Choose file for the document</translation>
    </message>
    <message>
        <source>Bitte die Art der Unterlage wählen.</source>
        <translation>Please choose the type of document.</translation>
    </message>
    <message>
        <source>Bitte das Ausstellungsdatum angeben – davon hängt die Gültigkeit ab.</source>
        <translation>Please state the date of issue – the validity depends on it.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Ein Klick auf einen Balken zeigt die Vorgänge.</source>
        <translation>A click on a bar shows the cases.</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Ansatz</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Haushalt je Programm</source>
        <translation>Budget per programme</translation>
    </message>
    <message>
        <source>Vorgänge nach Status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Entscheidungen zur Bestätigung</source>
        <translation>Decisions to confirm</translation>
    </message>
    <message>
        <source>Alle Fristen …</source>
        <translation>All deadlines …</translation>
    </message>
    <message>
        <source>Vorgänge mit fälliger Frist</source>
        <translation>Cases with a deadline due</translation>
    </message>
    <message>
        <source>Fristen: überfällig und diese Woche</source>
        <translation>Deadlines: overdue and this week</translation>
    </message>
    <message>
        <source>Letzte Aktivitäten</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>{count} Vorschläge offen, davon {mine} von Ihnen zu bestätigen (fett). Doppelklick öffnet den Vorgang.</source>
        <translation>{count} proposals open, {mine} of them for you to confirm (bold). Double-click opens the case.</translation>
    </message>
    <message>
        <source>Keine Entscheidung wartet.</source>
        <translation>No decision is waiting.</translation>
    </message>
    <message>
        <source>{overdue} überfällig · {week} in den nächsten 7 Tagen</source>
        <translation>{overdue} overdue · {week} in the next 7 days</translation>
    </message>
    <message>
        <source>{kind}: {case} – {title} (Frist {due})</source>
        <translation>{kind}: {case} – {title} (due {due})</translation>
    </message>
    <message>
        <source>Tsd. €</source>
        <translation>thousand €</translation>
    </message>
    <message>
        <source>Vorgänge</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>{count} Vorgänge insgesamt; ein Klick auf einen Balken filtert die Liste.</source>
        <translation>{count} cases in total; a click on a bar filters the list.</translation>
    </message>
</context>
<context>
    <name>StateCycleWindow</name>
    <message>
        <source>Landesprogramm – Antrag an das Land und Beschlussliste</source>
        <translation>State programme – application to the Land and decision list</translation>
    </message>
    <message>
        <source>Antrag an das Land</source>
        <translation>Application to the Land</translation>
    </message>
    <message>
        <source>Beschlussliste</source>
        <translation>Decision list</translation>
    </message>
    <message>
        <source>Planperioden (Fachplan)</source>
        <translation>Plan periods (plan)</translation>
    </message>
</context>
<context>
    <name>StoredLetterDialog</name>
    <message>
        <source>Gespeichertes Schreiben Nr. {id}</source>
        <translation>Stored letter no. {id}</translation>
    </message>
    <message>
        <source>Das gespeicherte Schreiben wird geladen …</source>
        <translation>Loading the stored letter …</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; Nr. {id} zu {ref} · Aufgabe zur Post am {posted}&lt;br&gt;{subject}&lt;br&gt;&lt;span style=&apos;color:#56616e&apos;&gt;Unverändert, wie ausgestellt gespeichert – SHA-256 {sha}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; no. {id} for {ref} · posted on {posted}&lt;br&gt;{subject}&lt;br&gt;&lt;span style=&apos;color:#56616e&apos;&gt;Unchanged, stored as issued – SHA-256 {sha}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Antrag an das Land als eingereicht markieren</source>
        <translation>Mark the application to the Land as submitted</translation>
    </message>
    <message>
        <source>Der Antrag für {year} gilt dann als eingereicht; die Frist und die Erinnerung auf der Fristenliste sind erledigt.</source>
        <translation>The application for {year} then counts as submitted; the deadline and the reminder on the deadline list are done.</translation>
    </message>
    <message>
        <source>Eingereicht am</source>
        <translation>Submitted on</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Überblick für Landrat und Kreistag</source>
        <translation>Summary for the District Administrator and the District Council</translation>
    </message>
    <message>
        <source>Der Überblick wird zusammengestellt …</source>
        <translation>Compiling the summary …</translation>
    </message>
    <message>
        <source>Überblick mit {count} Seiten gespeichert: {path}</source>
        <translation>Summary with {count} pages saved: {path}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Einrichten</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>»Amt einrichten« legt alles in einem Schritt an; im Protokoll steht es als Ersteinrichtung. Was danach noch fehlt (Bankverbindung, Logo …), zeigt die Startseite.</source>
        <translation>&quot;Set up the office&quot; creates everything in one step; the audit trail records it as the initial set-up. The start page shows what is still missing afterwards (bank account, logo …).</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Auslieferungstext wiederherstellen</source>
        <translation>Restore the shipped text</translation>
    </message>
    <message>
        <source>Aktenzeichen eines Beispielvorgangs</source>
        <translation>File number of a sample case</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Vorschau: Beispielvorgang wählen und »Vorschau« drücken. Gezeigt wird der bearbeitete, noch nicht gespeicherte Text.</source>
        <translation>Preview: choose a sample case and press “Preview”. The edited, not yet saved text is shown.</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text (Leerzeile = neuer Absatz; Platzhalter in geschweiften Klammern)</source>
        <translation>Text (empty line = new paragraph; placeholders in curly braces)</translation>
    </message>
    <message>
        <source>Platzhalter (Doppelklick fügt ein)</source>
        <translation>Placeholders (double-click inserts)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; · Version {version} · zuletzt geändert {when} von {who}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; · version {version} · last changed {when} by {who}</translation>
    </message>
    <message>
        <source>Vorlage »{label}« gespeichert.</source>
        <translation>Template “{label}” saved.</translation>
    </message>
    <message>
        <source>Vorlage »{label}« auf den Auslieferungstext zurückgesetzt.</source>
        <translation>Template “{label}” reset to the shipped text.</translation>
    </message>
    <message>
        <source>Bitte das Aktenzeichen eines Beispielvorgangs angeben.</source>
        <translation>Please enter the file number of a sample case.</translation>
    </message>
    <message>
        <source>Die Vorschau wird erstellt …</source>
        <translation>Creating the preview …</translation>
    </message>
    <message>
        <source>Vorschau mit dem bearbeiteten Text (nicht gespeichert).</source>
        <translation>Preview with the edited text (not saved).</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Erste Benutzer</source>
        <translation>First users</translation>
    </message>
    <message>
        <source>Wer einrichtet, ist die Administration. Für das Vier-Augen-Prinzip braucht das Amt mindestens eine Sachbearbeitung und eine Sachgebietsleitung; leere Zeilen werden übergangen.</source>
        <translation>Whoever sets up is the administrator. For the four-eyes principle the office needs at least one caseworker and one supervisor; empty rows are skipped.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Sachgebietsleitung</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Vollständiger Name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Passwort (mind. 10 Zeichen, Einzelplatz)</source>
        <translation>Password (at least 10 characters, single workstation)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rolle ändern</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Passwort setzen …</source>
        <translation>Set password …</translation>
    </message>
    <message>
        <source>Benutzer anlegen</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Benutzername (Anmeldename)</source>
        <translation>User name (login name)</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deaktiviert</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Aktivieren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Rolle von {name} geändert.</source>
        <translation>Role of {name} changed.</translation>
    </message>
    <message>
        <source>{name} ist wieder aktiv.</source>
        <translation>{name} is active again.</translation>
    </message>
    <message>
        <source>{name} ist deaktiviert.</source>
        <translation>{name} is deactivated.</translation>
    </message>
    <message>
        <source>Benutzer {name} angelegt.</source>
        <translation>User {name} created.</translation>
    </message>
    <message>
        <source>Passwort von {name} gesetzt.</source>
        <translation>Password of {name} set.</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <source>Hier lässt sich der Wortlaut dieses einen Schreibens anpassen; die Vorlage bleibt unverändert. Anrede, Tabellen mit Beträgen und Daten, Rechtsbehelfsbelehrung und GiroCode bleiben wie erzeugt. Rechtsgrundlage, Beträge und Fristen müssen in ihrem Absatz wörtlich stehen bleiben.</source>
        <translation>Here you can adjust the wording of this one letter; the template stays unchanged. Salutation, tables of amounts and dates, notice of legal remedies and GiroCode stay as generated. Legal basis, amounts and deadlines must stay word for word in their paragraph.</translation>
    </message>
    <message>
        <source>Vorschau mit diesem Wortlaut</source>
        <translation>Preview with this wording</translation>
    </message>
    <message>
        <source>Alle Absätze zurücksetzen</source>
        <translation>Reset all paragraphs</translation>
    </message>
    <message>
        <source>Dieses Schreiben hat keine Absätze, deren Wortlaut sich anpassen lässt.</source>
        <translation>This letter has no paragraphs whose wording can be adjusted.</translation>
    </message>
    <message>
        <source>Muss stehen bleiben: {values}</source>
        <translation>Must stay: {values}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Der Drucker kann nicht angesprochen werden. Bitte Drucker und Einstellungen prüfen.</source>
        <translation>The printer cannot be reached. Please check the printer and its settings.</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Ablaufende Unterlagen</source>
        <translation>Expiring documents</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Überblick speichern unter</source>
        <translation>Save summary as</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-Übersicht speichern unter</source>
        <translation>Save Excel overview as</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Als zweite Person anmelden</source>
        <translation>Sign in as second person</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>FörderDesk kann nicht starten</source>
        <translation>FörderDesk cannot start</translation>
    </message>
    <message>
        <source>Bei FörderDesk anmelden</source>
        <translation>Sign in to FörderDesk</translation>
    </message>
    <message>
        <source>Dieser Rechner ist mit dem Konto »{account}« angemeldet. Um als »{name}« zu arbeiten, bitte dessen FörderDesk-Passwort eingeben.</source>
        <translation>This computer is signed in with the account “{account}”. To work as “{name}”, please enter their FörderDesk password.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Antragsteller …</source>
        <translation>Applicants …</translation>
    </message>
    <message>
        <source>Ablaufende Unterlagen …</source>
        <translation>Expiring documents …</translation>
    </message>
    <message>
        <source>&amp;Auswertung</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Excel-Übersicht …</source>
        <translation>Excel overview …</translation>
    </message>
    <message>
        <source>Die Vorgänge der aktuellen Liste als Excel-Arbeitsmappe</source>
        <translation>The cases of the current list as an Excel workbook</translation>
    </message>
    <message>
        <source>Überblick für Landrat und Kreistag (PDF) …</source>
        <translation>Summary for District Administrator and Council (PDF) …</translation>
    </message>
    <message>
        <source>Eine Seite je Programm und Haushaltsjahr: Haushalt, bewilligt, ausgezahlt, offen, nach Handlungsfeld und Gemeinde</source>
        <translation>One page per programme and fiscal year: budget, approved, paid, open, by field of action and municipality</translation>
    </message>
    <message>
        <source>Excel-Liste importieren …</source>
        <translation>Import Excel list …</translation>
    </message>
    <message>
        <source>Antragsteller aus Excel-Liste importieren …</source>
        <translation>Import applicants from an Excel list …</translation>
    </message>
    <message>
        <source>Schreiben für gefilterte Vorgänge …</source>
        <translation>Letters for filtered cases …</translation>
    </message>
    <message>
        <source>&amp;Verwaltung</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Administration …</source>
        <translation>Administration …</translation>
    </message>
    <message>
        <source>Datenschutz …</source>
        <translation>Data protection …</translation>
    </message>
    <message>
        <source>Prüfakten für gefilterte Vorgänge …</source>
        <translation>Audit files for filtered cases …</translation>
    </message>
    <message>
        <source>Je Vorgang der aktuellen Liste eine Prüfakte (ZIP) mit Prüfsummen</source>
        <translation>One audit file (ZIP) with checksums per case of the current list</translation>
    </message>
    <message>
        <source>Ordner für die Prüfakten wählen</source>
        <translation>Choose the folder for the audit files</translation>
    </message>
    <message>
        <source>{n} Prüfakten geschrieben in {folder} (Übersicht: uebersicht.csv)</source>
        <translation>{n} audit files written to {folder} (overview: uebersicht.csv)</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Die Sprache kann nicht gespeichert werden: {error}</source>
        <translation>The language cannot be saved: {error}</translation>
    </message>
    <message>
        <source>Die Sprache wechselt beim nächsten Start von FörderDesk ({path}).</source>
        <translation>The language changes at the next start of FörderDesk ({path}).</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tastenkürzel …</source>
        <translation>Keyboard shortcuts …</translation>
    </message>
    <message>
        <source>Landesprogramm (Antrag an das Land) …</source>
        <translation>State programme (application to the Land) …</translation>
    </message>
</context>
</TS>
