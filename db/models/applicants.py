"""Applicants (Träger), their types, contact persons, bank accounts and required documents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.enums import NonprofitProofKind, enum_column
from db.models._mixins import Timestamps, Versioned
from db.models.social_plan import Municipality


class ApplicantType(Versioned, Base):
    """Kind of organisation (Verein, kirchlicher Träger, Gemeinde, Initiative …)."""

    __tablename__ = "applicant_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    eligible: Mapped[bool] = mapped_column(default=True)
    needs_nonprofit_proof: Mapped[bool] = mapped_column(default=True)
    needs_legal_capacity: Mapped[bool] = mapped_column(default=True)

    required_documents: Mapped[list[DocumentType]] = relationship(
        secondary="required_documents", order_by="DocumentType.position"
    )


class DocumentType(Base):
    """Kind of document: signed application, financing plan, statutes, register extract …"""

    __tablename__ = "document_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    position: Mapped[int] = mapped_column(default=0)
    valid_years: Mapped[int | None]  # standing documents such as the exemption notice


class RequiredDocument(Base):
    """Which documents an application of an applicant type must contain."""

    __tablename__ = "required_documents"

    applicant_type_id: Mapped[int] = mapped_column(
        ForeignKey("applicant_types.id", ondelete="CASCADE"), primary_key=True
    )
    document_type_id: Mapped[int] = mapped_column(
        ForeignKey("document_types.id", ondelete="CASCADE"), primary_key=True
    )


class Applicant(Versioned, Timestamps, Base):
    """Antragsteller/Träger: one record per organisation."""

    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    applicant_type_id: Mapped[int] = mapped_column(ForeignKey("applicant_types.id"))
    legal_form: Mapped[str | None] = mapped_column(String(80))
    has_legal_capacity: Mapped[bool] = mapped_column(default=True)
    sponsor_name: Mapped[str | None] = mapped_column(String(200))
    register_court: Mapped[str | None] = mapped_column(String(80))
    register_number: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    nonprofit_proof_kind: Mapped[NonprofitProofKind | None] = mapped_column(
        enum_column(NonprofitProofKind)
    )
    nonprofit_proof_date: Mapped[dt.date | None]
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    bank_name: Mapped[str | None] = mapped_column(String(120))
    account_holder: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    # set when anonymising emptied the personal fields, accounts, contacts and standing documents (schema 0016)
    anonymised_at: Mapped[dt.datetime | None]

    applicant_type: Mapped[ApplicantType] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="applicant", order_by="ContactPerson.id"
    )
    bank_accounts: Mapped[list[BankAccount]] = relationship(
        back_populates="applicant", order_by="BankAccount.id"
    )


class ContactPerson(Versioned, Base):
    """Personal data needed for the case only; anonymised after retention."""

    __tablename__ = "contact_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    salutation: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(160))
    function: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    consent_on: Mapped[dt.date | None]
    consent_withdrawn_on: Mapped[dt.date | None]
    active: Mapped[bool] = mapped_column(default=True)
    anonymised_at: Mapped[dt.datetime | None]

    applicant: Mapped[Applicant] = relationship(back_populates="contacts")


class BankAccount(Versioned, Base):
    """One of the organisation's accounts; the primary one is mirrored on `Applicant.iban`/`bic` for payments.

    Accounts are deactivated, never deleted: payment orders and the audit trail keep naming them.
    """

    __tablename__ = "bank_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    bank_name: Mapped[str | None] = mapped_column(String(120))
    account_holder: Mapped[str | None] = mapped_column(String(120))
    label: Mapped[str | None] = mapped_column(String(80))  # e.g. "Projektkonto"
    is_primary: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    applicant: Mapped[Applicant] = relationship(back_populates="bank_accounts")
