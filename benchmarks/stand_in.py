"""A minimal, fast stand-in for the AgentRun control plane, for benchmarks only.

It serves ``ListAgentRuntimes`` and ``GetAgentRuntime`` from memory on
127.0.0.1 with an optional per-request latency (requests wait concurrently),
and can churn the listing: a delete at the front and a create at the end
before page reads. It checks no signature and validates nothing: it exists so
that the server's own cost stays out of the client figures. Run it as its own
process::

    python benchmarks/stand_in.py --runtimes 2000 --latency-ms 20
    # prints "port=<n>" once listening

Control (for the benchmark driver): ``POST /__reset?runtimes=N&latency_ms=L&churn=MODE``
(MODE: ``none``, ``once`` = one delete+create when page 2 is first read,
``every`` = one delete+create before every read of page 2 or later) and
``GET /__ids`` (the current ids, in order).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from urllib.parse import parse_qsl, unquote, urlsplit

PREFIX = "/2025-09-10/agents/runtimes"


def runtime_item(index: int) -> dict[str, object]:
    """One runtime as the service returns it (nested configuration included)."""
    runtime_id = f"ar-{index:08d}"
    return {
        "agentRuntimeArn": f"acs:agentrun:cn-hangzhou:1234567890:runtimes/{runtime_id}",
        "agentRuntimeId": runtime_id,
        "agentRuntimeName": f"bench-{index:08d}",
        "agentRuntimeVersion": "1",
        "artifactType": "Code",
        "codeConfiguration": {
            "language": "python3.12",
            "command": ["python", "main.py"],
            "ossBucketName": "bench-bucket",
            "ossObjectName": f"code/{runtime_id}.zip",
            "checksum": "1234567890123456789",
        },
        "cpu": 2.0,
        "memory": 4096,
        "port": 9000,
        "createdAt": "2025-09-10T08:00:00Z",
        "lastUpdatedAt": "2025-09-10T08:05:00Z",
        "description": "benchmark runtime",
        "diskSize": 512,
        "executionRoleArn": "acs:ram::1234567890:role/agentrun",
        "healthCheckConfiguration": {
            "httpGetUrl": "/health",
            "initialDelaySeconds": 3,
            "periodSeconds": 10,
            "timeoutSeconds": 2,
            "failureThreshold": 3,
            "successThreshold": 1,
        },
        "logConfiguration": {"project": "bench-logs", "logstore": "runtime"},
        "networkConfiguration": {
            "networkMode": "PUBLIC",
            "vpcId": "vpc-bench",
            "vswitchIds": ["vsw-a", "vsw-b"],
            "securityGroupId": "sg-bench",
        },
        "protocolConfiguration": {"type": "HTTP"},
        "sessionConcurrencyLimitPerInstance": 10,
        "sessionIdleTimeoutSeconds": 600,
        "status": "READY",
        "statusReason": "",
        "workspaceId": "ws-bench",
    }


class Listing:
    """The runtimes, pre-encoded, and the churn rule."""

    def __init__(self) -> None:
        self.reset(0, 0.0, "none")

    def reset(self, runtimes: int, latency: float, churn: str) -> None:
        self.latency = latency
        self.churn = churn
        self.churned = False
        self.next_index = runtimes
        self.ids = [f"ar-{i:08d}" for i in range(runtimes)]
        self.bodies = {
            runtime_id: json.dumps(runtime_item(i), separators=(",", ":")).encode()
            for i, runtime_id in enumerate(self.ids)
        }

    def _churn(self) -> None:
        if not self.ids:
            return
        gone = self.ids.pop(0)
        del self.bodies[gone]
        runtime_id = f"ar-{self.next_index:08d}"
        self.bodies[runtime_id] = json.dumps(
            runtime_item(self.next_index), separators=(",", ":")
        ).encode()
        self.ids.append(runtime_id)
        self.next_index += 1

    def page(self, number: int, size: int) -> bytes:
        if number >= 2 and (self.churn == "every" or (self.churn == "once" and not self.churned)):
            self.churned = True
            self._churn()
        start = (number - 1) * size
        items = b",".join(self.bodies[i] for i in self.ids[start : start + size])
        total = len(self.ids)
        return (
            b'{"code":"SUCCESS","requestId":"req-list","data":{"items":['
            + items
            + b'],"pageNumber":%d,"pageSize":%d,"total":%d}}' % (number, size, total)
        )

    def get(self, runtime_id: str) -> bytes | None:
        body = self.bodies.get(runtime_id)
        if body is None:
            return None
        return b'{"code":"SUCCESS","requestId":"req-get","data":' + body + b"}"


LISTING = Listing()
NOT_FOUND = b'{"code":"ERR_NOT_FOUND","message":"does not exist","requestId":"req-404"}'


def _respond(status: int, body: bytes) -> bytes:
    reason = {200: b"OK", 404: b"Not Found"}.get(status, b"OK")
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\nx-acs-request-id: req-1\r\n"
        b"content-length: %d\r\n\r\n" % (status, reason, len(body))
    ) + body


def route(method: str, target: str) -> tuple[int, bytes, bool]:
    """(status, body, delayed) for one request."""
    parts = urlsplit(target)
    query = dict(parse_qsl(parts.query))
    path = parts.path
    if path == "/__reset":
        LISTING.reset(
            int(query.get("runtimes", "0")),
            float(query.get("latency_ms", "0")) / 1000.0,
            query.get("churn", "none"),
        )
        return 200, b"{}", False
    if path == "/__ids":
        return 200, json.dumps(LISTING.ids).encode(), False
    if path == PREFIX and method == "GET":
        number = int(query.get("pageNumber", "1"))
        size = int(query.get("pageSize", "10"))
        return 200, LISTING.page(number, size), True
    if path.startswith(PREFIX + "/") and method == "GET":
        body = LISTING.get(unquote(path[len(PREFIX) + 1 :]))
        return (200, body, True) if body is not None else (404, NOT_FOUND, True)
    return 404, NOT_FOUND, False


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            status, body, delayed = route(method, target)
            if delayed and LISTING.latency:
                await asyncio.sleep(LISTING.latency)
            writer.write(_respond(status, body))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, limit=1 << 20, backlog=512)
    print(f"port={server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--runtimes", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    LISTING.reset(args.runtimes, args.latency_ms / 1000.0, "none")
    asyncio.run(serve(args.port))


if __name__ == "__main__":
    main()
