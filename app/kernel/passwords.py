"""FörderDesk passwords: Argon2id hashes through argon2-cffi; the password itself is never stored.

They serve the single workstation (SQLite): there the person is the operating-system account, and anyone else —
the second person of the four-eyes principle, or `--user NAME` — proves who they are with their password
(`app.kernel.signin`). On the shared server every person has their own database login instead.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's recommended parameters (RFC 9106, low-memory profile: Argon2id, 64 MiB, 3 passes). A stored hash
# names its own parameters, so verifying never depends on this object; only new hashes do.
HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """A new salted hash of `password` (in PHC format, e.g. `$argon2id$v=19$m=65536,t=3,p=4$…`)."""
    return HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True when `password` matches the stored hash; a missing or unreadable hash never matches."""
    if not stored:
        return False
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):  # VerifyMismatchError is a VerificationError
        return False


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with other parameters than today's (then it is renewed on the next sign-in)."""
    try:
        return HASHER.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return False
