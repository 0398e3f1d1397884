"""All models, imported so that `Base.metadata` knows every table."""

from db.models.applicants import Applicant, ApplicantType, ContactPerson, DocumentType, RequiredDocument
from db.models.applications import (
    Application,
    ApplicationGoal,
    CostLine,
    FundingLine,
    Score,
    StatusChange,
)
from db.models.audit import AuditChain, AuditEvent, AuditKey
from db.models.checks import EligibilityResult
from db.models.decisions import Decision, Hearing, Objection
from db.models.documents import Document
from db.models.followups import Consultation, Deadline, Note, RevocationKnowledge
from db.models.land_money import StateGrant, StateMoneyMovement
from db.models.letters import Letter, LetterTemplate, LetterWording
from db.models.payments import (
    ExportBatch,
    Payment,
    PaymentInstalment,
    PaymentOrder,
    PaymentRequest,
    PendingExportFile,
)
from db.models.programmes import Budget, FileNumberCounter, Programme, ScoringCriterion
from db.models.proof import (
    Clawback,
    ClawbackProposal,
    ProofCostLine,
    ProofOfUse,
    Receipt,
    Reminder,
    Repayment,
    SampleDraw,
)
from db.models.reviews import Review, ReviewScore
from db.models.search import ApplicantSearch, CaseSearch
from db.models.settings import BaseRate, ConfigValue, InterestSurcharge
from db.models.social_plan import (
    FieldOfAction,
    Goal,
    LifePhase,
    Measure,
    Municipality,
    MunicipalityPopulation,
    SocialArea,
    SocialPlan,
)
from db.models.state_cycle import CommitteeResolution, StateApplication, StatePlanLine
from db.models.users import User

__all__ = [
    "Applicant",
    "ApplicantSearch",
    "ApplicantType",
    "Application",
    "ApplicationGoal",
    "AuditChain",
    "AuditEvent",
    "AuditKey",
    "BaseRate",
    "Budget",
    "CaseSearch",
    "Clawback",
    "ClawbackProposal",
    "CommitteeResolution",
    "ConfigValue",
    "Consultation",
    "ContactPerson",
    "CostLine",
    "Deadline",
    "Decision",
    "Document",
    "DocumentType",
    "EligibilityResult",
    "ExportBatch",
    "FieldOfAction",
    "FileNumberCounter",
    "FundingLine",
    "Goal",
    "Hearing",
    "InterestSurcharge",
    "Letter",
    "LetterTemplate",
    "LetterWording",
    "LifePhase",
    "Measure",
    "Municipality",
    "MunicipalityPopulation",
    "Note",
    "Objection",
    "Payment",
    "PaymentInstalment",
    "PaymentOrder",
    "PaymentRequest",
    "PendingExportFile",
    "Programme",
    "ProofCostLine",
    "ProofOfUse",
    "Receipt",
    "Reminder",
    "Repayment",
    "RequiredDocument",
    "Review",
    "ReviewScore",
    "RevocationKnowledge",
    "SampleDraw",
    "Score",
    "ScoringCriterion",
    "SocialArea",
    "SocialPlan",
    "StateApplication",
    "StateGrant",
    "StateMoneyMovement",
    "StatePlanLine",
    "StatusChange",
    "User",
]
