"""How each operation is put on the wire: generated from agentrun-2025-09-10.yaml.

Written by scripts/routes_codegen.py (run by scripts/regenerate); do not edit.
"""

from __future__ import annotations

from ._requests import Route

__all__ = ["ROUTES"]

ROUTES: dict[str, Route] = {
    "ListAgentRuntimes": Route(
        name="ListAgentRuntimes",
        method="GET",
        path="/2025-09-10/agents/runtimes",
        path_params=(),
        query=(
            ("agent_runtime_name", "agentRuntimeName", "str"),
            ("discovery_resource_group_id", "discoveryResourceGroupId", "str"),
            ("page_number", "pageNumber", "int"),
            ("page_size", "pageSize", "int"),
            ("resource_group_id", "resourceGroupId", "str"),
            ("search_mode", "searchMode", "str"),
            ("status", "status", "str"),
            ("system_tags", "systemTags", "str"),
            ("workspace_id", "workspaceId", "str"),
            ("workspace_ids", "workspaceIds", "str"),
        ),
        body="none",
    ),
    "CreateAgentRuntime": Route(
        name="CreateAgentRuntime",
        method="POST",
        path="/2025-09-10/agents/runtimes",
        path_params=(),
        query=(),
        body="required",
    ),
    "GetAgentRuntime": Route(
        name="GetAgentRuntime",
        method="GET",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}",
        path_params=("agent_runtime_id",),
        query=(("agent_runtime_version", "agentRuntimeVersion", "str"),),
        body="none",
    ),
    "UpdateAgentRuntime": Route(
        name="UpdateAgentRuntime",
        method="PUT",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}",
        path_params=("agent_runtime_id",),
        query=(),
        body="required",
    ),
    "DeleteAgentRuntime": Route(
        name="DeleteAgentRuntime",
        method="DELETE",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}",
        path_params=("agent_runtime_id",),
        query=(),
        body="none",
    ),
    "ListAgentRuntimeEndpoints": Route(
        name="ListAgentRuntimeEndpoints",
        method="GET",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints",
        path_params=("agent_runtime_id",),
        query=(
            ("endpoint_name", "endpointName", "str"),
            ("page_number", "pageNumber", "int"),
            ("page_size", "pageSize", "int"),
            ("search_mode", "searchMode", "str"),
        ),
        body="none",
    ),
    "CreateAgentRuntimeEndpoint": Route(
        name="CreateAgentRuntimeEndpoint",
        method="POST",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints",
        path_params=("agent_runtime_id",),
        query=(),
        body="required",
    ),
    "GetAgentRuntimeEndpoint": Route(
        name="GetAgentRuntimeEndpoint",
        method="GET",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints/{agent_runtime_endpoint_id}",
        path_params=("agent_runtime_id", "agent_runtime_endpoint_id"),
        query=(),
        body="none",
    ),
    "UpdateAgentRuntimeEndpoint": Route(
        name="UpdateAgentRuntimeEndpoint",
        method="PUT",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints/{agent_runtime_endpoint_id}",
        path_params=("agent_runtime_id", "agent_runtime_endpoint_id"),
        query=(),
        body="required",
    ),
    "DeleteAgentRuntimeEndpoint": Route(
        name="DeleteAgentRuntimeEndpoint",
        method="DELETE",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/endpoints/{agent_runtime_endpoint_id}",
        path_params=("agent_runtime_id", "agent_runtime_endpoint_id"),
        query=(),
        body="none",
    ),
    "ListAgentRuntimeVersions": Route(
        name="ListAgentRuntimeVersions",
        method="GET",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/versions",
        path_params=("agent_runtime_id",),
        query=(("page_number", "pageNumber", "int"), ("page_size", "pageSize", "int")),
        body="none",
    ),
    "PublishRuntimeVersion": Route(
        name="PublishRuntimeVersion",
        method="POST",
        path="/2025-09-10/agents/runtimes/{agent_runtime_id}/versions",
        path_params=("agent_runtime_id",),
        query=(),
        body="optional",
    ),
}
