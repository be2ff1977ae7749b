"""Importing the SDK stays cheap: no HTTP stack, no OpenAI client, no generated module.

Making a client loads the HTTP stack, so that its first request does not.

Each check runs in a fresh interpreter, so modules imported by other tests do
not hide an eager import. A client that only speaks plain HTTP never loads a
CA bundle either, and async calls load no ``anyio`` backend.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Top-level packages that ``import agentrun_facade`` must not load.
HEAVY = ("httpx", "httpcore", "openai", "agentrun_client")


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"{code}\n"
        "import json, sys\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_the_package_loads_no_http_stack_openai_or_generated_module() -> None:
    assert _loaded_after("import agentrun_facade") == []


def test_every_public_name_imports_without_them() -> None:
    code = (
        "import agentrun_facade\n"
        "from agentrun_facade import *\n"
        "missing = [n for n in agentrun_facade.__all__ if not hasattr(agentrun_facade, n)]\n"
        "assert not missing, missing\n"
    )
    assert _loaded_after(code) == []


def test_making_a_client_loads_the_http_stack_but_not_openai_or_the_generated_client() -> None:
    # The first request of a client then pays for no import of the HTTP stack.
    code = (
        "import sys\n"
        "from agentrun_facade import AgentRuntimeClient, Config, InvalidParameterError\n"
        "assert 'httpx' not in sys.modules\n"
        "client = AgentRuntimeClient(Config(access_key_id='AKIDTEST', "
        "access_key_secret='not-a-real-secret', control_endpoint='http://127.0.0.1:9'))\n"
        "assert {'httpx', 'httpcore', 'orjson'} <= set(sys.modules)\n"
        "loaded = set(sys.modules)\n"
        "try:\n"
        "    client.get('ar-1', config=Config(timeout=0.5, max_retries=0))\n"
        "except Exception:\n"
        "    pass\n"
        "late = sorted(m for m in set(sys.modules) - loaded if m.split('.')[0] in "
        "('httpx', 'httpcore', 'h11', 'orjson'))\n"
        "assert late == [], late\n"
    )
    loaded = _loaded_after(code)
    assert not [m for m in loaded if m.split(".")[0] in ("openai", "agentrun_client")]


def test_the_signing_module_still_offers_its_httpx_auth_classes() -> None:
    code = (
        "from agentrun_facade.signing import AcsV3Auth, DataPlaneAuth, sign_request\n"
        "import httpx\n"
        "assert issubclass(AcsV3Auth, httpx.Auth) and issubclass(DataPlaneAuth, httpx.Auth)\n"
    )
    assert "httpx" in _loaded_after(code)


#: A one-page listing server on 127.0.0.1 and ``listed()``, a plain-HTTP ``client.list()``.
_LISTING = (
    "import http.server, json, threading\n"
    "class Page(http.server.BaseHTTPRequestHandler):\n"
    "    def do_GET(self):\n"
    "        data = {'items': [{'agentRuntimeId': 'ar-1'}], 'pageNumber': 1, 'total': 1}\n"
    "        body = json.dumps({'code': 'SUCCESS', 'requestId': 'r', 'data': data}).encode()\n"
    "        self.send_response(200)\n"
    "        self.send_header('content-length', str(len(body)))\n"
    "        self.end_headers()\n"
    "        self.wfile.write(body)\n"
    "    def log_message(self, *args):\n"
    "        pass\n"
    "server = http.server.HTTPServer(('127.0.0.1', 0), Page)\n"
    "threading.Thread(target=server.serve_forever, daemon=True).start()\n"
    "def listed():\n"
    "    from agentrun_facade import AgentRuntimeClient, Config\n"
    "    config = Config(access_key_id='AKIDTEST', access_key_secret='not-a-real-secret', "
    "control_endpoint=f'http://127.0.0.1:{server.server_address[1]}', max_retries=0)\n"
    "    with AgentRuntimeClient(config) as client:\n"
    "        return [r.agent_runtime_id for r in client.list()]\n"
    "async def listed_async():\n"
    "    from agentrun_facade import AgentRuntimeClient, Config\n"
    "    config = Config(access_key_id='AKIDTEST', access_key_secret='not-a-real-secret', "
    "control_endpoint=f'http://127.0.0.1:{server.server_address[1]}', max_retries=0)\n"
    "    async with AgentRuntimeClient(config) as client:\n"
    "        return [r.agent_runtime_id for r in await client.list_async()]\n"
)

#: Each flavour's listing, as an expression.
_FLAVOURS = {"sync": "listed()", "async": "__import__('asyncio').run(listed_async())"}


@pytest.mark.parametrize("flavour", sorted(_FLAVOURS))
def test_a_plain_http_listing_loads_no_ca_bundle(flavour: str) -> None:
    code = (
        "import ssl\n"
        "loads = []\n"
        "for name in ('load_verify_locations', 'load_default_certs'):\n"
        "    def record(self, *args, _name=name, _real=getattr(ssl.SSLContext, name), **kw):\n"
        "        loads.append(_name)\n"
        "        return _real(self, *args, **kw)\n"
        "    setattr(ssl.SSLContext, name, record)\n"
        f"{_LISTING}"
        f"assert {_FLAVOURS[flavour]} == ['ar-1']\n"
        "import sys\n"
        "assert 'httpx' in sys.modules\n"
        "assert loads == [], f'a CA bundle was loaded for plain HTTP: {loads}'\n"
    )
    _loaded_after(code)


def test_an_async_listing_loads_no_anyio_backend() -> None:
    # Loading anyio's asyncio backend costs 20-35 ms of CPU; the async pool runs on asyncio.
    code = (
        f"{_LISTING}"
        f"assert {_FLAVOURS['async']} == ['ar-1']\n"
        "import sys\n"
        "backends = sorted(m for m in sys.modules if m.startswith('anyio._backends'))\n"
        "assert backends == [], backends\n"
    )
    _loaded_after(code)
