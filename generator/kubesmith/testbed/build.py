"""Build the control-plane binaries from Go modules and cache them by version.

One `go build` produces kube-apiserver, kube-controller-manager, kube-scheduler and etcd
from the `testbed/` module, so the packages they share compile once; KWOK has its own
module (`testbed/kwok/`) because it pins older k8s.io libraries.  The result lands in
``<cache>/testbed/<version>/bin`` together with a stamp of the inputs, so a second build
with unchanged go.mod/go.sum is a no-op.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kubesmith.testbed import kwok_patch, paths

KUBE_PACKAGES = (
    "k8s.io/kubernetes/cmd/kube-apiserver",
    "k8s.io/kubernetes/cmd/kube-controller-manager",
    "k8s.io/kubernetes/cmd/kube-scheduler",
    "./cmd/etcd",
)
KWOK_PACKAGE = "sigs.k8s.io/kwok/cmd/kwok"
BINARIES = ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd", "kwok")

# Stage definitions shipped in the kwok module (kustomize/stage/...).  The standalone
# kwok binary refuses to start without stages; only kwokctl injects these defaults.
KWOK_STAGES = (
    "kustomize/stage/node/fast/node-initialize.yaml",
    "kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml",
    "kustomize/stage/pod/fast/pod-ready.yaml",
    "kustomize/stage/pod/fast/pod-complete.yaml",
    "kustomize/stage/pod/fast/pod-delete.yaml",
)

# Files whose content decides what gets built; their hash is the cache key.
_INPUT_FILES = ("go.mod", "go.sum", "cmd/etcd/main.go", "kwok/go.mod", "kwok/go.sum")
_STAMP = "stamp.json"
# -trimpath and -buildvcs=false keep the binaries independent of where the checkout is.
_GO_BUILD_FLAGS = ("-trimpath", "-buildvcs=false")


class BuildError(RuntimeError):
    pass


@dataclass(frozen=True)
class Binaries:
    """The cached binaries of one Kubernetes version."""

    kube_version: str
    root: Path

    @property
    def bin_dir(self) -> Path:
        return self.root / "bin"

    @property
    def stages_dir(self) -> Path:
        return self.root / "kwok-stages"

    def path(self, name: str) -> Path:
        return self.bin_dir / name

    def stage_files(self) -> list[Path]:
        return sorted(self.stages_dir.glob("*.yaml"))


def _ldflags(kube_version: str) -> str:
    """Version variables as hack/lib/version.sh sets them, so /version tells the truth."""
    minor = kube_version.lstrip("v").split(".")[1]
    flags = ["-s", "-w"]
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        flags += [
            f"-X {pkg}.gitVersion={kube_version}",
            f"-X {pkg}.gitMajor=1",
            f"-X {pkg}.gitMinor={minor}",
            f"-X {pkg}.gitTreeState=clean",
        ]
    return " ".join(flags)


def _inputs_digest(src: Path, kube_version: str) -> str:
    digest = hashlib.sha256(" ".join((*_GO_BUILD_FLAGS, _ldflags(kube_version))).encode())
    for name in _INPUT_FILES:
        digest.update(name.encode() + b"\0" + (src / name).read_bytes() + b"\0")
    # the build-time patch of KWOK is an input too
    digest.update(Path(kwok_patch.__file__).read_bytes())
    return digest.hexdigest()


def _go_env() -> dict[str, str]:
    env = dict(os.environ)
    # Static binaries: no C toolchain needed, and the build cache stays valid across
    # machines with different libc.  GOTOOLCHAIN is inherited on purpose.
    env["CGO_ENABLED"] = "0"
    return env


def cached(kube_version: str | None = None) -> Binaries | None:
    """The binaries for `kube_version` if they are built and match the current sources."""
    version = kube_version or paths.default_kube_version()
    bins = Binaries(version, paths.version_dir(version))
    if not all(bins.path(name).is_file() for name in BINARIES) or not bins.stage_files():
        return None
    src = paths.source_dir()
    if not (src / "go.mod").is_file():
        return bins  # installed without the Go sources: trust what is in the cache
    try:
        stamp = json.loads((bins.root / _STAMP).read_text())
    except (OSError, ValueError):
        return None
    if stamp.get("inputs") != _inputs_digest(src, version):
        return None
    return bins


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Serialise builds of one version: two pytest sessions must not both compile."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class _Progress:
    """Turns `go build -v` output (one package path per line) into periodic progress lines."""

    def __init__(self, label: str, total: int, out: TextIO, interval: float = 10.0) -> None:
        self.label, self.total, self.out, self.interval = label, total, out, interval
        self.done = 0
        self.start = self.last = time.monotonic()

    def package(self, name: str) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.report(name)

    def report(self, current: str = "") -> None:
        elapsed = int(time.monotonic() - self.start)
        pct = min(100, 100 * self.done // max(self.total, 1))
        print(
            f"[testbed build] {self.label}: {self.done}/{self.total} packages compiled ({pct}%), "
            f"{elapsed // 60}m{elapsed % 60:02d}s {current}",
            file=self.out,
            flush=True,
        )

    def finish(self) -> None:
        # `go build -v` lists only packages it compiles; the rest came from GOCACHE.
        elapsed = int(time.monotonic() - self.start)
        print(
            f"[testbed build] {self.label}: done in {elapsed // 60}m{elapsed % 60:02d}s "
            f"({self.done} packages compiled, {max(self.total - self.done, 0)} from the Go cache)",
            file=self.out,
            flush=True,
        )


def _count_packages(module_dir: Path, packages: tuple[str, ...], env: dict[str, str]) -> int:
    proc = subprocess.run(
        ["go", "list", "-deps", *packages],
        cwd=module_dir,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BuildError(f"go list failed in {module_dir}:\n{proc.stderr}")
    return len(proc.stdout.split())


def _go_build(
    label: str,
    module_dir: Path,
    packages: tuple[str, ...],
    out_dir: Path,
    ldflags: str,
    env: dict[str, str],
    log: TextIO,
    extra: tuple[str, ...] = (),
) -> None:
    total = _count_packages(module_dir, packages, env)
    progress = _Progress(label, total, log)
    print(f"[testbed build] {label}: building {total} packages", file=log, flush=True)
    cmd = ["go", "build", *_GO_BUILD_FLAGS, *extra, "-v", "-ldflags", ldflags]
    cmd += ["-o", f"{out_dir}/", *packages]
    proc = subprocess.Popen(
        cmd, cwd=module_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    problems: list[str] = []
    for line in proc.stdout:
        line = line.rstrip("\n")
        # -v prints bare import paths; anything else is a diagnostic worth keeping.
        if line and " " not in line and not line.startswith("#"):
            progress.package(line)
        else:
            problems.append(line)
    if proc.wait() != 0:
        raise BuildError(f"{' '.join(cmd)} failed in {module_dir}:\n" + "\n".join(problems))
    progress.finish()


def _module_dir(module_dir: Path, module: str, env: dict[str, str]) -> Path:
    proc = subprocess.run(
        ["go", "mod", "download", "-json", module],
        cwd=module_dir,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BuildError(f"go mod download {module} failed:\n{proc.stderr}{proc.stdout}")
    return Path(json.loads(proc.stdout)["Dir"])


def build(
    kube_version: str | None = None, *, force: bool = False, log: TextIO | None = None
) -> Binaries:
    """Build (or reuse) the control-plane binaries and return where they are."""
    out = log or sys.stderr
    version = kube_version or paths.default_kube_version()
    src = paths.source_dir()
    pinned = paths.pinned_version(src / "go.mod", "k8s.io/kubernetes")
    if version != pinned:
        raise BuildError(
            f"testbed/go.mod pins Kubernetes {pinned}, not {version}; "
            f"re-pin with `kubesmith testbed pin {version}`"
        )
    root = paths.version_dir(version)
    with _locked(root):
        if not force:
            existing = cached(version)
            if existing is not None:
                return existing
        started = time.monotonic()
        env = _go_env()
        staging = root / f"bin.tmp-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        ldflags = _ldflags(version)
        _go_build(f"kubernetes {version}", src, KUBE_PACKAGES, staging, ldflags, env, out)
        kwok_src = _module_dir(src / "kwok", "sigs.k8s.io/kwok", env)
        patched = staging.with_name(staging.name + "-kwok")
        modfile = kwok_patch.patched_module(kwok_src, src / "kwok", patched)
        _go_build(
            "kwok",
            src / "kwok",
            (KWOK_PACKAGE,),
            staging,
            "-s -w",
            env,
            out,
            (f"-modfile={modfile}",),
        )
        shutil.rmtree(patched, ignore_errors=True)

        stages = root / "kwok-stages"
        shutil.rmtree(stages, ignore_errors=True)
        stages.mkdir()
        for rel in KWOK_STAGES:
            shutil.copyfile(kwok_src / rel, stages / Path(rel).name)

        # Swap directories with renames so a testbed starting meanwhile (another pytest
        # session) practically never sees a missing binary; running ones keep their inodes.
        final = root / "bin"
        retired = root / f"bin.old-{os.getpid()}"
        if final.exists():
            final.rename(retired)
        staging.rename(final)
        shutil.rmtree(retired, ignore_errors=True)
        stamp = {"kube_version": version, "inputs": _inputs_digest(src, version)}
        (root / _STAMP).write_text(json.dumps(stamp, indent=2) + "\n")
        elapsed = int(time.monotonic() - started)
        print(
            f"[testbed build] done in {elapsed // 60}m{elapsed % 60:02d}s: {final}",
            file=out,
            flush=True,
        )
    bins = cached(version)
    if bins is None:
        raise BuildError(f"build finished but {root} is incomplete")
    return bins


def ensure_built(kube_version: str | None = None, log: TextIO | None = None) -> Binaries:
    """Return cached binaries, building them first if needed."""
    return cached(kube_version) or build(kube_version, log=log)
