"""The one error type of the generator: a problem in the input, with its location."""

from __future__ import annotations


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) to the given path."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "/" + "/".join(escaped) if parts else ""


class SpecError(Exception):
    """Bad input: names the file and the JSON pointer (or line) of the problem."""

    def __init__(self, source: str, where: str, message: str) -> None:
        super().__init__(
            f"{source}: {where or '/'}: {message}" if where else f"{source}: {message}"
        )
        self.source = source
        self.where = where
        self.message = message
