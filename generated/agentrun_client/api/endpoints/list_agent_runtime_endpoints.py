from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...models.list_agent_runtime_endpoints_result import (
    ListAgentRuntimeEndpointsResult,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_runtime_id: str,
    *,
    endpoint_name: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_mode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endpointName"] = endpoint_name

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["searchMode"] = search_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints".format(
            agent_runtime_id=quote(str(agent_runtime_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResult | ListAgentRuntimeEndpointsResult | None:
    if response.status_code == 200:
        response_200 = ListAgentRuntimeEndpointsResult.from_dict(response.json())

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
) -> Response[ErrorResult | ListAgentRuntimeEndpointsResult]:
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
    endpoint_name: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_mode: str | Unset = UNSET,
) -> Response[ErrorResult | ListAgentRuntimeEndpointsResult]:
    """List the endpoints of a runtime, one page at a time.

    Args:
        agent_runtime_id (str):
        endpoint_name (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        search_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | ListAgentRuntimeEndpointsResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        endpoint_name=endpoint_name,
        page_number=page_number,
        page_size=page_size,
        search_mode=search_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_name: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_mode: str | Unset = UNSET,
) -> ErrorResult | ListAgentRuntimeEndpointsResult | None:
    """List the endpoints of a runtime, one page at a time.

    Args:
        agent_runtime_id (str):
        endpoint_name (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        search_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | ListAgentRuntimeEndpointsResult
    """

    return sync_detailed(
        agent_runtime_id=agent_runtime_id,
        client=client,
        endpoint_name=endpoint_name,
        page_number=page_number,
        page_size=page_size,
        search_mode=search_mode,
    ).parsed


async def asyncio_detailed(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_name: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_mode: str | Unset = UNSET,
) -> Response[ErrorResult | ListAgentRuntimeEndpointsResult]:
    """List the endpoints of a runtime, one page at a time.

    Args:
        agent_runtime_id (str):
        endpoint_name (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        search_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | ListAgentRuntimeEndpointsResult]
    """

    kwargs = _get_kwargs(
        agent_runtime_id=agent_runtime_id,
        endpoint_name=endpoint_name,
        page_number=page_number,
        page_size=page_size,
        search_mode=search_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_runtime_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_name: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search_mode: str | Unset = UNSET,
) -> ErrorResult | ListAgentRuntimeEndpointsResult | None:
    """List the endpoints of a runtime, one page at a time.

    Args:
        agent_runtime_id (str):
        endpoint_name (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        search_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | ListAgentRuntimeEndpointsResult
    """

    return (
        await asyncio_detailed(
            agent_runtime_id=agent_runtime_id,
            client=client,
            endpoint_name=endpoint_name,
            page_number=page_number,
            page_size=page_size,
            search_mode=search_mode,
        )
    ).parsed
