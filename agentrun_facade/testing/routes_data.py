"""The data plane: OpenAI-compatible chat completions served by a built-in echo agent.

The agent answers ``echo: <text of the last user message>``; token counts in
``usage`` are word counts. With ``"stream": true`` the answer is a server-sent
event stream of ``chat.completion.chunk`` objects ending with ``data: [DONE]``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse

from .store import Store
from .validation import decode_json, validate_instance

_CHAT_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["messages"],
    "properties": {
        "model": {"type": "string"},
        "stream": {"type": ["boolean", "null"]},
        "stream_options": {
            "type": ["object", "null"],
            "properties": {"include_usage": {"type": "boolean"}},
        },
        "messages": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["role"],
                "properties": {
                    "role": {"type": "string"},
                    "content": {"type": ["string", "array", "null"]},
                },
            },
        },
    },
}


def _text(content: Any) -> str:
    """Text of a message content: a string or a list of ``{"type": "text"}`` parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"
        ]
        return " ".join(str(p) for p in parts)
    return ""


def _words(text: str) -> int:
    return len(text.split())


def echo_reply(messages: list[dict[str, Any]]) -> str:
    """What the echo agent says to ``messages``."""
    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    return "echo: " + (_text(last_user.get("content")) if last_user else "")


def _usage(messages: list[dict[str, Any]], content: str) -> dict[str, int]:
    prompt = sum(_words(_text(m.get("content"))) for m in messages)
    completion = _words(content)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _chunk(base: dict[str, Any], delta: dict[str, Any], finish: str | None) -> str:
    event = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(event)}\n\n"


async def _stream(
    base: dict[str, Any], content: str, usage: dict[str, int] | None
) -> AsyncIterator[str]:
    yield _chunk(base, {"role": "assistant", "content": ""}, None)
    for index, word in enumerate(content.split(" ")):
        yield _chunk(base, {"content": word if index == 0 else f" {word}"}, None)
    yield _chunk(base, {}, "stop")
    if usage is not None:
        yield f"data: {json.dumps({**base, 'choices': [], 'usage': usage})}\n\n"
    yield "data: [DONE]\n\n"


def parse_chat_request(raw_body: bytes) -> dict[str, Any]:
    """Decode and validate a chat-completions request body."""
    body = decode_json(raw_body)
    validate_instance(_CHAT_REQUEST, body, "request body")
    return body  # type: ignore[no-any-return]


def chat_completions(
    store: Store, runtime_name: str, endpoint_name: str, body: dict[str, Any]
) -> Response:
    """Answer one validated chat-completions request for the named runtime and endpoint."""
    runtime, _ = store.resolve_invocation(runtime_name, endpoint_name)
    messages: list[dict[str, Any]] = body["messages"]
    content = echo_reply(messages)
    usage = _usage(messages, content)
    base: dict[str, Any] = {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "created": int(store.now()),
        "model": runtime.name,
    }
    if body.get("stream"):
        options = body.get("stream_options") or {}
        chunk_base = {**base, "object": "chat.completion.chunk"}
        return StreamingResponse(
            _stream(chunk_base, content, usage if options.get("include_usage") else None),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache"},
        )
    completion = {
        **base,
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": usage,
    }
    return JSONResponse(completion)
