from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_runtime_result import AgentRuntimeResult
from ...models.error_result import ErrorResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_runtime_id: str,
    *,
    agent_runtime_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentRuntimeVersion"] = agent_runtime_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2025-09-10/agents/runtimes/{agent_runtime_id}".format(
            agent_runtime_id=quote(str(agent_runtime_id), safe=""),
        ),
        "params": params,
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
    agent_runtime_version: str | Unset = UNSET,
) -> Response[AgentRuntimeResult | ErrorResult]:
    """Get one agent runtime.

    Args:
        agent_runtime_id (str):
        agent_runtime_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        agent_runtime_version=agent_runtime_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_runtime_version: str | Unset = UNSET,
) -> AgentRuntimeResult | ErrorResult | None:
    """Get one agent runtime.

    Args:
        agent_runtime_id (str):
        agent_runtime_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeResult | ErrorResult
    """

    return sync_detailed(
        agent_runtime_id=agent_runtime_id,
        client=client,
        agent_runtime_version=agent_runtime_version,
    ).parsed


async def asyncio_detailed(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_runtime_version: str | Unset = UNSET,
) -> Response[AgentRuntimeResult | ErrorResult]:
    """Get one agent runtime.

    Args:
        agent_runtime_id (str):
        agent_runtime_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeResult | ErrorResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        agent_runtime_version=agent_runtime_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    agent_runtime_version: str | Unset = UNSET,
) -> AgentRuntimeResult | ErrorResult | None:
    """Get one agent runtime.

    Args:
        agent_runtime_id (str):
        agent_runtime_version (str | Unset):

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
            agent_runtime_version=agent_runtime_version,
        )
    ).parsed
