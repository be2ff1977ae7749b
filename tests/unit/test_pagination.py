"""Pagination engine, driven against an in-memory offset-paging server that mutates."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable

import pytest

from agentrun_facade.errors import InvalidParameterError, MalformedResponseError
from agentrun_facade.pagination import (
    Deduper,
    Page,
    PageRequest,
    Paginator,
    check_pass,
    effective_page_size,
    exact_page,
    expected_count,
    plan_after_first,
    plan_pages,
)

Item = dict[str, str]


def key(item: Item) -> str | None:
    return item.get("id")


class FakeServer:
    """A plain list with offset paging, like ListAgentRuntimes.

    ``cap`` limits the page size the server applies; ``echo`` says what it
    reports as ``pageSize``: the size applied, the size requested, or nothing.
    """

    def __init__(
        self,
        count: int,
        *,
        cap: int | None = None,
        echo: str = "applied",
        report_total: bool = True,
        ignore_page_number: bool = False,
    ) -> None:
        self.items: list[Item] = [{"id": f"r{i:04d}"} for i in range(count)]
        self.cap = cap
        self.echo = echo
        self.report_total = report_total
        self.ignore_page_number = ignore_page_number
        self.reads: list[PageRequest] = []
        self._fresh = itertools.count()
        self.ever: set[str] = {item["id"] for item in self.items}
        self.deleted: set[str] = set()

    def read(self, request: PageRequest) -> Page[Item]:
        self.reads.append(request)
        size = min(request.page_size, self.cap) if self.cap else request.page_size
        number = 1 if self.ignore_page_number else request.page_number
        start = (number - 1) * size
        echoed = {"applied": size, "requested": request.page_size, "none": None}[self.echo]
        return Page(
            items=[dict(item) for item in self.items[start : start + size]],
            page_number=request.page_number,
            page_size=echoed,
            total=len(self.items) if self.report_total else None,
        )

    def insert(self, position: int) -> str:
        new_id = f"n{next(self._fresh):04d}"
        self.items.insert(max(0, min(position, len(self.items))), {"id": new_id})
        self.ever.add(new_id)
        return new_id

    def delete(self, position: int) -> str | None:
        if not self.items:
            return None
        item = self.items.pop(max(0, min(position, len(self.items) - 1)))
        self.deleted.add(item["id"])
        return item["id"]


Mutation = Callable[[FakeServer, int, Paginator[Item]], None]


def no_change(server: FakeServer, reads: int, paginator: Paginator[Item]) -> None:
    del server, reads, paginator


def run_listing(
    server: FakeServer,
    paginator: Paginator[Item],
    mutate: Mutation = no_change,
    *,
    shuffle: random.Random | None = None,
) -> list[Item]:
    """The loop an I/O layer runs; ``mutate`` is called before every read.

    With ``shuffle`` the pages of a plan are read in random order (as
    concurrent fetches may be), then handed back in plan order.
    """
    out: list[Item] = []
    request = paginator.first_request()
    mutate(server, len(server.reads), paginator)
    first = server.read(request)
    out += paginator.take_new(first.items)
    plan = paginator.feed_first(first)
    for _ in range(paginator.max_passes + 1):
        if not plan:
            break
        order = list(range(len(plan)))
        if shuffle is not None:
            shuffle.shuffle(order)
        got: dict[int, Page[Item]] = {}
        for index in order:
            mutate(server, len(server.reads), paginator)
            got[index] = server.read(plan[index])
        pages = [got[index] for index in range(len(plan))]
        for page in pages:
            out += paginator.take_new(page.items)
        plan = paginator.feed_pass(pages)
    assert not plan and paginator.done
    return out


def assert_exactly_once(server: FakeServer, initial: set[str], out: list[Item]) -> None:
    ids = [item["id"] for item in out]
    counts = Counter(ids)
    assert not [i for i, n in counts.items() if n > 1], "an item was returned twice"
    stable = initial - server.deleted
    missing = sorted(stable - set(ids))
    assert not missing, f"stable items missing: {missing}"
    assert set(ids) <= server.ever


def ids_of(server: FakeServer) -> set[str]:
    return {item["id"] for item in server.items}


# --------------------------------------------------------------------------
# Page-size cap and ending on total
# --------------------------------------------------------------------------


@pytest.mark.parametrize("echo", ["applied", "requested", "none"])
def test_cap_below_requested_size_does_not_truncate(echo: str) -> None:
    server = FakeServer(120, cap=20, echo=echo)
    paginator: Paginator[Item] = Paginator(page_size=100, key=key)
    out = run_listing(server, paginator)
    assert [item["id"] for item in out] == [f"r{i:04d}" for i in range(120)]
    assert paginator.page_size == 20
    assert [r.page_number for r in server.reads] == [1, 2, 3, 4, 5, 6]
    assert all(r.page_size == 20 for r in server.reads[1:])
    assert paginator.consistent and paginator.passes == 1 and paginator.pages_read == 6


def test_full_last_page_needs_no_extra_request() -> None:
    server = FakeServer(40)
    paginator: Paginator[Item] = Paginator(page_size=20, key=key)
    out = run_listing(server, paginator)
    assert len(out) == 40
    assert len(server.reads) == 2


@pytest.mark.parametrize("count", [0, 1, 7])
def test_single_page_listing(count: int) -> None:
    server = FakeServer(count)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key)
    out = run_listing(server, paginator)
    assert len(out) == count and len(server.reads) == 1 and paginator.consistent


def test_server_with_larger_minimum_page_size() -> None:
    server = FakeServer(30, echo="none")
    server_min = 10

    original = server.read

    def read(request: PageRequest) -> Page[Item]:
        return original(PageRequest(request.page_number, max(request.page_size, server_min)))

    server.read = read  # type: ignore[method-assign]
    paginator: Paginator[Item] = Paginator(page_size=4, key=key)
    out = run_listing(server, paginator)
    assert len(out) == 30 and paginator.page_size == 10 and len(server.reads) == 3


# --------------------------------------------------------------------------
# Items created and deleted between reads
# --------------------------------------------------------------------------


def after_read(n: int, action: Callable[[FakeServer], object]) -> Mutation:
    """Run ``action`` once, just before read number ``n`` (0-based)."""

    def mutate(server: FakeServer, reads: int, paginator: Paginator[Item]) -> None:
        del paginator
        if reads == n:
            action(server)

    return mutate


SCENARIOS: dict[str, Mutation] = {
    "insert at front": after_read(1, lambda s: s.insert(0)),
    "insert three at front": after_read(2, lambda s: [s.insert(0) for _ in range(3)]),
    "delete at front": after_read(1, lambda s: s.delete(0)),
    "delete five at front": after_read(2, lambda s: [s.delete(0) for _ in range(5)]),
    "delete in the middle": after_read(3, lambda s: s.delete(25)),
    "insert at the end": after_read(2, lambda s: s.insert(10_000)),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize(("count", "cap", "size"), [(35, None, 10), (120, 20, 100)])
def test_mutation_scenarios(name: str, count: int, cap: int | None, size: int) -> None:
    server = FakeServer(count, cap=cap, echo="requested")
    initial = ids_of(server)
    paginator: Paginator[Item] = Paginator(page_size=size, key=key)
    out = run_listing(server, paginator, SCENARIOS[name])
    assert_exactly_once(server, initial, out)
    assert paginator.consistent
    assert paginator.passes == 2  # the change was seen and one more pass read


@pytest.mark.parametrize("verify", [False, True])
def test_insert_and_delete_at_front_between_the_same_reads(verify: bool) -> None:
    # The counts do not change, and neither do the later pages: nothing is lost.
    server = FakeServer(35)
    initial = ids_of(server)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key, verify=verify)
    out = run_listing(server, paginator, after_read(1, lambda s: (s.insert(0), s.delete(5))))
    assert_exactly_once(server, initial, out)
    assert paginator.consistent


def test_both_insert_and_delete_in_separate_gaps() -> None:
    def mutate(server: FakeServer, reads: int, paginator: Paginator[Item]) -> None:
        if reads == 1:
            server.insert(0)
        elif reads == 2:
            server.delete(0)

    server = FakeServer(50)
    initial = ids_of(server)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key)
    out = run_listing(server, paginator, mutate)
    assert_exactly_once(server, initial, out)
    assert paginator.consistent


def test_compensating_change_is_caught_with_verify() -> None:
    # Deleting one item at the front and creating one at the end between the
    # same two reads leaves every count unchanged; comparing passes catches it.
    mutate = after_read(1, lambda s: (s.delete(0), s.insert(10_000)))
    server = FakeServer(6)
    initial = ids_of(server)
    paginator: Paginator[Item] = Paginator(page_size=2, key=key, verify=True)
    out = run_listing(server, paginator, mutate)
    assert_exactly_once(server, initial, out)
    assert "r0002" in {item["id"] for item in out}  # the item shifted onto page 1
    assert paginator.consistent and paginator.passes == 3


def test_verify_costs_one_extra_pass_when_nothing_changes() -> None:
    server = FakeServer(25)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key, verify=True)
    out = run_listing(server, paginator)
    assert len(out) == 25 and paginator.passes == 2 and len(server.reads) == 6


def test_continuous_churn_is_bounded_and_never_duplicates() -> None:
    def mutate(server: FakeServer, reads: int, paginator: Paginator[Item]) -> None:
        server.insert(0)

    server = FakeServer(30)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key, max_passes=3)
    out = run_listing(server, paginator, mutate)
    ids = [item["id"] for item in out]
    assert len(ids) == len(set(ids))
    assert paginator.passes == 3 and not paginator.consistent
    assert paginator.reason is not None and "total" in paginator.reason
    assert {f"r{i:04d}" for i in range(30)} <= set(ids)  # inserts only push items later


def test_randomized_scenarios_with_fixed_seed() -> None:
    """Many random listings; changes happen only while the first pass is read."""
    rng = random.Random(20250910)
    checked = 0
    for _ in range(400):
        count = rng.randint(0, 130)
        size = rng.choice([1, 3, 7, 10, 25, 50, 100])
        cap = rng.choice([None, None, 5, 20])
        echo = rng.choice(["applied", "requested", "none"])
        verify = rng.random() < 0.4
        server = FakeServer(count, cap=cap, echo=echo)
        initial = ids_of(server)
        paginator: Paginator[Item] = Paginator(page_size=size, key=key, verify=verify)

        def mutate(
            server: FakeServer, reads: int, paginator: Paginator[Item], verify: bool = verify
        ) -> None:
            if paginator.passes > 1 or rng.random() < 0.5:
                return
            # Without verify, one create or delete per gap (visible in totals);
            # with verify, several, which may cancel out in the counts.
            for _ in range(rng.randint(1, 3) if verify else 1):
                where = rng.randint(0, len(server.items))
                if rng.random() < 0.5:
                    server.insert(where)
                else:
                    server.delete(where)

        out = run_listing(server, paginator, mutate, shuffle=rng)
        assert_exactly_once(server, initial, out)
        assert paginator.consistent, paginator.reason
        checked += 1
    assert checked == 400


# --------------------------------------------------------------------------
# Without a total
# --------------------------------------------------------------------------


def test_missing_total_reads_until_an_empty_page() -> None:
    server = FakeServer(45, cap=20, echo="none", report_total=False)
    paginator: Paginator[Item] = Paginator(page_size=100, key=key)
    out = run_listing(server, paginator)
    assert len(out) == 45
    assert [r.page_number for r in server.reads] == [1, 2, 3, 4]


def test_missing_total_stops_when_server_ignores_page_number() -> None:
    server = FakeServer(45, cap=20, echo="none", report_total=False, ignore_page_number=True)
    paginator: Paginator[Item] = Paginator(page_size=20, key=key)
    out = run_listing(server, paginator)
    assert len(out) == 20 and len(server.reads) == 2


# --------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------


def test_plan_after_first() -> None:
    first = Page(items=list(range(20)), page_number=1, page_size=100, total=120)
    assert plan_after_first(first, 100) == [PageRequest(n, 20) for n in range(2, 7)]
    echoed = Page(items=list(range(20)), page_number=1, page_size=20, total=120)
    assert plan_after_first(echoed, 100) == [PageRequest(n, 20) for n in range(2, 7)]
    complete = Page(items=list(range(5)), page_number=1, page_size=100, total=5)
    assert plan_after_first(complete, 100) == []
    no_total = Page(items=[1], page_number=1)
    assert plan_after_first(no_total, 100) == [PageRequest(2, 100)]
    assert plan_after_first(Page(items=[], page_number=1), 100) == []


def test_effective_page_size() -> None:
    assert effective_page_size(Page(items=[1] * 10, page_number=1, total=50), 10) == 10
    assert effective_page_size(Page(items=[1] * 8, page_number=1, total=50), 10) == 8
    assert effective_page_size(Page(items=[1] * 3, page_number=1, total=3), 10) == 10
    assert effective_page_size(Page(items=[1] * 3, page_number=1, page_size=5, total=9), 10) == 5
    assert effective_page_size(Page(items=[], page_number=1, page_size=0, total=9), 10) == 10


def test_expected_count_and_plan_pages() -> None:
    assert [expected_count(n, 20, 45) for n in (1, 2, 3, 4)] == [20, 20, 5, 0]
    assert plan_pages(0, 10) == []
    assert plan_pages(21, 10, start=2) == [PageRequest(2, 10), PageRequest(3, 10)]
    with pytest.raises(MalformedResponseError, match="total"):
        plan_pages(10**9, 10)


def test_check_pass() -> None:
    def pages(counts: list[int], totals: list[int | None]) -> list[Page[int]]:
        return [
            Page(items=list(range(c)), page_number=n, total=t)
            for n, (c, t) in enumerate(zip(counts, totals, strict=True), start=1)
        ]

    ok = check_pass(pages([10, 10, 5], [25, 25, 25]), 10)
    assert ok.consistent and ok.reason is None and ok.next_plan == []
    changed = check_pass(pages([10, 10, 5], [25, 26, 26]), 10)
    assert not changed.consistent and "total" in (changed.reason or "")
    assert [r.page_number for r in changed.next_plan] == [1, 2, 3]
    short = check_pass(pages([10, 9, 5], [25, 25, 25]), 10)
    assert not short.consistent and "page 2" in (short.reason or "")
    missing = check_pass(pages([10, 10], [25, 25]), 10)
    assert not missing.consistent and "page 3" in (missing.reason or "")
    expected = check_pass(pages([10, 10, 5], [25, 25, 25]), 10, expected_total=30)
    assert not expected.consistent and len(expected.next_plan) == 3


def test_deduper_keeps_first_and_never_drops_keyless_items() -> None:
    dedupe: Deduper[Item] = Deduper(key)
    batch = [{"id": "a", "v": "1"}, {"id": "b"}, {"id": "a", "v": "2"}, {}, {"id": ""}, {}]
    assert dedupe.new(batch) == [{"id": "a", "v": "1"}, {"id": "b"}, {}, {"id": ""}, {}]
    assert dedupe.new([{"id": "b"}, {"id": "c"}, {}]) == [{"id": "c"}, {}]
    assert len(dedupe) == 3


def test_exact_page_and_dedupe_page() -> None:
    assert exact_page(3, 50) == PageRequest(3, 50)
    for bad in ((0, 10), (1, 0), (True, 10)):
        with pytest.raises(InvalidParameterError):
            exact_page(*bad)
    paginator: Paginator[Item] = Paginator(page_size=2, key=key)
    paginator.take_new([{"id": "a"}])
    page = Page(items=[{"id": "a"}, {"id": "b"}], page_number=2, page_size=2, total=4)
    assert paginator.dedupe_page(page).items == [{"id": "b"}]


def test_misuse_is_reported() -> None:
    with pytest.raises(InvalidParameterError, match="page_size"):
        Paginator(page_size=0, key=key)
    with pytest.raises(InvalidParameterError, match="max_passes"):
        Paginator(page_size=1, key=key, max_passes=0)
    paginator: Paginator[Item] = Paginator(page_size=10, key=key)
    with pytest.raises(InvalidParameterError):
        paginator.feed_pass([])
    paginator.first_request()
    with pytest.raises(InvalidParameterError):
        paginator.first_request()
    plan = paginator.feed_first(Page(items=[{"id": "x"}] * 10, page_number=1, total=30))
    assert [r.page_number for r in plan] == [2, 3]
    with pytest.raises(InvalidParameterError, match="in order"):
        paginator.feed_pass([Page(items=[], page_number=3), Page(items=[], page_number=2)])


def test_negative_total_is_malformed() -> None:
    paginator: Paginator[Item] = Paginator(page_size=10, key=key)
    paginator.first_request()
    with pytest.raises(MalformedResponseError):
        paginator.feed_first(Page(items=[], page_number=1, total=-1))
