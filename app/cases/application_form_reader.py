"""What the GUI and the command line read about application forms: the blank form to send out, and a returned
form read back and checked (with the existing applicants that may be its Träger)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from app.applicants.search import likely_duplicates
from app.cases.application_form import render_blank
from app.cases.application_form_check import FormReading, check_form
from app.cases.application_form_files import read_form_values
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.uow import ReaderBase


@dataclass
class ApplicationFormReader(ReaderBase):
    def blank(self, programme: str, kind: str) -> bytes:
        """The blank form of a programme: "pdf" (fillable) or "xlsx" (template)."""
        with self._session() as session:
            return render_blank(session, programme, kind)

    def read(self, file_name: str, content: bytes) -> FormReading:
        """A returned form (PDF or xlsx bytes), every field checked; problems are in the result, not raised."""
        raw = read_form_values(file_name, content)
        with self._session() as session:
            reading = check_form(session, raw)
            data = reading.applicant.data
            matches = likely_duplicates(session, data.name, data.postcode, data.iban, street=data.street) \
                if data.name else []
        return dataclasses.replace(reading, matches=tuple(matches))

    def read_file(self, path: Path) -> tuple[FormReading, bytes]:
        """The form in `path` read and checked, and its bytes (to store with the case)."""
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError(_("Die Datei {path} ist nicht lesbar: {error}").format(
                path=path, error=exc.strerror or exc), "file") from None
        return self.read(Path(path).name, content), content
