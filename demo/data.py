"""Fictional organisations, people, project ideas and the demo social plan.

Organisations and people are invented; municipalities are the district's real
ones (public bodies). No names, phones or e-mails of real officials.
"""

from __future__ import annotations

# the measure catalogue of the social plan is the office's real one, kept in app for the set-up and the demo
from app.administration.office_defaults import ARM, GOALS, LPF, TARGET_AREAS, UNSERVED_GOALS

__all__ = ["GOALS", "TARGET_AREAS", "UNSERVED_GOALS"]

# Every demo user's FörderDesk password (single workstation: signing in as another person, the second person of
# the four-eyes principle); printed in the README. Demo data only: a real office sets its own passwords.
PASSWORD = "demo-passwort"  # noqa: S105 - the documented demo password, not a secret

# username, display name, role, phone
USERS = [
    ("admin", "Amt Administration", "admin", "03632 000-100"),
    ("mueller", "Maria Müller", "caseworker", "03632 000-111"),
    ("schmidt", "Jonas Schmidt", "caseworker", "03632 000-112"),
    ("krause", "Heike Krause", "caseworker", "03632 000-113"),
    ("weber", "Petra Weber", "supervisor", "03632 000-120"),
    ("hoffmann", "Frank Hoffmann", "supervisor", "03632 000-121"),
    ("lehmann", "Sven Lehmann", "reader", "03632 000-130"),
]

# code, name, financing type, max rate (percent), min grant, max grant, allowed applicant types, allocations:
# the office's two programmes (`app.administration.office_defaults`, also what "Amt einrichten" offers) and a
# micro-project fund
PROGRAMMES = [
    *[(p.code, p.name, p.financing_type, p.max_funding_rate, p.min_grant, p.max_grant, p.allowed_applicant_types,
       allocations) for p, allocations in (
        (LPF, {2025: "620000.00", 2026: "680000.00", 2027: "700000.00"}),
        (ARM, {2025: "240000.00", 2026: "260000.00"}))],
    ("MPF", "Mikroprojektefonds", "fixed_amount", "100", "150", "1500",
     (), {2025: "30000.00", 2026: "30000.00"}),
]

# name, applicant type, legal form, municipality, postcode, street, nonprofit proof (kind, years ago) or None
ORGANISATIONS = [
    ("Familienzentrum Sonnenblume e.V.", "association", "e.V.", "Sondershausen", "99706", "Bahnhofstraße 12"),
    ("Förderverein Kinderland Ebeleben e.V.", "association", "e.V.", "Ebeleben", "99713", "Marktplatz 3"),
    ("Jugendhaus Wipperaue e.V.", "association", "e.V.", "Sondershausen", "99706", "An der Wipper 7"),
    ("Seniorenhilfe Kyffhäuser e.V.", "association", "e.V.", "Bad Frankenhausen/Kyffhäuser", "06567",
     "Anger 15"),
    ("Verein Miteinander Helbetal e.V.", "association", "e.V.", "Helbedündorf", "99713", "Dorfstraße 21"),
    ("Mehrgenerationenhaus Greußen e.V.", "association", "e.V.", "Greußen", "99718", "Herrenstraße 4"),
    ("Eltern-Kind-Treff Artern e.V.", "association", "e.V.", "Artern", "06556", "Leipziger Straße 9"),
    ("Sozialwerk Nordthüringer Land gGmbH", "welfare", "gGmbH", "Sondershausen", "99706", "Güntherplatz 2"),
    ("Diakonisches Familienwerk Unstrut gGmbH", "welfare", "gGmbH", "Roßleben-Wiehe", "06571", "Schulstraße 8"),
    ("Evangelische Kirchengemeinde Clingen", "church", "KdöR", "Clingen", "99718", "Kirchplatz 1"),
    ("Katholische Pfarrgemeinde St. Marien Kyffhäuser", "church", "KdöR", "Bad Frankenhausen/Kyffhäuser",
     "06567", "Klosterstraße 6"),
    ("Stadt Artern", "municipality", "Gebietskörperschaft", "Artern", "06556", "Markt 14"),
    ("Gemeinde Kyffhäuserland", "municipality", "Gebietskörperschaft", "Kyffhäuserland", "99707",
     "Hauptstraße 40"),
    ("Stadt Greußen", "municipality", "Gebietskörperschaft", "Greußen", "99718", "Markt 1"),
    ("Landgemeinde An der Schmücke", "municipality", "Gebietskörperschaft", "An der Schmücke", "06577",
     "Rathausplatz 2"),
    ("Initiative Dorfleben Oberbösa", "initiative", None, "Oberbösa", "99718", "Lindenweg 3"),
    ("Initiative Spielplatz Westgreußen", "initiative", None, "Westgreußen", "99718", "Am Teich 5"),
    ("Sportverein Blau-Weiß Gehofen e.V.", "association", "e.V.", "Gehofen", "06571", "Sportplatzweg 1"),
    ("Heimatverein Holzsußra e.V.", "association", "e.V.", "Holzsußra", "99713", "Alte Schule 2"),
    ("Familienbildung Kyffhäuser e.V.", "association", "e.V.", "Roßleben-Wiehe", "06571", "Bahnhofsweg 11"),
    ("Frauen- und Familienzentrum Sondershausen e.V.", "association", "e.V.", "Sondershausen", "99706",
     "Lohstraße 20"),
    ("Kinder- und Jugendring Kyffhäuserkreis e.V.", "association", "e.V.", "Sondershausen", "99706",
     "Jechaburger Weg 3"),
]

# So that a new user sees every warning of the applicant file (Trägerakte): the exemption notice of the first
# organisation runs out this many days after the demo date (within the 60-day lead time), one of its grants of
# last year waits for its overdue proof of use (demo.cases.OverdueProofWalker), and the same association
# was registered a second time, without "e.V." and with another postcode (a near-duplicate to merge).
EXPIRING_NOTICE_DAYS = 40
EXEMPTION_NOTICE_YEARS = 5  # validity of the exemption notice in the reference data
NEAR_DUPLICATE = ("Familienzentrum Sonnenblume", "association", None, "Sondershausen", "99707", "Bahnhofstr. 12")

CONTACT_NAMES = ["Andrea Vogel", "Thomas Keller", "Susanne Brandt", "Michael Roth", "Claudia Lorenz",
                 "Stefan Wagner", "Katrin Berger", "Uwe Köhler", "Ines Hartmann", "Jens Möller", "Birgit Schulze",
                 "Ralf Engel", "Sabine Pohl", "Dirk Fuchs", "Anja Böhm", "Tobias Kühn", "Martina Seidel",
                 "Olaf Jäger", "Nicole Richter", "Holger Franke", "Yvonne Sauer", "Marco Ludwig"]

# Project titles per measure code (the municipality is appended where it reads naturally)
TITLES = {
    "K1.1": ["Elterncafé", "Familienzentrum – offener Treff", "Familienfrühstück"],
    "K1.2": ["Eltern-Kind-Gruppe", "Krabbelgruppe", "Spielkreis für Familien"],
    "K2.1": ["Lernpaten", "Hausaufgabenhilfe", "Lesewerkstatt"],
    "K2.2": ["Familienpass", "Freizeitpass für Familien"],
    "J1.1": ["Mobile Jugendarbeit", "Jugendmobil"],
    "J1.2": ["Jugendraum", "Treffpunkt Jugend"],
    "J2.1": ["Berufsorientierungstage", "Praktikumsbörse"],
    "E1.1": ["Ferienbetreuung", "Randzeitenbetreuung"],
    "E1.2": ["Mobilitätsstudie"],
    "E2.1": ["Familienlotsin", "Familienlotse"],
    "S1.1": ["Dorfkümmerer", "Dorfkümmerin"],
    "S1.2": ["Seniorentreff", "Mittagstisch für Ältere"],
    "S2.1": ["Mehrgenerationenhaus – Begegnungsprogramm"],
    "S2.2": ["Jung und Alt gemeinsam", "Erzählcafé der Generationen"],
    "Q1.1": ["Sozialraumkonferenz"],
}
OUTSIDE_TITLES = ["Familienwanderung mit Naturpädagogik", "Väter-Kind-Wochenende", "Repair-Café für Familien",
                  "Digitalsprechstunde für Eltern", "Kochkurs für junge Familien"]

# Share of each age group in the population (per mille), for rounded demo figures per municipality;
# small municipalities (under 1,000 inhabitants) are older: 20 ‰ move from 27–64 to 65+.
AGE_SHARES = {"0-5": 45, "6-11": 50, "12-17": 50, "18-26": 75, "27-64": 490, "65+": 290}
AGE_YEAR = 2023

# Weights that differ from the default scoring sheet, per programme (poverty prevention stresses need and place)
CRITERION_WEIGHTS = {"ARM": {"needs_based": "4", "social_area": "3"}}

SCORE_COMMENTS = {
    "needs_based": ["Bedarf laut Sozialraumanalyse belegt.", "Lücke im Angebot der Gemeinde.", None],
    "family_participation": ["Familien planen das Programm mit.", None],
    "voluntary_engagement": ["Ehrenamtliche aus dem Verein tragen das Angebot.", None],
    "networking": ["Abgestimmt mit Schule und Kita vor Ort.", None],
    "sustainability": ["Fortführung durch Eigenmittel zugesagt.", None],
    "social_area": ["Angebot im eigenen Sozialraum, gut erreichbar.", None],
}
