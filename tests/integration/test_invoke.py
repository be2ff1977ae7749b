"""The OpenAI-compatible data plane, plain and streamed, through invoke_openai."""

from __future__ import annotations

from openai.types.chat import ChatCompletion, ChatCompletionChunk

from agentrun_facade import AgentRuntimeClient

from .deploy import ready_endpoint, ready_runtime, remove_runtime
from .target import IntegrationTarget


def test_invoke_openai_returns_a_completion(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    runtime = ready_runtime(client, target, "it-invoke")
    ready_endpoint(target, runtime)

    reply = client.invoke_openai(
        "it-invoke", messages=[{"role": "user", "content": "hello from the cassette"}]
    )

    assert isinstance(reply, ChatCompletion)
    assert reply.choices[0].message.content == "echo: hello from the cassette"
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage is not None and reply.usage.completion_tokens > 0
    remove_runtime(target, runtime)


def test_invoke_openai_streams_chunks(
    target: IntegrationTarget, client: AgentRuntimeClient
) -> None:
    runtime = ready_runtime(client, target, "it-stream")
    ready_endpoint(target, runtime)

    stream = runtime.invoke_openai(
        messages=[{"role": "user", "content": "stream these four words"}], stream=True
    )
    pieces: list[str] = []
    finish: list[str] = []
    assert not isinstance(stream, ChatCompletion)
    for chunk in stream:
        assert isinstance(chunk, ChatCompletionChunk)
        for choice in chunk.choices:
            if choice.delta.content:
                pieces.append(choice.delta.content)
            if choice.finish_reason:
                finish.append(choice.finish_reason)

    assert len(pieces) > 1, "a streamed answer arrives in several chunks"
    assert "".join(pieces) == "echo: stream these four words"
    assert finish == ["stop"]
    remove_runtime(target, runtime)
