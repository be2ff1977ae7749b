"""A client library for accessing AgentRun control API — Agent Runtime operations"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
