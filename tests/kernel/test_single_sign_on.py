"""Single sign-on through libpq (GSSAPI/SSPI): FörderDesk passes `gssencmode` and `krbsrvname` through unchanged.

The Kerberos exchange itself needs a domain and a keytab (docs/operations.md); what can be checked here is that
the options reach libpq and that a server without GSSAPI gives a clear German refusal, not a traceback.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.kernel.database import connect, parse_url
from app.kernel.errors import DatabaseUnavailable


def _server_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("single sign-on is the shared server's")
    return db_url


def test_the_options_reach_libpq(db_url: str) -> None:
    url = _server_url(db_url) + "?gssencmode=prefer&krbsrvname=postgres"
    assert dict(parse_url(url).query) == {"gssencmode": "prefer", "krbsrvname": "postgres"}
    database = connect(url)  # "prefer": without Kerberos libpq falls back to the plain connection
    try:
        with database.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            options = {option.keyword.decode(): (option.val or b"").decode() for option in raw.pgconn.info}
            assert options["gssencmode"] == "prefer" and options["krbsrvname"] == "postgres"
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        database.dispose()


def test_required_encryption_without_kerberos_is_a_clear_refusal(db_url: str) -> None:
    url = _server_url(db_url) + "?gssencmode=require"
    with pytest.raises(DatabaseUnavailable, match="nicht erreichbar oder lehnt die Anmeldung ab"):
        connect(url)
