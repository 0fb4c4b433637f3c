"""Stage 2c: typed clients for custom resources, from CustomResourceDefinition manifests.

Each served version of each CRD (``apiextensions.k8s.io/v1``) becomes Swagger 2.0
``definitions`` and ``paths`` shaped exactly like the built-in ones, added to the spec before
:mod:`kubesmith.parse` runs; the usual model, names and templates then give typed models and
API classes for custom resources with no special casing.

Names
    Definitions are named ``<group_id>.<version>.<Name>`` where ``group_id`` is the group
    with every non-alphanumeric run replaced by ``_`` (``example.com`` → ``example_com``;
    ``.k8s.io`` is dropped as in API tags), so
    models land in the module ``example_com_v1`` as ``V1Widget``. Nested object schemas
    become their own definitions, unless they are a built-in type or equal to another
    (:mod:`.shapes`), named after the kind and the shortest distinguishing suffix of their
    path (``V1WidgetSpec``, ``V1WidgetPortsItem``, ``V1WidgetSecretKeyRef``). When the kind
    or its list would take the name of a class already in the spec (a CRD ``Namespace``
    next to the built-in one), the kind's classes are named ``<group_id>_<version>.<Name>``,
    giving ``TenancyExampleIoV1Namespace`` (the official client's clash form) while the
    built-in keeps ``V1Namespace``. Two CRDs with one kind and version in different groups
    are prefixed by :func:`kubesmith.names.class_names` in the same form. Properties of one
    object whose word splits are equal (``proxyURL``, ``proxyUrl``) are numbered in the
    neutral model (:func:`.naming.disambiguate`), and ``--rename`` names any property.

Types
    Objects with properties are classes; ``additionalProperties`` are ``dict[str, T]``;
    arrays are ``list[T]``; ``format`` ``int32``/``int64`` are ``int``, ``float``/``double``
    are ``float``, ``byte`` is ``bytes`` and ``date-time`` is ``datetime``; validation-only
    string formats (``uri``, ``email``, ``uuid``, ``duration``, ``date`` …) stay ``str``
    and are named in the docstring. ``enum`` keeps the base type and lists the allowed
    values in the docstring; a string enum is also carried into the model (``Type.enum``:
    ``OneOf[...]`` in Python, a ``Literal`` to type checkers and ``str`` at run time).
    ``x-kubernetes-int-or-string`` is ``IntOrString``;
    ``x-kubernetes-preserve-unknown-fields`` without properties is untyped JSON
    (``dict[str, JSON]`` for objects); with properties the known properties are typed and
    the docstring says that unknown ones are not kept (msgspec keeps no extra fields).
    The kind's own ``apiVersion``, ``kind`` and ``metadata`` are the standard ones whatever
    its schema says there (the API server allows only name restrictions on ``metadata``).
    ``x-kubernetes-embedded-resource`` objects with properties get ``apiVersion``,
    ``kind`` and an ``ObjectMeta`` ``metadata``; without (free-form) they are JSON dicts.
    ``x-kubernetes-list-type``/``-list-map-keys``/``-map-type``
    are carried into the fields' merge metadata. Descriptions, defaults, ``nullable``,
    value validations (``pattern``, ``maxLength`` …), CEL ``x-kubernetes-validations`` and
    validation-only ``allOf``/``anyOf``/``oneOf``/``not`` are kept as documentation.
    A required field with a scalar (or empty list/map) default takes it as its Python
    default; a required one that is nullable or has another default is optional (the
    server fills it in). A ``None`` field is left out when encoding, so an explicit
    ``null`` cannot be sent through a model (send a dict). Anything else
    (``$ref``, a junctor that changes the type, an unknown keyword or format) is a
    :class:`SpecError` naming the CRD file, the document and the schema path.

Operations
    As the built-ins: namespaced or cluster scope from the CRD; list (with the watch
    parameters), create, read, replace, patch, delete, deletecollection, plus list for all
    namespaces; ``status`` and ``scale`` subresources when declared (scale through
    ``autoscaling/v1`` ``Scale``). Patch offers JSON patch, merge patch and apply but not
    strategic merge (the server refuses it for custom resources), so the runtime defaults
    to merge patch. Delete returns the object (while finalizers run) or a ``Status``.
    A kind the spec already has as a custom resource (a spec read from a cluster where the
    CRD is installed, whose nested schemas are not types) is replaced: ``--from-cluster``
    with ``--crd`` gives fully typed custom resources.
    Unlike built-in kinds, a custom resource sent without ``apiVersion`` and ``kind`` is
    refused by the server (400), so set ``api_version`` and ``kind`` on request bodies.

Modules
    ``manifests`` reads and checks the files; ``convert`` turns a schema into definitions,
    with ``keywords`` (what a schema may use), ``notes`` (what becomes documentation) and
    ``naming`` (field words, ``--rename``, tags); ``shapes`` shares equal shapes, reuses
    built-in types and names nested classes; ``paths`` writes the operations;
    ``add`` is the whole step; ``standard`` holds the built-in names they refer to.
"""

from __future__ import annotations

from .add import AddedKind, CrdReport, add_crds, manifest_plural
from .keywords import VALIDATION_FORMATS
from .manifests import CRD_API_VERSION, Manifest, crd_files, read_crds
from .naming import group_id, tag

__all__ = [
    "CRD_API_VERSION",
    "VALIDATION_FORMATS",
    "AddedKind",
    "CrdReport",
    "Manifest",
    "add_crds",
    "crd_files",
    "group_id",
    "manifest_plural",
    "read_crds",
    "tag",
]
