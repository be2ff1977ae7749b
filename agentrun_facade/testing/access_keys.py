"""The access keys the emulator accepts, changeable while it runs.

An emulator starts with the key pair (and STS token) of its settings. A test
that exercises refreshing credentials (STS tokens handed out by a credentials
URI, say) registers each new triple with :meth:`AccessKeys.accept` as it is
issued and may :meth:`revoke` the old ones, the way STS credentials expire.
A key registered with a token is only accepted together with that token; a key
without one needs none. Every verified request is remembered (its key id and
whether a token came with it, the last :data:`KEPT` of them) so a test can
check which credentials signed which request.
"""

from __future__ import annotations

import threading
from collections import deque

import attrs

from agentrun_facade.errors import InvalidParameterError
from agentrun_facade.signing import Credentials

#: Verified requests remembered (older ones are forgotten).
KEPT = 10_000


@attrs.frozen
class VerifiedKey:
    """One verified request: the key id that signed it and the plane it went to."""

    access_key_id: str
    with_token: bool
    data_plane: bool


class AccessKeys:
    """Key ids with their secret and STS token; safe to change from any thread."""

    def __init__(self, initial: Credentials) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, Credentials] = {}
        self._verified: deque[VerifiedKey] = deque(maxlen=KEPT)
        self.accept(initial)

    def accept(self, credentials: Credentials) -> None:
        """Accept ``credentials`` from now on (replacing a key with the same id)."""
        if not isinstance(credentials, Credentials):
            raise InvalidParameterError("credentials must be agentrun_facade.signing.Credentials")
        with self._lock:
            self._keys[credentials.access_key_id] = credentials

    def revoke(self, access_key_id: str) -> None:
        """Stop accepting ``access_key_id``; nothing happens when it is unknown."""
        with self._lock:
            self._keys.pop(access_key_id, None)

    def lookup_secret(self, access_key_id: str) -> str | None:
        """The secret of an accepted key id, or None."""
        with self._lock:
            found = self._keys.get(access_key_id)
        return found.access_key_secret if found is not None else None

    def expected_token(self, access_key_id: str) -> str | None:
        """The STS token the key was registered with, or None when it needs none."""
        with self._lock:
            found = self._keys.get(access_key_id)
        return found.security_token if found is not None else None

    def record(self, access_key_id: str, *, data_plane: bool) -> None:
        """Remember one verified request."""
        with_token = self.expected_token(access_key_id) is not None
        with self._lock:
            self._verified.append(VerifiedKey(access_key_id, with_token, data_plane))

    @property
    def verified(self) -> list[VerifiedKey]:
        """The verified requests, oldest first (at most :data:`KEPT`)."""
        with self._lock:
            return list(self._verified)

    @property
    def accepted(self) -> list[str]:
        """The key ids accepted now."""
        with self._lock:
            return list(self._keys)

    def __repr__(self) -> str:
        return f"AccessKeys(accepted={self.accepted!r})"
