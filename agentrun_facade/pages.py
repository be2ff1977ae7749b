"""Pages of a listing and the continuation tokens that resume one.

A :class:`Page` is what ``pager.by_page()`` yields. Its ``continuation_token``
is an opaque, URL-safe string: the version, the listing (operation, the
resource it lists under, the filters) and the position (the next page number
and the page size the server applied), as compact JSON in unpadded base64url,
followed by a short checksum that catches a garbled copy. The SDK reads a
token back only for the listing that issued it.

Positions are offsets: a token says "continue at page N of size S". Items
created or deleted before that offset between two runs shift the pages, so
a resumed run can miss or repeat items near the boundary; within one run
items are still returned once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from .errors import InvalidParameterError

__all__ = [
    "ListingPosition",
    "ListingStart",
    "Page",
    "decode_token",
    "encode_token",
    "listing_start",
]

T = TypeVar("T")

#: Version of the token layout; a token of another version is refused.
TOKEN_VERSION = 1
_DIGEST_BYTES = 6
#: Query fields that are the position, not a filter.
_PAGING_FIELDS = frozenset({"page_number", "page_size"})


@attrs.frozen
class Page(Generic[T]):
    """One page read by a listing.

    Attributes:
        items: the page's items not returned earlier in this run, in page order.
        page_number: the page requested (from 1).
        page_size: the page size the listing uses (the server's, when it
            applied a different one).
        total: the number of matching items the server reported with this
            page (``None`` when it reported none).
        continuation_token: resumes the listing after this page when passed
            as ``continuation_token=`` to the same ``iter_*`` call; ``None``
            on the last page.
    """

    items: list[T]
    page_number: int
    page_size: int
    total: int | None
    continuation_token: str | None


@attrs.frozen
class ListingPosition:
    """What a continuation token holds.

    ``operation`` and ``scope`` (the runtime id a listing is under, ``""`` for
    runtimes) name the listing, ``filters`` its query without the paging
    fields, ``page_number`` the next page to read and ``page_size`` the page
    size in effect.
    """

    operation: str
    scope: str
    filters: Mapping[str, str | int]
    page_number: int
    page_size: int

    def after(self, page_number: int, page_size: int) -> ListingPosition:
        """The position that continues after ``page_number``."""
        return attrs.evolve(self, page_number=page_number + 1, page_size=page_size)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST_BYTES).digest()


def encode_token(position: ListingPosition) -> str:
    """The opaque token for ``position``."""
    document = {
        "v": TOKEN_VERSION,
        "op": position.operation,
        "in": position.scope,
        "q": dict(sorted(position.filters.items())),
        "p": position.page_number,
        "s": position.page_size,
    }
    payload = json.dumps(document, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return f"{_b64(payload)}.{_b64(_digest(payload))}"


def _garbled(why: str) -> InvalidParameterError:
    return InvalidParameterError(
        f"continuation_token is not a token issued by this SDK ({why}); pass the "
        "continuation_token of a page exactly as it was given"
    )


def _positive(document: Mapping[str, Any], key: str) -> int:
    value = document.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _garbled(f"field {key!r} is not a positive integer")
    return value


def _read(token: object) -> ListingPosition:
    if not isinstance(token, str) or not token:
        raise InvalidParameterError(
            f"continuation_token must be a non-empty string, got {type(token).__name__}"
        )
    body, dot, check = token.partition(".")
    if not dot or not body or not check:
        raise _garbled("it has not the form <payload>.<checksum>")
    try:
        payload = _unb64(body)
        digest = _unb64(check)
    except (binascii.Error, ValueError):
        raise _garbled("it is not base64url") from None
    if digest != _digest(payload):
        raise _garbled("its checksum does not match: it was changed or cut")
    try:
        document = json.loads(payload)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _garbled("its payload is not JSON") from None
    if not isinstance(document, dict):
        raise _garbled("its payload is not an object")
    version = document.get("v")
    if version != TOKEN_VERSION:
        raise InvalidParameterError(
            f"continuation_token has version {version!r}; this SDK reads version "
            f"{TOKEN_VERSION} tokens only"
        )
    operation, scope, filters = document.get("op"), document.get("in"), document.get("q")
    if not isinstance(operation, str) or not isinstance(scope, str):
        raise _garbled("it names no listing")
    if not isinstance(filters, dict) or not all(
        isinstance(value, (str, int)) and not isinstance(value, bool) for value in filters.values()
    ):
        raise _garbled("its filters are not a flat object")
    return ListingPosition(
        operation, scope, filters, _positive(document, "p"), _positive(document, "s")
    )


def _listing_text(operation: str, scope: str) -> str:
    return f"{operation} of {scope}" if scope else operation


def decode_token(token: object, expected: ListingPosition) -> ListingPosition:
    """The position ``token`` holds, checked against the listing about to run.

    ``expected`` is the listing's own position (any page numbers): a token of
    another operation, resource or filter set is refused.

    Raises:
        InvalidParameterError: the token is garbled, of another version, or
            issued by another listing (the message says which).
    """
    position = _read(token)
    mine = _listing_text(expected.operation, expected.scope)
    theirs = _listing_text(position.operation, position.scope)
    if mine != theirs:
        raise InvalidParameterError(
            f"continuation_token was issued by {theirs}, not by this listing ({mine})"
        )
    wanted = dict(expected.filters)
    if dict(position.filters) != wanted:
        raise InvalidParameterError(
            f"continuation_token was issued with other filters ({_filters_text(position.filters)})"
            f" than this listing ({_filters_text(wanted)}); pass the same input as the run "
            "that issued it"
        )
    return position


def _filters_text(filters: Mapping[str, str | int]) -> str:
    if not filters:
        return "none"
    return ", ".join(f"{key}={value!r}" for key, value in sorted(filters.items()))


@attrs.frozen
class ListingStart:
    """Where a listing starts: ``position`` (first page to read and page size),
    and whether only that one page is wanted (``exact``)."""

    position: ListingPosition
    exact: bool


def listing_start(
    *,
    operation: str,
    scope: str | None,
    query: Mapping[str, Any],
    default_page_size: int,
    continuation_token: str | None,
) -> ListingStart:
    """Where the listing ``operation`` under ``scope`` with ``query`` starts.

    Without a token: at ``query["page_number"]`` (then only that page) or page
    1, with ``query["page_size"]`` or ``default_page_size``. With a token: at
    the token's page and size (the filters must be the same; a page number in
    the query is refused, a page size is ignored: the token keeps the size
    the server applied).

    Raises:
        InvalidParameterError: the token is garbled or of another listing, or
            a page number is given with a token.
    """
    filters = {key: value for key, value in query.items() if key not in _PAGING_FIELDS}
    size = query.get("page_size") or default_page_size
    page_number = query.get("page_number")
    mine = ListingPosition(operation, scope or "", filters, page_number or 1, size)
    if continuation_token is None:
        return ListingStart(mine, exact=page_number is not None)
    if page_number is not None:
        raise InvalidParameterError(
            "pass either input.page_number (one exact page) or continuation_token "
            "(resume a listing), not both"
        )
    return ListingStart(decode_token(continuation_token, mine), exact=False)
