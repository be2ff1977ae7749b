from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_runtime_endpoint_result import AgentRuntimeEndpointResult
from ...models.create_agent_runtime_endpoint_input import (
    CreateAgentRuntimeEndpointInput,
)
from ...models.error_result import ErrorResult
from ...types import Response


def _get_kwargs(
    agent_runtime_id: str,
    *,
    body: CreateAgentRuntimeEndpointInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints".format(
            agent_runtime_id=quote(str(agent_runtime_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRuntimeEndpointResult | ErrorResult | None:
    if response.status_code == 200:
        response_200 = AgentRuntimeEndpointResult.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResult.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResult.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentRuntimeEndpointResult | ErrorResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentRuntimeEndpointInput,
) -> Response[AgentRuntimeEndpointResult | ErrorResult]:
    """Create an endpoint for a runtime.

    Args:
        agent_runtime_id (str):
        body (CreateAgentRuntimeEndpointInput): Body of CreateAgentRuntimeEndpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeEndpointResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentRuntimeEndpointInput,
) -> AgentRuntimeEndpointResult | ErrorResult | None:
    """Create an endpoint for a runtime.

    Args:
        agent_runtime_id (str):
        body (CreateAgentRuntimeEndpointInput): Body of CreateAgentRuntimeEndpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeEndpointResult | ErrorResult
    """

    return sync_detailed(
        agent_runtime_id=agent_runtime_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentRuntimeEndpointInput,
) -> Response[AgentRuntimeEndpointResult | ErrorResult]:
    """Create an endpoint for a runtime.

    Args:
        agent_runtime_id (str):
        body (CreateAgentRuntimeEndpointInput): Body of CreateAgentRuntimeEndpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeEndpointResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentRuntimeEndpointInput,
) -> AgentRuntimeEndpointResult | ErrorResult | None:
    """Create an endpoint for a runtime.

    Args:
        agent_runtime_id (str):
        body (CreateAgentRuntimeEndpointInput): Body of CreateAgentRuntimeEndpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeEndpointResult | ErrorResult
    """

    return (
        await asyncio_detailed(
            agent_runtime_id=agent_runtime_id,
            client=client,
            body=body,
        )
    ).parsed
