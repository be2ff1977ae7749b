"""Importing ``httpx`` for the SDK without loading its command-line client.

``httpx``'s package imports its ``httpx`` command (``httpx._main``: click,
rich, pygments) whenever those are installed, as they are with this
project's ``cli`` and ``emulator`` extras; that is most of the CPU time of
importing ``httpx`` (about 60 ms), and the SDK never runs that command.
:func:`import_httpx` is called where the SDK first needs ``httpx`` (resolving a
configuration, keeping response headers). When ``httpx`` is not imported
yet, it imports it with ``httpx._main`` marked missing, which ``httpx``
supports (it is how ``httpx`` runs without its ``cli`` extra), then removes the
mark and makes ``httpx.main`` import the real command when it is called, so
``httpx.main()`` and ``import httpx._main`` behave as before. An ``httpx``
that was imported already is left as it is.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

__all__ = ["import_httpx"]

_CLI = "httpx._main"
_lock = threading.Lock()


def _command_line(*args: Any, **kwargs: Any) -> Any:
    """``httpx``'s own ``main``, imported when it is first called."""
    from httpx._main import main

    return main(*args, **kwargs)


def import_httpx() -> None:
    """Make sure ``httpx`` is imported (its command-line client left out when possible)."""
    if "httpx" in sys.modules:
        return
    with _lock:
        if "httpx" in sys.modules:
            return
        marked = _CLI not in sys.modules
        if marked:
            sys.modules[_CLI] = None  # type: ignore[assignment]  # "import it" raises ImportError
        try:
            import httpx
        except ImportError:
            # An httpx that does not expect its command line to be missing: import it whole.
            if marked:
                del sys.modules[_CLI]
                marked = False
            import httpx
        finally:
            if marked and sys.modules.get(_CLI, _CLI) is None:
                del sys.modules[_CLI]
        if marked and getattr(httpx.main, "__module__", "") == "httpx":
            # httpx put its "the cli extra is not installed" stand-in there.
            setattr(httpx, "main", _command_line)  # noqa: B010
