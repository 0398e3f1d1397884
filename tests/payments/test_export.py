"""Export to the cash office: the SEPA file validates against pain.001 and its control sum equals the database;
a second export leaves exported orders out; exporting again is explicit, with a reason, and audited."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from sqlalchemy import func, select, update

from app.kernel.errors import PermissionDenied, ValidationError
from app.payments.cash_export import export_orders, reexport_batch
from app.payments.orders import book_paid
from db.enums import OrderState
from db.models import AuditEvent, ConfigValue, PaymentOrder
from reports.cash_office import SEPA_SCHEMA, schema_path
from tests.fixtures.database import Today
from tests.payments.cases import D, approved, batches, order, ordered
from tests.support import Office
from tests.support_fingerprint import fingerprint

NS = {"p": f"urn:iso:std:iso:20022:tech:xsd:{SEPA_SCHEMA}"}


def sepa_totals(path: Path) -> tuple[int, Decimal, list[str]]:
    root = ET.parse(path).getroot()
    header = root.find("p:CstmrCdtTrfInitn/p:GrpHdr", NS)
    assert header is not None
    ids = [e.text or "" for e in root.iterfind(".//p:CdtTrfTxInf/p:PmtId/p:EndToEndId", NS)]
    return int(header.findtext("p:NbOfTxs", namespaces=NS) or 0), Decimal(
        header.findtext("p:CtrlSum", namespaces=NS) or "0"), ids


def db_sum(office: Office, batch_id: int) -> Decimal:
    with office.database.read() as session:
        return Decimal(session.scalar(select(func.sum(PaymentOrder.amount)).where(
            PaymentOrder.export_batch_id == batch_id)) or 0)


def test_sepa_file_validates_and_its_control_sum_equals_the_database(office: Office, today: Today,
                                                                     tmp_path: Path) -> None:
    first = approved(office, today)
    ids = [ordered(office, first, "1234.56", "2026-04-01"), ordered(office, first, "765.44", "2026-05-01")]
    draft_only = ordered(office, first, "100.00")
    with office.database.engine.begin() as conn:  # one order not yet signed off: it stays out
        conn.execute(update(PaymentOrder).where(PaymentOrder.id == draft_only).values(state=OrderState.factual))
    target = tmp_path / "lauf.xml"
    result = export_orders(office.bernd, "sepa", target)
    xmlschema.XMLSchema(schema_path()).validate(str(target))  # raises on any schema violation
    count, control, end_to_end = sepa_totals(target)
    assert (count, control) == (2, D("2000.00")) == (result.order_count, result.control_sum)
    assert control == db_sum(office, result.batch_id) == batches(office)[0].control_sum
    assert end_to_end == [f"FD-{i}" for i in ids]
    text = target.read_text(encoding="utf-8")
    assert "<IBAN>DE89370400440532013000</IBAN>" in text and "<IBAN>DE02120300000000202051</IBAN>" in text
    assert "LPF-2026-0001 Zuwendung Familiencafe am Markt" in text  # umlauts written out for SEPA
    assert [order(office, i).state for i in ids] == [OrderState.exported] * 2
    assert order(office, draft_only).state == OrderState.factual
    assert not list(tmp_path.glob(".~foerderdesk-*"))


def test_second_export_leaves_exported_orders_out(office: Office, today: Today, tmp_path: Path) -> None:
    file_number = approved(office, today)
    first_id = ordered(office, file_number, "3000.00")
    first = export_orders(office.anna, "sepa", tmp_path / "1.xml")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="keine angeordneten, noch nicht exportierten Auszahlungen"):
        export_orders(office.anna, "sepa", tmp_path / "2.xml")
    assert fingerprint(office.database) == before and not (tmp_path / "2.xml").exists()
    second_id = ordered(office, file_number, "2000.00")
    second = export_orders(office.anna, "csv", tmp_path / "2.csv")
    assert (second.order_count, second.control_sum) == (1, D("2000.00"))
    assert (order(office, first_id).export_batch_id, order(office, second_id).export_batch_id) == (
        first.batch_id, second.batch_id)
    lines = (tmp_path / "2.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";")[:6] == ["Anordnung", "Aktenzeichen", "Empfänger", "IBAN", "BIC", "Betrag (EUR)"]
    assert lines[1].split(";")[:7] == [str(second_id), "LPF-2026-0001", "Familienzentrum Sonnenblume e.V.",
                                       "DE89370400440532013000", "COBADEFFXXX", "2.000,00", "01.04.2026"]
    assert lines[-1].split(";")[:6] == ["Summe", "Zahlungslauf", "1 Zahlungen", "", "", "2.000,00"]


def test_reexport_is_explicit_audited_and_leaves_paid_orders_out(office: Office, today: Today,
                                                                 tmp_path: Path) -> None:
    file_number = approved(office, today)
    paid_id, open_id = ordered(office, file_number, "1000.00"), ordered(office, file_number, "2500.00")
    first = export_orders(office.anna, "sepa", tmp_path / "1.xml")
    book_paid(office.anna, paid_id, "2026-03-06")
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="Grund für den erneuten Export"):
        reexport_batch(office.sabine, first.batch_id, "sepa", tmp_path / "again.xml", "")
    with pytest.raises(PermissionDenied, match="Zahlungslauf erneut exportieren"):
        reexport_batch(office.anna, first.batch_id, "sepa", tmp_path / "again.xml", "Datei bei der Kasse verloren.")
    assert fingerprint(office.database) == before and not (tmp_path / "again.xml").exists()
    again = reexport_batch(office.sabine, first.batch_id, "sepa", tmp_path / "again.xml",
                           "Die Kasse hat die Datei nicht erhalten.")
    assert (again.repeat_of, again.order_count, again.control_sum) == (first.batch_id, 1, D("2500.00"))
    assert sepa_totals(tmp_path / "again.xml")[2] == [f"FD-{open_id}"]
    assert order(office, open_id).export_batch_id == first.batch_id  # the order keeps its batch
    row = batches(office)[-1]
    assert (row.repeat_of_id, row.reason, row.created_by) == (first.batch_id, "Die Kasse hat die Datei nicht "
                                                              "erhalten.", "sabine")
    with office.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "reexport-payments")).first()
        assert event is not None and event.reason == "Die Kasse hat die Datei nicht erhalten."


def test_missing_office_iban_or_folder_exports_nothing(office: Office, today: Today, tmp_path: Path) -> None:
    tmp_path = tmp_path / "ausgabe"
    tmp_path.mkdir()
    file_number = approved(office, today)
    ordered(office, file_number)
    with office.database.engine.begin() as conn:
        conn.execute(ConfigValue.__table__.insert().values(key="letterhead.iban", value='""', version=1))
    before = fingerprint(office.database)
    with pytest.raises(ValidationError, match="Für die Überweisungsdatei fehlt die IBAN der Behörde"):
        export_orders(office.anna, "sepa", tmp_path / "lauf.xml")
    with pytest.raises(ValidationError, match="existiert nicht"):
        export_orders(office.anna, "csv", tmp_path / "fehlt" / "lauf.csv")
    assert fingerprint(office.database) == before
    assert list(tmp_path.iterdir()) == []
