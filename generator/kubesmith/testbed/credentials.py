"""Who can talk to a testbed: users, their certificates and tokens, and the kubeconfig.

Every authentication path a Kubernetes client has to support gets its own identity:
a client certificate (admin, in system:masters), a static bearer token (admin), a user
with no RBAC rights at all, and a token obtained from an exec credential plugin.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kubesmith.testbed.pki import CertificateAuthority, KeyPair

CLUSTER_NAME = "kubesmith-testbed"
ADMIN_USER = "kubesmith-admin"
TOKEN_ADMIN_USER = "kubesmith-token-admin"
LIMITED_USER = "kubesmith-limited"
EXEC_USER = "kubesmith-exec-user"
EXEC_GROUP = "kubesmith:exec-users"
MASTERS = "system:masters"

# Context names of the user kubeconfig; the first is the current-context.
CONTEXT_ADMIN = "admin"
CONTEXT_ADMIN_TOKEN = "admin-token"
CONTEXT_LIMITED = "limited"
CONTEXT_EXEC = "exec"
CONTEXTS = (CONTEXT_ADMIN, CONTEXT_ADMIN_TOKEN, CONTEXT_LIMITED, CONTEXT_EXEC)


@dataclass(frozen=True)
class StaticToken:
    """A line of kube-apiserver's --token-auth-file.  The token is kept out of reprs."""

    user: str
    uid: str
    groups: tuple[str, ...]
    token: str = field(repr=False, default_factory=lambda: secrets.token_urlsafe(32))


@dataclass(frozen=True)
class Credentials:
    """All identities of one testbed, written below `directory`."""

    directory: Path
    ca: Path
    admin: KeyPair
    limited: KeyPair
    controller_manager: KeyPair
    scheduler: KeyPair
    admin_token: StaticToken
    limited_token: StaticToken
    exec_token: StaticToken
    token_file: Path
    exec_plugin: Path

    @classmethod
    def create(cls, directory: Path, ca: CertificateAuthority) -> Credentials:
        def client(name: str, user: str, *groups: str) -> KeyPair:
            return ca.issue(name, user, organizations=groups, client=True)

        admin_token = StaticToken(TOKEN_ADMIN_USER, "uid-token-admin", (MASTERS,))
        limited_token = StaticToken(LIMITED_USER, "uid-limited", ())
        exec_token = StaticToken(EXEC_USER, "uid-exec-user", (EXEC_GROUP,))
        token_file = directory / "tokens.csv"
        _write_secret(token_file, _token_csv((admin_token, limited_token, exec_token)))
        exec_plugin = directory / "exec-credential-plugin"
        _write_secret(exec_plugin, _exec_plugin_script(exec_token.token), mode=0o700)
        return cls(
            directory=directory,
            ca=ca.cert_file,
            admin=client("admin", ADMIN_USER, MASTERS),
            limited=client("limited", LIMITED_USER),
            # The bootstrap RBAC policy has roles for exactly these user names.
            controller_manager=client("kube-controller-manager", "system:kube-controller-manager"),
            scheduler=client("kube-scheduler", "system:kube-scheduler"),
            admin_token=admin_token,
            limited_token=limited_token,
            exec_token=exec_token,
            token_file=token_file,
            exec_plugin=exec_plugin,
        )


def _write_secret(path: Path, text: str, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as f:
        f.write(text)


def _token_csv(tokens: tuple[StaticToken, ...]) -> str:
    # Format: token,user,uid,"group1,group2" (the group column is optional).
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for t in tokens:
        row = [t.token, t.user, t.uid]
        if t.groups:
            row.append(",".join(t.groups))
        writer.writerow(row)
    return buf.getvalue()


def _exec_plugin_script(token: str) -> str:
    credential = {
        "apiVersion": "client.authentication.k8s.io/v1",
        "kind": "ExecCredential",
        "status": {"token": token},
    }
    # A plain sh script: the plugin must work with nothing but /bin/sh on the machine.
    return (
        "#!/bin/sh\n"
        "# Exec credential plugin of the kubesmith testbed (client.authentication.k8s.io/v1).\n"
        "cat <<'EOF'\n" + json.dumps(credential) + "\nEOF\n"
    )


def _b64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode()


def user_kubeconfig(creds: Credentials, server: str) -> dict[str, Any]:
    """A kubeconfig with one context per identity, certificates embedded as data."""
    users: list[dict[str, Any]] = [
        {
            "name": ADMIN_USER,
            "user": {
                "client-certificate-data": _b64(creds.admin.cert),
                "client-key-data": _b64(creds.admin.key),
            },
        },
        {"name": TOKEN_ADMIN_USER, "user": {"token": creds.admin_token.token}},
        {"name": LIMITED_USER, "user": {"token": creds.limited_token.token}},
        {
            "name": EXEC_USER,
            "user": {
                "exec": {
                    "apiVersion": "client.authentication.k8s.io/v1",
                    "command": str(creds.exec_plugin),
                    "args": [],
                    "interactiveMode": "Never",
                    "provideClusterInfo": False,
                }
            },
        },
    ]
    context_users = {
        CONTEXT_ADMIN: ADMIN_USER,
        CONTEXT_ADMIN_TOKEN: TOKEN_ADMIN_USER,
        CONTEXT_LIMITED: LIMITED_USER,
        CONTEXT_EXEC: EXEC_USER,
    }
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "preferences": {},
        "clusters": [
            {
                "name": CLUSTER_NAME,
                "cluster": {"server": server, "certificate-authority-data": _b64(creds.ca)},
            }
        ],
        "users": users,
        "contexts": [
            {"name": name, "context": {"cluster": CLUSTER_NAME, "user": user}}
            for name, user in context_users.items()
        ],
        "current-context": CONTEXT_ADMIN,
    }


def component_kubeconfig(ca: Path, pair: KeyPair, server: str) -> dict[str, Any]:
    """Kubeconfig for a control-plane component, referring to certificate files."""
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [
            {"name": CLUSTER_NAME, "cluster": {"server": server, "certificate-authority": str(ca)}}
        ],
        "users": [
            {
                "name": "component",
                "user": {"client-certificate": str(pair.cert), "client-key": str(pair.key)},
            }
        ],
        "contexts": [
            {"name": "default", "context": {"cluster": CLUSTER_NAME, "user": "component"}}
        ],
        "current-context": "default",
    }


def write_kubeconfig(path: Path, config: dict[str, Any]) -> Path:
    _write_secret(path, yaml.safe_dump(config, sort_keys=False))
    return path
