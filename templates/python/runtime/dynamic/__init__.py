"""The dynamic client, as the official ``kubernetes.dynamic``: any resource the server
serves, found through discovery, with dict-like results.

.. code-block:: python

    client = dynamic.DynamicClient(api_client)
    widgets = client.resources.get(api_version="example.com/v1", kind="Widget")
    widgets.create(body={...}, namespace="default")

The asyncio twin is ``kubeclient.aio.dynamic.DynamicClient``.
"""

from . import exceptions
from ._registry import model_class, register_model
from .client import DynamicClient
from .discovery import Discoverer
from .exceptions import (
    ApiException,
    DynamicApiError,
    NotFoundError,
    ResourceNotFoundError,
    ResourceNotUniqueError,
)
from .resource import Resource, ResourceField, ResourceInstance, ResourceList, Subresource

__all__ = [
    "ApiException",
    "Discoverer",
    "DynamicApiError",
    "DynamicClient",
    "NotFoundError",
    "Resource",
    "ResourceField",
    "ResourceInstance",
    "ResourceList",
    "ResourceNotFoundError",
    "ResourceNotUniqueError",
    "Subresource",
    "exceptions",
    "model_class",
    "register_model",
]
