from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_runtime_version_result import AgentRuntimeVersionResult
from ...models.error_result import ErrorResult
from ...models.publish_runtime_version_input import PublishRuntimeVersionInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_runtime_id: str,
    *,
    body: PublishRuntimeVersionInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2025-09-10/agents/runtimes/{agent_runtime_id}/versions".format(
            agent_runtime_id=quote(str(agent_runtime_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRuntimeVersionResult | ErrorResult | None:
    if response.status_code == 200:
        response_200 = AgentRuntimeVersionResult.from_dict(response.json())

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
) -> Response[AgentRuntimeVersionResult | ErrorResult]:
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
    body: PublishRuntimeVersionInput | Unset = UNSET,
) -> Response[AgentRuntimeVersionResult | ErrorResult]:
    """Publish the runtime's current configuration as a new version.

    Args:
        agent_runtime_id (str):
        body (PublishRuntimeVersionInput | Unset): Optional body of PublishRuntimeVersion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeVersionResult | ErrorResult]
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
    body: PublishRuntimeVersionInput | Unset = UNSET,
) -> AgentRuntimeVersionResult | ErrorResult | None:
    """Publish the runtime's current configuration as a new version.

    Args:
        agent_runtime_id (str):
        body (PublishRuntimeVersionInput | Unset): Optional body of PublishRuntimeVersion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeVersionResult | ErrorResult
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
    body: PublishRuntimeVersionInput | Unset = UNSET,
) -> Response[AgentRuntimeVersionResult | ErrorResult]:
    """Publish the runtime's current configuration as a new version.

    Args:
        agent_runtime_id (str):
        body (PublishRuntimeVersionInput | Unset): Optional body of PublishRuntimeVersion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRuntimeVersionResult | ErrorResult]
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
    body: PublishRuntimeVersionInput | Unset = UNSET,
) -> AgentRuntimeVersionResult | ErrorResult | None:
    """Publish the runtime's current configuration as a new version.

    Args:
        agent_runtime_id (str):
        body (PublishRuntimeVersionInput | Unset): Optional body of PublishRuntimeVersion.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRuntimeVersionResult | ErrorResult
    """

    return (
        await asyncio_detailed(
            agent_runtime_id=agent_runtime_id,
            client=client,
            body=body,
        )
    ).parsed
