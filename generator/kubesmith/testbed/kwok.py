"""KWOK, the fake kubelet: its configuration and the node it manages.

KWOK keeps fake nodes Ready and moves pods bound to them through their lifecycle
according to Stage objects.  The cluster-wide ClusterExec/ClusterLogs/ClusterPortForward
rules make the kubelet endpoints the apiserver proxies to do something real:
`exec` runs the requested command as a local process, `logs` serves a local file and
`port-forward` dials a local TCP address.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KWOK_API = "kwok.x-k8s.io/v1alpha1"
DEFAULT_NODE = "kwok-node-0"
POD_CIDR = "10.244.0.0/16"


@dataclass(frozen=True)
class KwokSetup:
    """Local resources behind the fake kubelet endpoints."""

    exec_workdir: Path
    logs_file: Path
    previous_logs_file: Path
    port_forward_address: str
    port_forward_port: int


def cri_log(lines: list[str], stream: str = "stdout") -> str:
    """Lines in the CRI log format the kubelet (and KWOK) read: `<time> <stream> F <text>`."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return "".join(f"{now} {stream} F {line}\n" for line in lines)


def config_documents(stage_files: list[Path], setup: KwokSetup) -> list[dict[str, Any]]:
    # No KwokConfiguration document on purpose: kwok applies its defaults (parallelism
    # and the like) only when the file has none, and our options are all flags.
    docs: list[dict[str, Any]] = []
    for stage in stage_files:
        docs.extend(d for d in yaml.safe_load_all(stage.read_text()) if d)
    docs += [
        {
            "apiVersion": KWOK_API,
            "kind": "ClusterExec",
            "metadata": {"name": "testbed-exec"},
            "spec": {"execs": [{"local": {"workDir": str(setup.exec_workdir)}}]},
        },
        {
            "apiVersion": KWOK_API,
            "kind": "ClusterLogs",
            "metadata": {"name": "testbed-logs"},
            "spec": {
                "logs": [
                    {
                        "logsFile": str(setup.logs_file),
                        "previousLogsFile": str(setup.previous_logs_file),
                        "follow": True,
                    }
                ]
            },
        },
        {
            # attach follows the container's log file from its end, as a process's output
            "apiVersion": KWOK_API,
            "kind": "ClusterAttach",
            "metadata": {"name": "testbed-attach"},
            "spec": {"attaches": [{"logsFile": str(setup.logs_file)}]},
        },
        {
            "apiVersion": KWOK_API,
            "kind": "ClusterPortForward",
            "metadata": {"name": "testbed-port-forward"},
            "spec": {
                "forwards": [
                    {
                        "target": {
                            "address": setup.port_forward_address,
                            "port": setup.port_forward_port,
                        }
                    }
                ]
            },
        },
    ]
    return docs


def write_config(path: Path, stage_files: list[Path], setup: KwokSetup) -> Path:
    path.write_text(yaml.safe_dump_all(config_documents(stage_files, setup), sort_keys=False))
    return path


def node_manifest(name: str) -> dict[str, Any]:
    """A Node object for KWOK to manage (status is filled in by the node-initialize stage)."""
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {
            "name": name,
            "annotations": {"kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0"},
            "labels": {
                "kubernetes.io/arch": "amd64",
                "kubernetes.io/os": "linux",
                "kubernetes.io/hostname": name,
                "type": "kwok",
            },
        },
        "spec": {},
    }
