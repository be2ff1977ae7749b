"""Raw responses: what ``client.with_raw_response.<method>(...)`` returns.

A call made through ``with_raw_response`` runs the plain method while a
:class:`ResponseRecorder` (held in a context variable, so the concurrent
pages of a listing and the threads of the sync worker pool report to it)
notes every HTTP response the transports receive. The :class:`RawResponse`
describes the last one; ``parse()`` returns what the plain method returned.
"""

from __future__ import annotations

import contextvars
import datetime
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from ._responses import request_id_of
from .errors import AgentRunError, MalformedResponseError
from .response_headers import shareable_headers

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse", "ResponseRecorder", "note_response"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_RECORDER: contextvars.ContextVar[ResponseRecorder | None] = contextvars.ContextVar(
    "agentrun_facade_response_recorder", default=None
)


class RawResponse(Generic[T_co]):
    """The HTTP response behind a call, and the call's parsed result.

    For a method that sends several requests (a listing reads several pages,
    a retried call several attempts) this is the response received last;
    ``response_count`` says how many the call received.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers (case-insensitive), without any that
            could carry a credential or session state.
        request_id: the service's id of the response (``x-acs-request-id``).
        elapsed: from sending the request to reading the response (for a
            stream, to its headers).
        content: the body, or ``None`` when it was not read (a stream).
        response_count: how many HTTP responses the call received.
    """

    __slots__ = (
        "_failure",
        "_value",
        "content",
        "elapsed",
        "headers",
        "request_id",
        "response_count",
        "status_code",
    )

    def __init__(
        self,
        response: httpx.Response,
        elapsed: float,
        response_count: int,
        value: T_co | None,
        failure: MalformedResponseError | None = None,
    ) -> None:
        import httpx

        self.status_code: int = response.status_code
        self.headers: httpx.Headers = shareable_headers(response.headers)
        self.request_id = request_id_of(response)
        self.elapsed = datetime.timedelta(seconds=elapsed)
        try:
            self.content: bytes | None = response.content
        except httpx.ResponseNotRead:
            self.content = None
        self.response_count = response_count
        self._value = value
        self._failure = failure

    def parse(self) -> T_co:
        """What the plain method returned.

        Raises:
            MalformedResponseError: the body did not match the API
                specification (the status, headers and content are still
                readable on this object).
        """
        if self._failure is not None:
            raise self._failure
        return cast("T_co", self._value)  # set whenever there is no failure

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"elapsed={self.elapsed.total_seconds():.3f}s, responses={self.response_count})"
        )


class ResponseRecorder:
    """Notes the responses received while it is active (thread safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: tuple[httpx.Response, float] | None = None
        self.count = 0

    def note(self, response: httpx.Response, elapsed: float) -> None:
        with self._lock:
            self._last = (response, elapsed)
            self.count += 1

    def activate(self) -> Callable[[], None]:
        """Make this the recorder of the current context; returns the undo."""
        token = _RECORDER.set(self)
        return lambda: _RECORDER.reset(token)

    def result(self, value: T) -> RawResponse[T]:
        """The raw response of a call that returned ``value``."""
        response, elapsed = self._require()
        return RawResponse(response, elapsed, self.count, value)

    def deferred(self, failure: MalformedResponseError) -> RawResponse[T] | None:
        """A raw response whose ``parse()`` raises ``failure``, when a 2xx came back."""
        if self._last is None or not self._last[0].is_success:
            return None
        response, elapsed = self._last
        return RawResponse(response, elapsed, self.count, None, failure)

    def _require(self) -> tuple[httpx.Response, float]:
        if self._last is None:
            raise AgentRunError("the call received no HTTP response to describe")
        return self._last


def note_response(response: httpx.Response, elapsed: float) -> None:
    """Report a response to the active recorder, if a raw call is running."""
    recorder = _RECORDER.get()
    if recorder is not None:
        recorder.note(response, elapsed)
