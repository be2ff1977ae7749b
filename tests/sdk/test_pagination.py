"""The sans-I/O pagination engine: plans, consistency checks, re-reads and verification."""

from __future__ import annotations

import pytest

from agentrun_facade.errors import InvalidParameterError, MalformedResponseError
from agentrun_facade.pagination import (
    PageRequest,
    PageSummary,
    Paginator,
    exact_page,
    expected_count,
    plan_pages,
)


def page(
    number: int,
    count: int,
    total: int | None,
    *,
    size: int | None = None,
    keys: tuple[str | None, ...] = (),
    fresh: bool = True,
) -> PageSummary:
    return PageSummary(
        page_number=number,
        count=count,
        total=total,
        page_size=size,
        keys=keys,
        fresh=fresh,
        request_id=f"req-{number}",
    )


def ids(start: int, count: int) -> tuple[str, ...]:
    return tuple(f"id-{i}" for i in range(start, start + count))


def numbers(plan: list[PageRequest]) -> list[int]:
    return [request.page_number for request in plan]


def full_pass(total: int, size: int, offset: int = 0) -> list[PageSummary]:
    """Every page of a stable listing of ``total`` items (keys id-offset ...)."""
    return [
        page(
            n,
            expected_count(n, size, total),
            total,
            keys=ids(offset + (n - 1) * size, expected_count(n, size, total)),
        )
        for n in range(1, -(-total // size) + 1)
    ]


def test_plan_and_counts() -> None:
    assert numbers(plan_pages(25, 10)) == [1, 2, 3]
    assert numbers(plan_pages(25, 10, start=2)) == [2, 3]
    assert plan_pages(0, 10) == []
    assert [expected_count(n, 10, 25) for n in (1, 2, 3, 4)] == [10, 10, 5, 0]
    with pytest.raises(MalformedResponseError):
        plan_pages(10**9, 10, max_pages=100)
    assert exact_page(3, 5) == PageRequest(3, 5)
    with pytest.raises(InvalidParameterError):
        exact_page(0, 5)


def test_a_single_page_listing_is_done_after_page_one() -> None:
    paginator = Paginator(page_size=10)
    assert paginator.first_request() == PageRequest(1, 10)
    assert paginator.feed_first(page(1, 4, 4)) == []
    assert paginator.done and paginator.consistent and paginator.passes == 1


def test_default_listing_is_one_pass_when_counts_agree() -> None:
    paginator = Paginator(page_size=10)
    paginator.first_request()
    pages = full_pass(25, 10)
    assert numbers(paginator.feed_first(pages[0])) == [2, 3]
    assert paginator.feed_pass(pages[2:0:-1]) == []  # any order
    assert paginator.consistent and paginator.passes == 1 and paginator.pages_read == 3


@pytest.mark.parametrize("echoed", [True, False])
def test_the_page_size_the_server_applied_is_used(echoed: bool) -> None:
    paginator = Paginator(page_size=100)
    paginator.first_request()
    plan = paginator.feed_first(page(1, 20, 120, size=20 if echoed else None))
    assert plan == [PageRequest(n, 20) for n in range(2, 7)]


def test_a_change_is_re_read_from_one_window_before_it_then_accepted() -> None:
    paginator = Paginator(page_size=10, window=2)
    paginator.first_request()
    plan = paginator.feed_first(page(1, 10, 100))
    assert numbers(plan) == list(range(2, 11))
    # Page 7 onwards saw one item fewer: something was deleted meanwhile.
    seen = [page(n, 10, 100) for n in range(2, 7)] + [
        page(n, 10 if n < 10 else 9, 99) for n in range(7, 11)
    ]
    again = paginator.feed_pass(seen)
    assert numbers(again) == list(range(4, 11))  # 7 - window - 1
    assert not paginator.done and paginator.passes == 2
    settled = [page(n, expected_count(n, 10, 99), 99) for n in range(4, 11)]
    assert paginator.feed_pass(settled) == []
    assert paginator.consistent and paginator.passes == 2


def test_a_resumed_listing_starts_at_its_page_and_never_goes_before_it() -> None:
    paginator = Paginator(page_size=10, window=2, first_page=4)
    assert paginator.first_request() == PageRequest(4, 10)
    plan = paginator.feed_first(page(4, 10, 100))
    assert plan == [PageRequest(n, 10) for n in range(5, 11)]
    seen = [page(5, 10, 100)] + [page(n, 10 if n < 10 else 9, 99) for n in range(6, 11)]
    again = paginator.feed_pass(seen)
    assert numbers(again) == list(range(4, 11))  # 6 - window - 1 = 3, clamped to 4
    assert paginator.feed_pass([page(n, expected_count(n, 10, 99), 99) for n in range(4, 11)]) == []
    assert paginator.consistent


def test_a_resumed_listing_past_the_end_is_done_after_one_empty_page() -> None:
    for strict in (False, True):
        paginator = Paginator(page_size=10, first_page=6, strict=strict)
        paginator.first_request()
        plan = paginator.feed_first(page(6, 0, 42))
        if strict:  # verified by reading the same empty page again
            assert plan == [PageRequest(6, 10)]
            plan = paginator.feed_pass([page(6, 0, 42)])
        assert plan == [] and paginator.consistent


def test_a_resumed_partial_page_keeps_the_page_size() -> None:
    # A partial first page (5 of 25) is not taken for the size the server applied.
    paginator = Paginator(page_size=10, first_page=3)
    paginator.first_request()
    assert paginator.feed_first(page(3, 5, 25)) == []
    assert paginator.page_size == 10 and paginator.consistent


def test_a_listing_that_keeps_changing_stops_after_max_passes() -> None:
    paginator = Paginator(page_size=10, max_passes=3)
    paginator.first_request()
    plan = paginator.feed_first(page(1, 10, 30))
    total = 30
    while plan:
        total += 1
        plan = paginator.feed_pass([page(r.page_number, 10, total) for r in plan])
    assert paginator.done and not paginator.consistent
    assert paginator.passes == 3 and paginator.reason is not None


def test_missing_pages_after_growth_are_read() -> None:
    paginator = Paginator(page_size=10, window=1)
    paginator.first_request()
    assert numbers(paginator.feed_first(page(1, 10, 20))) == [2]
    # Page 2 says there are now 35 items: pages 3 and 4 were never planned.
    plan = paginator.feed_pass([page(2, 10, 35)])
    assert numbers(plan)[-1] == 4 and not paginator.done


def test_strict_listing_verifies_with_a_pass_of_keys() -> None:
    paginator = Paginator(page_size=10, strict=True)
    assert paginator.records_keys
    paginator.first_request()
    pages = full_pass(25, 10)
    paginator.feed_first(pages[0])
    verification = paginator.feed_pass(pages[1:])
    assert numbers(verification) == [1, 2, 3] and paginator.verifying
    assert paginator.feed_pass(full_pass(25, 10)) == []
    assert paginator.consistent and paginator.passes == 2


def test_strict_listing_catches_a_balanced_change() -> None:
    paginator = Paginator(page_size=10, strict=True)
    paginator.first_request()
    first = full_pass(20, 10)
    paginator.feed_first(first[0])
    # A delete and a create between the reads: counts agree, keys do not.
    shifted = page(2, 10, 20, keys=(*ids(11, 9), "id-new"))
    verification = paginator.feed_pass([shifted])
    assert numbers(verification) == [1, 2]
    now = [page(1, 10, 20, keys=ids(1, 10)), page(2, 10, 20, keys=(*ids(11, 9), "id-new"))]
    assert numbers(paginator.feed_pass(now)) == [1, 2]  # disagreed with the first pass
    assert paginator.feed_pass(now) == []  # agreed
    assert paginator.consistent and paginator.passes == 3


def test_strict_listing_that_never_agrees_is_not_consistent() -> None:
    paginator = Paginator(page_size=10, strict=True, max_passes=3)
    paginator.first_request()
    plan = paginator.feed_first(page(1, 5, 5, keys=ids(0, 5)))
    offset = 0
    while plan:
        offset += 1
        plan = paginator.feed_pass([page(1, 5, 5, keys=ids(offset, 5))])
    assert not paginator.consistent and paginator.passes == 3


def test_an_empty_strict_listing_is_verified_with_page_one() -> None:
    paginator = Paginator(page_size=10, strict=True)
    paginator.first_request()
    assert paginator.feed_first(page(1, 0, 0)) == [PageRequest(1, 10)]
    assert paginator.feed_pass([page(1, 0, 0)]) == []
    assert paginator.consistent


def test_without_total_pages_are_read_until_an_empty_one() -> None:
    paginator = Paginator(page_size=10)
    paginator.first_request()
    assert paginator.feed_first(page(1, 10, None)) == [PageRequest(2, 10)]
    assert paginator.feed_pass([page(2, 10, None)]) == [PageRequest(3, 10)]
    assert paginator.feed_pass([page(3, 0, None)]) == []
    assert paginator.consistent


def test_without_total_a_page_with_nothing_new_ends_the_listing() -> None:
    paginator = Paginator(page_size=10)
    paginator.first_request()
    paginator.feed_first(page(1, 10, None))
    assert paginator.feed_pass([page(2, 10, None, fresh=False)]) == []
    assert paginator.reason == "a page brought nothing new"


def test_a_bad_total_is_malformed_and_names_the_request() -> None:
    paginator = Paginator(page_size=10)
    paginator.first_request()
    with pytest.raises(MalformedResponseError) as caught:
        paginator.feed_first(page(1, 10, -1))
    assert caught.value.request_id == "req-1"


def test_too_many_pages_is_malformed() -> None:
    paginator = Paginator(page_size=10, max_pages=5)
    paginator.first_request()
    with pytest.raises(MalformedResponseError) as caught:
        paginator.feed_first(page(1, 10, 1000))
    assert caught.value.request_id == "req-1"


def test_steps_are_checked() -> None:
    paginator = Paginator(page_size=10)
    with pytest.raises(InvalidParameterError):
        paginator.feed_first(page(1, 0, 0))
    paginator.first_request()
    with pytest.raises(InvalidParameterError):
        paginator.first_request()
    plan = paginator.feed_first(page(1, 10, 20))
    with pytest.raises(InvalidParameterError):
        paginator.feed_pass([page(3, 0, 20)])
    assert numbers(plan) == [2]
    with pytest.raises(InvalidParameterError):
        Paginator(page_size=0)
