"""A real spec whose strings hold everything that can break generated code: quotes,
backslashes, triple quotes, ``*/``, ``\\u`` sequences, NUL and other control characters,
line separators; operationIds that are keywords or start with a digit. Each target must
generate code that compiles from it (the fuzz target found the first of these)."""

from __future__ import annotations

from typing import Any

#: text for descriptions (docstrings, Javadoc)
HOSTILE = 'a"b\'c\\d"""e\x00f\x85g\x1b\u2028h\ri*/j\\u000ak\x1fl\\'
#: text for names (wire names, paths, content types)
NAME = "x\"y'z\\w"


def _config_maps(document: dict[str, Any]) -> dict[str, Any]:
    return next(item for path, item in document["paths"].items() if path.endswith("/configmaps"))


def make_hostile(document: dict[str, Any]) -> None:
    """Put the hostile strings into ``document`` (the golden spec, or one built on it)."""
    definitions = document["definitions"]
    config_map = definitions["io.k8s.api.core.v1.ConfigMap"]
    config_map["description"] = HOSTILE
    config_map["properties"]["data"]["description"] = HOSTILE
    lease = definitions["io.k8s.api.coordination.v1.LeaseSpec"]
    lease["properties"][NAME] = {"type": "string", "description": HOSTILE}
    lease["properties"]["strategy"]["enum"] = ['A"', "B'", "C\\", "\x00", "\u2028"]
    lease.setdefault("required", []).append("holderIdentity")
    lease["properties"]["holderIdentity"]["default"] = 'x"\\\x00'
    operations = _config_maps(document)
    first, second = operations["get"], operations["post"]
    first["description"] = HOSTILE
    first["operationId"] = "import"
    second["operationId"] = "9lives"
    second["consumes"] = [f"application/{NAME}"]
    second["produces"] = [f"application/{NAME}"]
    second.setdefault("parameters", []).append(
        {"name": NAME, "in": "query", "type": "string", "description": HOSTILE}
    )
    path = next(p for p in sorted(document["paths"]) if p.endswith("/configmaps/{name}"))
    document["paths"][f"{path}/{NAME}"] = document["paths"].pop(path)
