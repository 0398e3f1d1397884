"""The county's own cycle with the Land (issue 25): plan periods of the Fachplan adopted by the Kreistag, the
yearly application to the Land (planned lines, state share, the county's co-financing, checks, PDF and xlsx),
the decision list for the committees and the resolutions recorded back on the cases; the money from the Land
(its grant, the county's calls for funds, the Land's payments, co-financing) and the county's proof of use to
the Land.

The county is a grantor to the Träger and a grantee of the Land; this package sits on top of the case and
social-plan features and reads them, it never changes a case's workflow state.
"""

from app.kernel.i18n import _
from app.kernel.permissions import declare
from db.enums import Role

declare("state.plan", frozenset({Role.caseworker, Role.supervisor, Role.admin}),
        _("Antrag an das Land planen"))
declare("state.resolution", frozenset({Role.caseworker, Role.supervisor}),
        _("Gremienbeschluss zu einem Vorgang erfassen"))
