"""The audit trail names which personal field of an applicant or account changed, never what it says (issue 22):
on SQLite the program writes the trail, on PostgreSQL the database's triggers (schema 0015) — same outcome."""

from __future__ import annotations

from sqlalchemy import text

from app.applicants import bank_accounts
from app.applicants import service as applicants
from tests.support import Office

OLD = {"iban": "DE89370400440532013000", "email": "info@sonnenblume.example", "street": "Bahnhofstraße 5"}
NEW = {"iban": "DE02120300000000202051", "email": "kasse@sonnenblume.example", "phone": "03632 987654",
       "street": "Marktplatz 12", "account_holder": "Kassenwartin Hildegard Quast"}
ACCOUNT = {"iban": "DE44500105175407324931", "account_holder": "Projektleiter Kunibert Zander"}
PUBLIC = {"postcode": "99706", "city": "Sondershausen", "bic": "BYLADEM1001"}


def _trail(office: Office) -> tuple[str, list[tuple[str, str | None, str | None, str | None]]]:
    with office.database.read() as session:
        rows = session.execute(text("SELECT entity, field, old_value, new_value, reason, entity_id, user_name "
                                    "FROM audit_events ORDER BY id")).all()
    everything = " ".join(str(value) for row in rows for value in row if value is not None)
    return everything, [(r[0], r[1], r[2], r[3]) for r in rows]


def test_changed_personal_fields_are_named_but_not_kept(office: Office) -> None:
    with office.database.read() as session:
        version = session.execute(text("SELECT version FROM applicants WHERE id = :id"),
                                  {"id": office.applicant_id}).scalar_one()
    applicants.update_applicant(office.anna, office.applicant_id, version, applicants.ApplicantInput(
        name="Familienzentrum Sonnenblume e.V.", applicant_type="association", legal_form="e.V.",
        register_court="Amtsgericht Sondershausen", register_number="VR 1234", street=NEW["street"],
        postcode=PUBLIC["postcode"], city=PUBLIC["city"], municipality="Sondershausen",
        nonprofit_proof_kind="exemption_notice", nonprofit_proof_date="2024-05-10", iban=NEW["iban"],
        bic=PUBLIC["bic"], account_holder=NEW["account_holder"], email=NEW["email"], phone=NEW["phone"]))
    bank_accounts.add_bank_account(office.anna, office.applicant_id, bank_accounts.BankAccountInput(
        ACCOUNT["iban"], account_holder=ACCOUNT["account_holder"], label="Projektkonto"))

    everything, rows = _trail(office)
    for value in (*OLD.values(), *NEW.values(), *ACCOUNT.values(), "987654", "Quast", "Zander"):
        assert value not in everything, value
    masked = "‹personenbezogen›"
    changed = {field: (old, new) for entity, field, old, new in rows if entity == "Applicant" and field}
    assert changed["iban"] == (masked, masked)
    assert changed["email"] == (masked, masked)
    assert changed["street"] == (masked, masked)
    assert changed["phone"] == (None, masked)  # there was no phone number before
    assert changed["account_holder"] == (None, masked)
    assert changed["bic"] == ("COBADEFFXXX", PUBLIC["bic"])  # names a bank (from the IBAN), not a person
    account = [new for entity, field, _old, new in rows if entity == "BankAccount" and field is None]
    # registering, changing the IBAN and adding an account each create an account row
    assert len(account) == 3 and all(f'"iban": "{masked}"' in str(a) for a in account)
    assert "Projektkonto" in str(account[2]) and f'"account_holder": "{masked}"' in str(account[2])
    created = next(new for entity, field, _old, new in rows if entity == "Applicant" and field is None)
    assert '"city": "Sondershausen"' in str(created) and '"postcode": "99706"' in str(created)
    assert f'"street": "{masked}"' in str(created) and f'"email": "{masked}"' in str(created)
