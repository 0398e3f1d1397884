"""The office's real master data, offered as editable defaults when an empty database is set up ("Amt einrichten").

Taken from the district's public page (`shared/seed`): the two programmes it runs — Landesprogramm Familie
(Richtlinie LSZ, six fields of action, the measure catalogue of the social plan) and Armutsprävention (life phases
Kindheit, Jugend, Erwachsenenalter, Senioren) —, the Kyffhäuserkreis municipalities with their official keys,
the budget positions of the current year. The demo data (`demo/`) build on the same programmes and catalogue, so
they are kept here once. Life phases, fields of action, applicant types with their documents, municipalities and
the base-rate table are the reference data every installation has (`app.administration.reference_data`).
"""

from __future__ import annotations

from dataclasses import dataclass

# Amtlicher Gemeindeschlüssel (AGS, 16 = Thüringen, 0 = no Regierungsbezirk, 65 = Kyffhäuserkreis, then the
# municipality). An der Schmücke, Artern, Bad Frankenhausen/Kyffhäuser, Clingen, Ebeleben, Greußen, Roßleben-Wiehe
# and Sondershausen were checked against a published table of Thüringen's towns (state - district - municipality
# ids), Sondershausen's 16065067 also against the Thüringen regulation on road traffic authorities. The other twenty
# were verified against the info box "Gemeindeschlüssel" of the German Wikipedia article on exactly that
# municipality (or a mirror of it), named in a comment next to each key. The merged municipalities (An der Schmücke,
# Greußen, Helbedündorf, Kyffhäuserland, Roßleben-Wiehe) carry their current keys. A key that changes is corrected
# under Administration → Gemeinden from the Gemeindeverzeichnis (GV-ISys) of the Statistisches Bundesamt.
MUNICIPALITY_KEYS: dict[str, str | None] = {
    "Abtsbessingen": "16065001",  # de.wiki.li/Abtsbessingen
    "An der Schmücke": "16065088",
    "Artern": "16065086",
    "Bad Frankenhausen/Kyffhäuser": "16065003",
    "Bellstedt": "16065005",  # de.wiki.li/Bellstedt
    "Borxleben": "16065008",  # de.wikipedia.org/wiki/Borxleben
    "Clingen": "16065012",
    "Ebeleben": "16065014",
    "Etzleben": "16065016",  # de.wiki.li/Etzleben
    "Freienbessingen": "16065018",  # de.wiki.li/Freienbessingen
    "Gehofen": "16065019",  # www.wiki-data.de-de.nina.az/Gehofen.html
    "Greußen": "16065089",
    "Helbedündorf": "16065032",  # de.wiki.li/Helbedündorf
    "Holzsußra": "16065038",  # de.wiki.li/Holzsußra
    "Kalbsrieth": "16065042",  # www.wikidata.de-de.nina.az/Kalbsrieth.html
    "Kyffhäuserland": "16065085",  # www.wiki-data.de-de.nina.az/Kyffhäuserland.html
    "Mönchpfiffel-Nikolausrieth": "16065046",  # de.wiki.li/Mönchpfiffel-Nikolausrieth
    "Niederbösa": "16065048",  # de.wiki.li/Niederbösa
    "Oberbösa": "16065051",  # de.wiki.li/Oberbösa
    "Oberheldrungen": "16065052",  # de.zxc.wiki/wiki/Oberheldrungen, de.m.wikipedia.org/wiki/Oberheldrungen
    "Reinsdorf": "16065056",  # de.wiki.li/Reinsdorf_(Thüringen)
    "Rockstedt": "16065058",  # de.m.wikipedia.org/wiki/Rockstedt
    "Roßleben-Wiehe": "16065087",
    "Sondershausen": "16065067",
    "Topfstedt": "16065074",  # de.zxc.wiki/wiki/Topfstedt
    "Trebra": "16065075",  # de.m.wikipedia.org/wiki/Trebra
    "Wasserthaleben": "16065077",  # defzone.net/wiki/de/Wasserthaleben (Wikipedia, 2023 data)
    "Westgreußen": "16065079",  # gpedia.com/de/Westgreußen (Wikipedia, 2023 data)
}
DISTRICT_KEY_PREFIX = "16065"


@dataclass(frozen=True)
class ProgrammeDefault:
    """A programme of the office as the set-up offers it (every value editable there and later)."""

    code: str
    name: str
    financing_type: str
    max_funding_rate: str  # percent
    min_grant: str
    max_grant: str | None
    allowed_applicant_types: tuple[str, ...]  # empty: every applicant type
    allocation: str  # the current year's budget the set-up proposes (the district's share from the Land)
    description: str


LPF = ProgrammeDefault(
    "LPF", "Landesprogramm Familie – Familien stärken, gemeinsam gestalten", "share", "80", "500", None, (),
    "680000.00",
    "Landesprogramm »Solidarisches Zusammenleben der Generationen« (Richtlinie LSZ): Familienförderung vor Ort "
    "nach dem Sozialplan des Landkreises; offenes Antragsverfahren, Maßnahmenkatalog.")
ARM = ProgrammeDefault(
    "ARM", "Armutsprävention (ESF-kofinanziert)", "deficit", "90", "2000", None,
    ("association", "welfare", "church", "municipality", "nonprofit"), "260000.00",
    "Armutspräventionsrichtlinie des Landes mit dem Europäischen Sozialfonds: Maßnahmen entlang der Lebensphasen "
    "Kindheit, Jugend, Erwachsenenalter und Senioren.")
PROGRAMMES: tuple[ProgrammeDefault, ...] = (LPF, ARM)

BUDGET_POSITION = "1.3630.{code}.{year}"  # Haushaltsstelle of a programme-year (the office's numbering)
BUDGET_REASON = "Zuweisung des Landes laut Bescheid"

SOCIAL_PLAN = "Integrierter Sozialplan Kyffhäuserkreis"
SOCIAL_PLAN_YEARS = 4  # the plan runs from the set-up year for this many years (renewed about every five)

# The measure catalogue under the goals of the social plan.
# code, life phase, field of action, title, measures: (code, title, indicator, count)
GOALS = [
    ("K1", "childhood", "Bildung im familiären Umfeld", "Frühe Hilfen und Elternbildung flächendeckend anbieten",
     [("K1.1", "Familienzentren mit offenen Elterncafés", "3 Familienzentren, davon 1 im Norden", 3),
      ("K1.2", "Eltern-Kind-Gruppen in kleinen Gemeinden", "6 Gruppen in Gemeinden unter 1.000 Einw.", 6)]),
    ("K2", "childhood", "Beratung, Unterstützung und Information",
     "Kinder aus armutsgefährdeten Familien beim Bildungszugang unterstützen",
     [("K2.1", "Lernpatenschaften und Hausaufgabenhilfe", "4 Standorte", 4),
      ("K2.2", "Familienpass für Freizeit- und Bildungsangebote", "1 kreisweiter Familienpass", 1)]),
    ("J1", "youth", "Wohnumfeld und Lebensqualität", "Offene Jugendarbeit im ländlichen Raum sichern",
     [("J1.1", "Mobile Jugendarbeit", "2 mobile Teams", 2),
      ("J1.2", "Jugendräume in Dörfern", "5 betreute Jugendräume", 5)]),
    ("J2", "youth", "Vereinbarkeit von Familie und Beruf, Mobilität", "Übergang Schule–Beruf begleiten",
     [("J2.1", "Berufsorientierung mit Betrieben der Region", "3 Projekte", 3)]),
    ("E1", "adulthood", "Vereinbarkeit von Familie und Beruf, Mobilität",
     "Vereinbarkeit von Familie und Beruf verbessern",
     [("E1.1", "Randzeitenbetreuung und Ferienangebote", "4 Angebote", 4),
      ("E1.2", "Mobilitätsstudie ländlicher Raum", "1 Studie", 1)]),
    ("E2", "adulthood", "Beratung, Unterstützung und Information", "Familienlotsen und Beratung vor Ort",
     [("E2.1", "Familienlotsen in jedem Sozialraum", "4 Familienlotsen", 4)]),
    ("S1", "seniors", "Wohnumfeld und Lebensqualität", "Teilhabe älterer Menschen in den Dörfern",
     [("S1.1", "Dorfkümmerer", "4 Dorfkümmerer im Norden", 4),
      ("S1.2", "Seniorentreffs und Mittagstische", "5 Treffs", 5)]),
    ("S2", "seniors", "Dialog der Generationen", "Dialog der Generationen stärken",
     [("S2.1", "Mehrgenerationenhäuser", "2 Häuser", 2),
      ("S2.2", "Generationenprojekte mit Schulen und Vereinen", "8 Projekte", 8)]),
    ("Q1", None, "Steuerung, Vernetzung, Nachhaltigkeit und Planung", "Angebote der Träger besser abstimmen",
     [("Q1.1", "Sozialraumkonferenzen", "4 Konferenzen im Jahr", 4)]),
]

# Goals of the plan that no demo project serves yet: real plans have such gaps, and the coverage view shows them.
UNSERVED_GOALS = [
    ("J3", "youth", "Dialog der Generationen", "Jugendbeteiligung in den Gemeinden verankern",
     [("J3.1", "Jugendforen und Jugendbudgets", "2 Jugendforen", 2)]),
    ("S3", "seniors", "Beratung, Unterstützung und Information", "Pflegende Angehörige entlasten",
     [("S3.1", "Gesprächskreise für pflegende Angehörige", "3 Gesprächskreise", 3)]),
]

# Target indicators that refer to one social area (measure code → social area)
TARGET_AREAS = {"S1.1": "Nord (Kyffhäuser)"}

# The letterhead of the Jugend- und Sozialamt (`app.kernel.letterhead` keys). Phone and e-mail are invented
# placeholders (a subscriber number cannot begin with 0; `.example` is reserved), never an official's; the bank
# account is left empty for the office to enter (the start page asks for it).
LETTERHEAD = {
    "office": "Landratsamt Kyffhäuserkreis",
    "department": "Jugend- und Sozialamt",
    "street": "Markt 8",
    "postcode_city": "99706 Sondershausen",
    "phone": "03632 0123-0",
    "email": "foerderung@kyffhaeuser.example",
    "website": "www.kyffhaeuser.example",
    "opening_hours": "Beratung Di und Do 9:00–16:00 Uhr\nbitte vorher einen Termin vereinbaren",
}
