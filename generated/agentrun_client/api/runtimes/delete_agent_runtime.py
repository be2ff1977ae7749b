from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_runtime_result import AgentRuntimeResult
from ...models.error_result import ErrorResult
from ...types import Response


def _get_kwargs(
    agent_runtime_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2025-09-10/agents/runtimes/{agent_runtime_id}".format(
            agent_runtime_id=quote(str(agent_runtime_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRuntimeResult | ErrorResult | None:
    if response.status_code == 200:
        response_200 = AgentRuntimeResult.from_dict(response.json())

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
) -> Response[AgentRuntimeResult | ErrorResult]:
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
) -> Response[AgentRuntimeResult | ErrorResult]:
    """Delete an agent runtime; only data.agentRuntimeId is meaningful in the answer.

    Args:
        agent_runtime_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentRuntimeResult | ErrorResult | None:
    """Delete an agent runtime; only data.agentRuntimeId is meaningful in the answer.

    Args:
        agent_runtime_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeResult | ErrorResult
    """

    return sync_detailed(
        agent_runtime_id=agent_runtime_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentRuntimeResult | ErrorResult]:
    """Delete an agent runtime; only data.agentRuntimeId is meaningful in the answer.

    Args:
        agent_runtime_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentRuntimeResult | ErrorResult | None:
    """Delete an agent runtime; only data.agentRuntimeId is meaningful in the answer.

    Args:
        agent_runtime_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeResult | ErrorResult
    """

    return (
        await asyncio_detailed(
            agent_runtime_id=agent_runtime_id,
            client=client,
        )
    ).parsed
