"""The error every configuration loader raises."""

from __future__ import annotations

__all__ = ["ConfigException"]


class ConfigException(Exception):
    """A kubeconfig or in-cluster configuration that cannot be used.

    The message names the file and the place in it (``users[2].user.client-certificate``) and
    never contains a credential.
    """
