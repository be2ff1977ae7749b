"""Test hooks that run inside the emulator right before a request is handled.

A hook is ``callback(operation, query, path_params) -> None``. It runs after the
request passed routing, injected faults, the signature check and validation,
and before the handler reads or changes any state, so a test can change the
store (``local.state``) at an exact point of a conversation, e.g. between two
page reads. Hooks run on a worker thread, in registration order, and the
request waits for them; an exception in a hook turns the request into a 500.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType

import attrs

from agentrun_facade.errors import InvalidParameterError

#: ``callback(operation, query, path_params)``; ``operation`` is the spec's
#: operationId or ``"ChatCompletions"`` for the data plane.
RequestHook = Callable[[str, Mapping[str, str], Mapping[str, str]], None]


class HookFailedError(Exception):
    """A request hook raised; the emulator answers 500."""

    def __init__(self, hook: RequestHook, operation: str) -> None:
        super().__init__(f"before_request hook {hook!r} failed on {operation}")
        self.hook = hook
        self.operation = operation


@attrs.define(eq=False)
class HookHandle:
    """Returned by registration; :meth:`remove` unregisters the hook."""

    hooks: RequestHooks
    callback: RequestHook

    def remove(self) -> None:
        """Unregister the hook; does nothing when it is already gone."""
        self.hooks.remove(self)


class RequestHooks:
    """The registered hooks of one emulator; safe to change from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handles: list[HookHandle] = []

    def add(self, callback: RequestHook) -> HookHandle:
        """Register ``callback`` to run before every request from now on."""
        if not callable(callback):
            raise InvalidParameterError("a request hook must be callable")
        handle = HookHandle(self, callback)
        with self._lock:
            self._handles.append(handle)
        return handle

    def remove(self, handle: HookHandle) -> None:
        """Unregister the hook of ``handle`` (no-op when unknown)."""
        with self._lock:
            self._handles = [h for h in self._handles if h is not handle]

    def clear(self) -> None:
        """Unregister every hook."""
        with self._lock:
            self._handles = []

    def __bool__(self) -> bool:
        return bool(self._handles)

    def __len__(self) -> int:
        return len(self._handles)

    def run(self, operation: str, query: Mapping[str, str], path_params: Mapping[str, str]) -> None:
        """Call every hook with read-only views; raise :class:`HookFailedError` on a failure."""
        with self._lock:
            handles = list(self._handles)
        query_view = MappingProxyType(dict(query))
        params_view = MappingProxyType(dict(path_params))
        for handle in handles:
            try:
                handle.callback(operation, query_view, params_view)
            except Exception as exc:
                raise HookFailedError(handle.callback, operation) from exc
