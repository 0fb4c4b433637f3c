"""The crashes the fuzz targets found, how each was fixed, and its regression test
(tests/reliability/test_fuzz_regressions.py checks that every one has its test)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FINDINGS", "OPEN", "Finding"]

_TESTS = "tests/reliability/test_fuzz_regressions.py::"


@dataclass(frozen=True)
class Finding:
    target: str
    input: str
    was: str
    fix: str
    test: str


FINDINGS: tuple[Finding, ...] = (
    Finding(
        "spec-json",
        "OpenAPI v3 document with `components: null` (or a list)",
        "AttributeError in the v3 conversion",
        "a jsonschema shape check of each v3 document before converting it "
        "(`shape.OPENAPI3_SHAPE`): SpecError with the JSON pointer",
        _TESTS + "test_spec_openapi3_components_null",
    ),
    Finding(
        "spec-yaml",
        "v3 `requestBody.content` a list instead of a mapping",
        "AttributeError in the v3 conversion",
        "the same shape check",
        _TESTS + "test_spec_openapi3_request_body_content_a_list",
    ),
    Finding(
        "spec-json",
        'a schema property named `""`',
        "ValueError from naming, no location",
        "naming errors of a definition or operation become a SpecError at its pointer",
        _TESTS + "test_spec_property_without_a_python_name",
    ),
    Finding(
        "kubeconfig",
        "`certificate-authority-data` that decodes to bytes that are not UTF-8",
        "UnicodeDecodeError from `Configuration.ssl_context()`",
        "a ConfigException at load time naming the file and the key (below)",
        _TESTS + "test_kubeconfig_ca_data_not_utf8",
    ),
    Finding(
        "kubeconfig",
        "a CA (the cluster's or the oidc identity provider's), client certificate or client "
        "key (data or file) that is not PEM, or a key that does not match the certificate",
        "loaded without error, then ApiValueError at the first request (the official client, "
        "too, fails only when it connects)",
        "the loader (one core for sync and asyncio) loads the TLS material as client-go does "
        "when building its transport: ConfigException naming the file and the key, with "
        "OpenSSL's reason and never the bytes; the target now requires that a loaded "
        "configuration builds its TLS context",
        _TESTS + "test_kubeconfig_bad_pem_is_a_config_exception_at_load",
    ),
    Finding(
        "kubeconfig",
        "a kubeconfig file that is not UTF-8",
        "UnicodeDecodeError from `load_kube_config`",
        "ConfigException naming the file and the byte offset (not the bytes)",
        _TESTS + "test_kubeconfig_not_utf8",
    ),
    Finding(
        "response",
        "an Event whose `eventTime` (MicroTime) is an object",
        "NotImplementedError out of `deserialize` (and out of every API call)",
        "the decode hook raises TypeError, which msgspec reports as a ValidationError with "
        "the path, mapped to ApiValueError",
        _TESTS + "test_response_micro_time_of_the_wrong_type",
    ),
    Finding(
        "ws-frames, exec-status",
        "v4/v5 status with `details` not a mapping or `causes` not a list",
        "AttributeError/TypeError in the exec reader thread",
        "odd details are ignored: an ExecError with the status message",
        _TESTS + "test_exec_status_with_odd_details",
    ),
    Finding(
        "manifests",
        "a manifest containing a control character (U+000B)",
        "yaml.ReaderError out of `loads_yaml`/`create_from_yaml` (not a ManifestError)",
        "the YAML reader is created inside the error mapping",
        _TESTS + "test_manifest_with_a_control_character",
    ),
    Finding(
        "spec-json",
        "Swagger 2.0 operation whose `x-kubernetes-group-version-kind.kind` is an object",
        "TypeError (unhashable) while modelling the operation",
        "the shape check types group, version and kind of an operation's GVK",
        _TESTS + "test_spec_operation_gvk_with_an_object_kind",
    ),
    Finding(
        "kubeconfig, manifests, spec-yaml",
        'a YAML escape beyond Unicode (`"\\U7fffffff"`)',
        "ValueError from PyYAML out of the kubeconfig, manifest and spec loaders",
        "mapped to ConfigException / ManifestError / SpecError",
        _TESTS + "test_kubeconfig_yaml_escape_beyond_unicode",
    ),
    Finding(
        "kubeconfig",
        "a context whose `cluster` is a mapping (e.g. a user's, with its token)",
        "**the token in the error message** (the value was echoed with repr)",
        "references must be strings; values of other types are named by type, never shown",
        _TESTS + "test_kubeconfig_context_cluster_a_mapping_is_not_echoed",
    ),
    Finding(
        "kubeconfig",
        "`current-context` a mapping",
        "**its content in the error message**",
        "current-context must be a string",
        _TESTS + "test_kubeconfig_current_context_a_mapping_is_not_echoed",
    ),
    Finding(
        "kubeconfig",
        "a context's `namespace` a mapping (e.g. a user's, with its client certificate)",
        "**the credential in `repr(Configuration)`** (the namespace was kept as its str())",
        "namespace must be a string; other types are named by type, never shown",
        _TESTS + "test_kubeconfig_context_namespace_a_mapping_is_not_echoed",
    ),
    Finding(
        "kubeconfig",
        "exec `env` not a list; `interactiveMode`/`apiVersion` a mapping",
        "TypeError; the mapping echoed in the message",
        "type checks; non-string values named by type",
        _TESTS + "test_kubeconfig_exec_section_of_wrong_types",
    ),
    Finding(
        "manifests",
        "a CRD whose `names` (or versions, subresources) has the wrong type, in a batch",
        "AttributeError out of `create_from_yaml`",
        "ignored in the plan (the server validates the CRD); its custom resources fail the "
        "plan, so nothing is created",
        _TESTS + "test_manifest_crd_names_not_a_mapping",
    ),
    Finding(
        "watch-stream",
        "an event with an unknown field holding invalid UTF-8 or `1e999`",
        "**a half-decoded event**: the typed object was yielded, reading `raw_object` "
        "raised DecodeError",
        "raw_object falls back to a lenient decode of the same bytes",
        _TESTS + "test_watch_event_raw_object_always_decodes",
    ),
    Finding(
        "spec-json",
        "a Swagger 2.0 parameter `$ref` to something that is no parameter (`#/definitions`)",
        "KeyError while modelling the operation",
        "the loader checks that a referenced parameter has `name` and `in`",
        _TESTS + "test_spec_parameter_reference_to_no_parameter",
    ),
    Finding(
        "spec-json",
        "a schema `$ref` pointing into a definition (`#/definitions/X/properties`)",
        "KeyError while modelling",
        "a reference that names no definition is an unsupported $ref (SpecError)",
        _TESTS + "test_spec_reference_into_a_definition",
    ),
    Finding(
        "spec-json",
        "a Swagger 2.0 parameter whose `description` is an object",
        "AttributeError while rendering the API module's docstrings",
        "the shape check types a parameter's description",
        _TESTS + "test_spec_parameter_description_not_a_string",
    ),
    Finding(
        "spec-yaml",
        "an OpenAPI v3 schema `allOf: [null]`",
        "TypeError in the v3 conversion",
        "only a one-element allOf holding a mapping with `$ref` is unwrapped; anything else "
        "is kept as it is",
        _TESTS + "test_spec_openapi3_all_of_holding_null",
    ),
    Finding(
        "spec-yaml",
        "an OpenAPI v3 path item with an operation-like mapping under a key that is no HTTP "
        'method (`""`), whose response is a string',
        "AttributeError in the v3 conversion (every mapping with `responses` was converted, "
        "only the methods were shape-checked)",
        "only the HTTP methods of a path item are converted, as only they are checked and read",
        _TESTS + "test_spec_openapi3_operation_under_a_key_that_is_no_method",
    ),
    Finding(
        "manifests",
        'a YAML escape beyond a C int (`"\\U80000000"`)',
        "OverflowError from PyYAML out of `loads_yaml` (the `\\U7fffffff` fix caught "
        "ValueError only)",
        "the shared YAML reader turns both into a scanner error with line and column, for "
        "kubeconfigs, manifests and specs",
        _TESTS + "test_manifest_yaml_escape_beyond_unicode",
    ),
    Finding(
        "spec-json",
        "a Swagger 2.0 parameter whose `$ref` is a list",
        "AttributeError while resolving the reference",
        "the shape check requires `$ref` of a parameter to be a string",
        _TESTS + "test_spec_parameter_reference_not_a_string",
    ),
    Finding(
        "spec-json",
        "an operationId replaced by an empty string (reproduced after 2,038 inputs; then, by "
        "reading the renderers: keywords and leading digits as operationIds, tags and "
        "definition names no class name can stand for, quotes and backslashes in wire names, "
        "paths and content types, NUL and control characters in descriptions, lone surrogate "
        "escapes)",
        "Python the formatter could not parse (`def (`, a quote closing a string literal): "
        "FormatError with an "
        "empty message, nothing written; a lone surrogate: UnicodeEncodeError when writing",
        "the model names operations, tags and definitions or raises a SpecError at their "
        "pointer; the loader refuses lone surrogates with their pointer; the Python target "
        "writes every spec string as an escaped literal and escapes control characters in "
        "docstrings, Python and Java method names escape keywords and leading digits; "
        "FormatError shows ruff's message; tests/hostile_spec.py compiles in both targets",
        _TESTS + "test_spec_strings_reach_generated_python_escaped",
    ),
)

#: what the soak and load runs showed that is not fixed (docs/reliability.md, "Open")
OPEN: tuple[str, ...] = (
    "httpcore's connection pool still scans every connection once for each idle connection "
    "at each request start and end (`_assign_requests_to_connections`: "
    "`len([connection.is_idle() for connection in self._connections])` counts all "
    "connections, not the idle ones). Since requests beyond the pool size wait for "
    "admission outside the pool (`client/_admission.py`) it is bounded by the pool size and no "
    "longer grows with the number of waiting requests, but it is still about half of the "
    "asyncio client's time in a profile at 1,000 requests on a pool of 100. A keep-alive "
    "limit below the pool size (httpx's 20, client-go's 25) skips the scan by closing each "
    "freed connection at once: about 1.5 times the asyncio throughput in an A/B run, but each "
    "next request then opens a new connection while the freed one is still closing, and the "
    "connections exceeded the pool (up to 126 of 100); so every pooled connection may stay "
    "idle (for httpx's 5 s), as in the official client's urllib3 pool.",
    "The cause of the load run's one `[SSL: WRONG_VERSION_NUMBER]` (the API server's answer "
    "to a TLS ClientHello read as no TLS record) is not known; not reproduced since. It is "
    "raised in the handshake of a fresh connection, before any byte of the request is "
    "written, so it is now retried with connection refusals and connect timeouts, for any "
    "verb.",
    "Soak RSS, now within the limit (+8.1 %; it was +14.2 %: a relist after a restart held "
    "every listed object as a dict, three clients at once, and each cached watched object "
    "kept its whole watch line alive). What remains, from shorter runs that sampled "
    "`sys.getallocatedblocks()` and glibc's `mallinfo2()`: steps of 0.3 to 1.7 MiB at API "
    "server restarts, where the number of live Python objects does not change (transient "
    "allocations of three clients reconnecting raise the allocators' high-water mark), and "
    "a creep of about 0.05 MiB per 10 s between restarts while live Python objects grow by "
    "0.5 % a minute: allocator fragmentation as churn replaces cached objects (glibc held "
    "21 to 23 MiB free in its arenas throughout; not returned, as the library calls no "
    "malloc_trim). The last sample "
    "(+1.8 MiB) follows the run's own checks, which list all objects and compare them with "
    "each cache.",
    "A model decoded from an API response keeps the whole response body alive as long as any "
    "of its objects lives: raw JSON fields (managedFields' `fieldsV1`, `msgspec.Raw`) are "
    "views of the buffer decoded, so keeping one ConfigMap of a 1,000-item list keeps the "
    "216 KB body. The watch and the informer decode each object from its own copy; the "
    "client's response decoding (client/_serde.py) does not yet (copying raw fields when "
    "decoding would).",
)
