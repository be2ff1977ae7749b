"""Waiter state machine: outcomes per status, deadline, backoff and progress tracking."""

from __future__ import annotations

import pytest

from agentrun_facade.errors import (
    DeleteResourceError,
    InvalidParameterError,
    ResourceFailedError,
    WaiterError,
    WaiterTimeoutError,
)
from agentrun_facade.waiters import DELETE_SPEC, READY_SPEC, Waiter, WaiterSpec, WaitOutcome


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def ready_waiter(clock: FakeClock, *, timeout: float = 60.0, interval: float = 5.0) -> Waiter:
    return Waiter(READY_SPEC, interval_seconds=interval, timeout_seconds=timeout, clock=clock)


def test_ready_on_ready_and_keep_waiting_on_transitional() -> None:
    waiter = ready_waiter(FakeClock())
    for status in ("CREATING", "UPDATING", "DELETING"):
        assert waiter.observe(status) is WaitOutcome.CONTINUE
    assert waiter.observe("READY") is WaitOutcome.DONE


def test_missing_status_is_final_for_ready_waits() -> None:
    assert ready_waiter(FakeClock()).observe(None) is WaitOutcome.DONE


@pytest.mark.parametrize("status", ["CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED"])
def test_failure_status_raises_with_reason_and_resource(status: str) -> None:
    resource = {"agentRuntimeId": "ar-1", "status": status}
    waiter = ready_waiter(FakeClock())
    with pytest.raises(ResourceFailedError) as info:
        waiter.observe(status, "image pull failed", resource=resource)
    err = info.value
    assert err.status == status and err.status_reason == "image pull failed"
    assert err.resource is resource
    assert status in str(err) and "image pull failed" in str(err)


def test_unknown_status_is_transitional_for_ready_waits() -> None:
    waiter = ready_waiter(FakeClock())
    assert waiter.observe("FAILED_OVER_TO_SOMEWHERE") is WaitOutcome.CONTINUE


def test_gone_during_ready_wait_fails() -> None:
    with pytest.raises(ResourceFailedError, match="no longer exists"):
        ready_waiter(FakeClock()).observe("CREATING", gone=True)


def test_delete_spec() -> None:
    clock = FakeClock()
    waiter = Waiter(DELETE_SPEC, interval_seconds=1, timeout_seconds=10, clock=clock)
    assert waiter.observe("DELETING") is WaitOutcome.CONTINUE
    assert waiter.observe(None, gone=True) is WaitOutcome.DONE
    for status in ("READY", "DELETE_FAILED", "SOMETHING_NEW", None):
        fresh = Waiter(DELETE_SPEC, interval_seconds=1, timeout_seconds=10, clock=clock)
        with pytest.raises(DeleteResourceError) as info:
            fresh.observe(status, "still attached", resource="res")
        assert info.value.status == status and info.value.resource == "res"
        assert str(status) in str(info.value)


def test_timeout_names_last_status_and_keeps_resource() -> None:
    clock = FakeClock()
    waiter = ready_waiter(clock, timeout=30)
    assert waiter.observe("CREATING") is WaitOutcome.CONTINUE
    clock.now += 30
    with pytest.raises(WaiterTimeoutError) as info:
        waiter.observe("CREATING", "pulling image", resource="res")
    err = info.value
    assert isinstance(err, TimeoutError) and isinstance(err, WaiterError)
    assert err.status == "CREATING" and err.resource == "res"
    assert "CREATING" in str(err) and "30" in str(err)


def test_final_status_wins_after_deadline() -> None:
    clock = FakeClock()
    waiter = ready_waiter(clock, timeout=5)
    clock.now += 100
    assert waiter.observe("READY") is WaitOutcome.DONE


def test_backoff_grows_caps_and_stops_at_deadline() -> None:
    clock = FakeClock()
    waiter = Waiter(
        READY_SPEC,
        interval_seconds=3.0,
        timeout_seconds=8.0,
        clock=clock,
        initial_delay=0.5,
        multiplier=2.0,
    )
    delays = []
    for _ in range(7):
        delay = waiter.next_delay()
        delays.append(delay)
        clock.now += delay
    assert delays[:4] == [0.5, 1.0, 2.0, 3.0]
    assert sum(delays) == pytest.approx(8.0)  # the remainder is clipped to the deadline
    assert delays[4] == pytest.approx(8.0 - 6.5)
    assert delays[5:] == [0.0, 0.0]


def test_initial_delay_above_interval_is_capped() -> None:
    waiter = Waiter(READY_SPEC, interval_seconds=1, timeout_seconds=100, initial_delay=5)
    assert waiter.next_delay() == 1.0


def test_status_changes_are_tracked() -> None:
    waiter = ready_waiter(FakeClock())
    seen = []
    for status in ("CREATING", "CREATING", "UPDATING", "UPDATING", "READY"):
        waiter.observe(status)
        seen.append(waiter.status_changed)
    assert seen == [True, False, True, False, True]
    assert waiter.changes == ["CREATING", "UPDATING", "READY"]
    assert waiter.last_status == "READY" and waiter.observations == 5


def test_simulated_poll_loop_is_bounded() -> None:
    clock = FakeClock()
    waiter = ready_waiter(clock, timeout=20, interval=5)
    statuses = iter(["CREATING"] * 100)
    polls = 0
    with pytest.raises(WaiterTimeoutError):
        while True:
            polls += 1
            waiter.observe(next(statuses))
            clock.now += waiter.next_delay()
    # 0.5 + 1 + 2 + 4 + 5 + 5 = 17.5, then 2.5 to reach the deadline: 8 polls.
    assert polls == 8
    assert clock.now == pytest.approx(1020.0)


def test_custom_spec_with_unlisted_error() -> None:
    spec = WaiterSpec(
        success=frozenset({"ACTIVE"}),
        failure=frozenset({"BROKEN"}),
        retry=frozenset({"PENDING"}),
        unlisted_error=ResourceFailedError,
    )
    waiter = Waiter(spec, interval_seconds=1, timeout_seconds=5)
    assert waiter.observe("PENDING") is WaitOutcome.CONTINUE
    with pytest.raises(ResourceFailedError):
        waiter.observe("WHATEVER")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"interval_seconds": 0, "timeout_seconds": 1}, "interval_seconds"),
        ({"interval_seconds": 1, "timeout_seconds": -1}, "timeout_seconds"),
        ({"interval_seconds": 1, "timeout_seconds": float("inf")}, "timeout_seconds"),
        ({"interval_seconds": 1, "timeout_seconds": 1, "initial_delay": 0}, "initial_delay"),
        ({"interval_seconds": 1, "timeout_seconds": 1, "multiplier": 0.5}, "multiplier"),
        ({"interval_seconds": "5", "timeout_seconds": 1}, "interval_seconds"),
    ],
)
def test_validation(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidParameterError, match=field):
        Waiter(READY_SPEC, **kwargs)  # type: ignore[arg-type]


def test_errors_name_the_resource_and_its_status() -> None:
    clock = FakeClock()

    def waiter(spec: WaiterSpec = READY_SPEC) -> Waiter:
        return Waiter(
            spec, interval_seconds=5, timeout_seconds=30, clock=clock, label="AgentRuntime(ar-123)"
        )

    with pytest.raises(ResourceFailedError) as failed:
        waiter().observe("CREATE_FAILED", "image pull failed")
    assert (
        str(failed.value) == "AgentRuntime(ar-123) reached status CREATE_FAILED: image pull failed"
    )
    with pytest.raises(ResourceFailedError) as bare:
        waiter().observe("UPDATE_FAILED")
    assert str(bare.value) == "AgentRuntime(ar-123) reached status UPDATE_FAILED"
    with pytest.raises(ResourceFailedError) as gone:
        waiter().observe(None, gone=True)
    assert "AgentRuntime(ar-123)" in str(gone.value)
    with pytest.raises(DeleteResourceError) as unexpected:
        waiter(DELETE_SPEC).observe("READY", "back online")
    assert str(unexpected.value).startswith("AgentRuntime(ar-123) ")
    assert "READY" in str(unexpected.value) and "back online" in str(unexpected.value)
    late = waiter()
    clock.now += 31
    with pytest.raises(WaiterTimeoutError) as timed_out:
        late.observe("CREATING", "pulling image")
    text = str(timed_out.value)
    assert text.startswith("AgentRuntime(ar-123) ")
    assert "last status CREATING" in text and "30s" in text and "pulling image" in text


def test_label_defaults_to_a_generic_name_and_is_validated() -> None:
    with pytest.raises(ResourceFailedError, match=r"^resource reached status CREATE_FAILED$"):
        ready_waiter(FakeClock()).observe("CREATE_FAILED")
    with pytest.raises(InvalidParameterError, match="label"):
        Waiter(READY_SPEC, interval_seconds=1, timeout_seconds=1, label="")
