"""The official client's module paths, as a table the runtime serves lazily.

The official ``kubernetes`` package has one module per model (``client.models.v1_pod``) and
per API class (``client.api.core_v1_api``), for the sync and the asyncio client; kubeclient
has one module per group-version. Programs import the official paths, so the package gets
a generated table from each official path to the kubeclient module that holds its names,
and a hand-written import hook (``runtime/_module_aliases.py``) that makes a module for a
path the first time it is imported: nothing is imported or created up front.
"""

from __future__ import annotations

import re
from typing import Any

from .model import PyClient

__all__ = ["AIO_CLIENT_EXPORTS", "CLIENT_EXPORTS", "module_alias_view", "official_module"]

#: names of the official ``kubernetes.client`` served by the runtime (module relative to
#: ``client``), in addition to render's own exports
CLIENT_EXPORTS: dict[str, str] = {
    "ApiAttributeError": ".exceptions",
    "ApiResponse": ".api_response",
    "BadRequestException": ".exceptions",
    "ConflictException": ".exceptions",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "ServiceException": ".exceptions",
    "UnauthorizedException": ".exceptions",
    "UnprocessableEntityException": ".exceptions",
}

#: names of the official ``kubernetes.aio.client`` served by the runtime (module relative to
#: ``aio.client``) besides the asyncio API classes, the models and ``ApiClient``
AIO_CLIENT_EXPORTS: dict[str, str] = {
    "ApiAttributeError": "...client.exceptions",
    "ApiKeyError": "...client.exceptions",
    "ApiResponse": "...client.api_response",
    "ApiTypeError": "...client.exceptions",
    "ApiValueError": "...client.exceptions",
    "OpenApiException": "...client.exceptions",
}

_ACRONYM_END = re.compile(r"([A-Z]+)([A-Z][a-z])")
_WORD_END = re.compile(r"([a-z\d])([A-Z])")


def official_module(class_name: str) -> str:
    """The official client's module for a class: openapi-generator's snake case
    (``V1APIGroup`` → ``v1_api_group``, ``V1alpha3PodGroup`` → ``v1alpha3_pod_group``)."""
    return _WORD_END.sub(r"\1_\2", _ACRONYM_END.sub(r"\1_\2", class_name)).lower()


def module_alias_view(client: PyClient) -> dict[str, Any]:
    """The rows of the alias table: official path → ``"<kubeclient module>[ Name=Target]"``
    (both relative to the package; the renames give the asyncio classes their official
    names)."""
    rows: dict[str, str] = {}
    for module in client.model_modules:
        for definition in module.definitions:
            name = official_module(definition.class_name)
            rows[f"client.models.{name}"] = f"client.models.{module.module}"
            rows[f"aio.client.models.{name}"] = f"client.models.{module.module}"
    for api in client.apis:
        name = official_module(api.class_name)
        rows[f"client.api.{name}"] = f"client.api.{api.module}"
        rows[f"aio.client.api.{name}"] = (
            f"client.api.{api.module} {api.class_name}=Async{api.class_name}"
        )
    return {"rows": sorted(rows.items())}
