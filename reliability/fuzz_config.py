"""Fuzz target of kubeconfig loading: mutated kubeconfigs (wrong types, missing references,
bad base64, bad PEM, broken YAML).

Property: loading either raises :class:`ConfigException` or succeeds, and then the TLS
context of what was loaded builds (a CA, client certificate or key that is not PEM is a
ConfigException at load time, naming the place, not an error at the first request); no
message (nor the configuration's repr) contains a credential still in a credential field of
the input.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import strategies as st
from kubeclient.client.configuration import Configuration
from kubeclient.config import ConfigException, load_kube_config

from .mutate import mutate_bytes, mutate_tree

__all__ = ["check_kubeconfig", "pem_pair"]

#: fields whose values are credentials (never shown)
SECRET_FIELDS = frozenset(
    {"token", "password", "client-key-data", "id-token", "refresh-token", "client-secret"}
)


@cache
def pem_pair() -> tuple[str, str]:
    """A self-signed certificate and its key, base64 of PEM as kubeconfigs hold them."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fuzz")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    return base64.b64encode(cert_pem).decode(), base64.b64encode(key_pem).decode()


def _seed() -> dict[str, Any]:
    cert, key = pem_pair()
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "current-context": "admin",
        "clusters": [
            {
                "name": "testbed",
                "cluster": {"server": "https://127.0.0.1:6443", "certificate-authority-data": cert},
            },
            {"name": "plain", "cluster": {"server": "http://127.0.0.1:8080"}},
        ],
        "users": [
            {"name": "admin", "user": {"client-certificate-data": cert, "client-key-data": key}},
            {"name": "token", "user": {"token": "s3cret-bearer-token-0123456789"}},
            {"name": "basic", "user": {"username": "alice", "password": "s3cret-passw0rd-xyz"}},
            {
                "name": "oidc",
                "user": {
                    "auth-provider": {
                        "name": "oidc",
                        "config": {
                            "client-id": "kubesmith",
                            "client-secret": "s3cret-client-secret-abc",
                            "idp-issuer-url": "https://issuer.invalid",
                            "id-token": "s3cret-id-token-eyJhbGciOi",
                            "refresh-token": "s3cret-refresh-token-def",
                        },
                    }
                },
            },
            {
                "name": "exec",
                "user": {
                    "exec": {
                        "apiVersion": "client.authentication.k8s.io/v1",
                        "command": "kubesmith-fuzz-no-such-plugin",
                        "args": ["--token"],
                        "env": [{"name": "SECRET", "value": "s3cret-env-value-ghi"}],
                        "interactiveMode": "Never",
                    }
                },
            },
        ],
        "contexts": [
            {"name": "admin", "context": {"cluster": "testbed", "user": "admin"}},
            {"name": "token", "context": {"cluster": "testbed", "user": "token", "namespace": "x"}},
            {"name": "basic", "context": {"cluster": "plain", "user": "basic"}},
            {"name": "oidc", "context": {"cluster": "testbed", "user": "oidc"}},
            {"name": "exec", "context": {"cluster": "testbed", "user": "exec"}},
        ],
    }


def _strings(tree: Any, secret: bool = False) -> list[tuple[str, bool]]:
    """Every string of ``tree`` and whether it is the value of a credential field."""
    found: list[tuple[str, bool]] = []
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += _strings(value, key in SECRET_FIELDS)
            if isinstance(key, str):
                found.append((key, False))
    elif isinstance(tree, list):
        for item in tree:
            found += _strings(item, secret)
    elif isinstance(tree, str):
        found.append((tree, secret))
    return found


def _secrets(tree: Any) -> set[str]:
    """Credential texts (and the lines of decoded PEM keys) that appear nowhere else."""
    found = _strings(tree)
    public = {text for text, secret in found if not secret}
    secrets: set[str] = set()
    for text, secret in found:
        if not secret or len(text) < 8 or any(text in other for other in public):
            continue
        secrets.add(text)
        try:
            decoded = base64.b64decode(text, validate=True).decode()
        except ValueError:
            continue
        secrets.update(line for line in decoded.splitlines() if len(line) >= 16)
    return secrets


def check_kubeconfig(data: st.DataObject) -> None:
    tree = mutate_tree(data, _seed(), max_mutations=3)
    context = data.draw(st.sampled_from([None, "admin", "token", "basic", "oidc", "exec"]))
    text = yaml.safe_dump(tree, sort_keys=False).encode()
    if data.draw(st.booleans(), label="byte-level too"):
        text = mutate_bytes(data, text)
    secrets = _secrets(tree)
    work = Path(tempfile.mkdtemp(prefix="kubesmith-fuzz-kubeconfig-"))
    path = work / "config"
    path.write_bytes(text)
    cfg = Configuration()
    path_env = os.environ.get("PATH", "")
    os.environ["PATH"] = str(work)  # a mutated exec section runs nothing real
    try:
        load_kube_config(config_file=str(path), context=context, client_configuration=cfg)
    except ConfigException as error:
        _assert_secret_free(secrets, str(error), repr(error))
    else:
        # what loaded is usable: the TLS material was checked at load (no ApiValueError now)
        cfg.ssl_context()
    finally:
        os.environ["PATH"] = path_env
        shutil.rmtree(work, ignore_errors=True)
    _assert_secret_free(secrets, repr(cfg), cfg.to_debug_report())


def _assert_secret_free(secrets: set[str], *texts: str) -> None:
    for text in texts:
        leaked = sorted(secret for secret in secrets if secret in text)
        assert not leaked, f"credential text in {text[:300]!r}"
