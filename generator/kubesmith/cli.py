"""Command line: ``kubesmith generate`` (and the testbed commands)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .cluster import fetch as fetch_from_cluster
from .crd import CrdReport
from .errors import SpecError
from .load import LoadedSpec
from .model import ClientModel
from .pipeline import generate as run_generate
from .targets import TARGETS, UnknownTarget
from .targets import get as get_target
from .write import FormatError

#: the complete spec of the release (every group; specs/*-source/README.md), relative to the root
DEFAULT_SPEC = "specs/kubernetes-v1.37.2-source/swagger.json"


@click.group()
@click.version_option(package_name="kubesmith")
def main() -> None:
    """kubesmith: generate a typed Kubernetes client from the OpenAPI spec."""


@main.command()
@click.option(
    "--target",
    type=click.Choice(TARGETS),
    default=TARGETS[0],
    show_default=True,
    help="The language of the generated client.",
)
@click.option(
    "--spec", "spec", default=DEFAULT_SPEC, show_default=True, help="File, URL or v3 directory."
)
@click.option(
    "--crd",
    "crd",
    multiple=True,
    type=click.Path(exists=True),
    help="CRD manifest file or directory (repeatable): typed models and APIs for its kinds.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Directory of the generated project [default: output/<target>].",
)
@click.option("--package-name", default="kubeclient", show_default=True)
@click.option(
    "--base-package",
    default=None,
    help="With --crd: generate only the CRDs' models and APIs into --package-name, reusing "
    "this already generated package's models (V1ObjectMeta …) and runtime.",
)
@click.option(
    "--kubernetes-version",
    default=None,
    help="e.g. 1.36; read from the spec or its file name when not given.",
)
@click.option(
    "--formatter",
    default=None,
    help="python: ruff (default) or black; java: none (the generated Java is laid out by "
    "the generator).",
)
@click.option(
    "--rename",
    "rename",
    multiple=True,
    metavar="GROUP/KIND:json.path=name",
    help="With --crd (repeatable): the name of one property in every target "
    "(e.g. example.com/Widget:spec.proxyUrl=proxy_url_legacy); wire names never change.",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="With --crd: leave out a CRD with a problem, generate the others, report each "
    "problem and exit 2.",
)
@click.option("--check", is_flag=True, help="Only report files that differ from --out.")
@click.option(
    "--from-cluster",
    is_flag=True,
    help="Read the spec from a live cluster's /openapi/v3 instead of --spec.",
)
@click.option("--kubeconfig", default=None, help="With --from-cluster (default: $KUBECONFIG).")
@click.option("--context", default=None, help="With --from-cluster (default: current context).")
@click.option(
    "--without-runtime",
    is_flag=True,
    hidden=True,
    help="Leave out the copied runtime (the golden test covers generated code only).",
)
def generate(
    target: str,
    spec: str,
    crd: tuple[str, ...],
    out: Path | None,
    package_name: str,
    kubernetes_version: str | None,
    formatter: str | None,
    check: bool,
    from_cluster: bool,
    kubeconfig: str | None,
    context: str | None,
    without_runtime: bool,
    base_package: str | None,
    rename: tuple[str, ...],
    keep_going: bool,
) -> None:
    """Generate the client from a Kubernetes OpenAPI spec.

    --spec takes a Swagger 2.0 or OpenAPI v3 file or URL, or a directory of the OpenAPI v3
    documents Kubernetes serves (as `make spec` writes them).
    """
    started = time.perf_counter()
    try:
        if out is None:
            out = Path(get_target(target).default_out)
        source: str | LoadedSpec = spec
        if from_cluster:
            source, git_version = fetch_from_cluster(kubeconfig, context)
            kubernetes_version = kubernetes_version or git_version
        result = run_generate(
            source,
            out,
            package_name,
            kubernetes_version,
            formatter,
            check,
            not without_runtime,
            crds=crd,
            base_package=base_package,
            target=target,
            renames=rename,
            keep_going=keep_going,
        )
    except (SpecError, FormatError, UnknownTarget) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    elapsed = time.perf_counter() - started
    report = result.crd
    if check:
        if result.stale:
            click.echo(f"{out} is out of date; these files differ:", err=True)
            for path in result.stale:
                click.echo(f"  {path}", err=True)
            sys.exit(1)
        click.echo(f"{out} is up to date ({result.files} files)")
    else:
        client = result.client
        own = [d for d in client.definitions if d.spec_name not in client.external_definitions]
        operations = sum(
            len(a.operations) for a in client.apis if a.tag not in client.external_tags
        )
        apis = sum(1 for a in client.apis if a.tag not in client.external_tags)
        click.echo(
            f"generated {result.files} files into {out} in {elapsed:.1f}s: "
            f"{len(own)} models, {operations} operations in {apis} API classes"
        )
    if report is not None and report.definitions:
        for line in crd_summary(result.client, report):
            click.echo(line)
    if report is not None and report.problems:
        for problem in report.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo(
            f"{len(report.problems)} CRD file(s) or CRD(s) left out (--keep-going)", err=True
        )
        sys.exit(2)


def crd_summary(client: ClientModel, report: CrdReport) -> list[str]:
    """What ``kubesmith generate --crd`` prints about the CRDs' classes."""
    ours = set(report.definitions)
    names = [d.class_name for d in client.definitions if d.spec_name in ours]
    lengths = [len(name) for name in names]
    lines = [
        f"CRD classes: {len(names)}, class names {sum(lengths) / len(lengths):.1f} characters "
        f"on average, {max(lengths)} at most; {report.shapes.deduplicated} equal shapes "
        f"shared, {sum(report.shapes.reused.values())} built-in types reused"
    ]
    if report.shapes.reused:
        by_class = {d.spec_name: d.class_name for d in client.definitions}
        reused = sorted(
            (by_class.get(name, name), count) for name, count in report.shapes.reused.items()
        )
        lines.append("  reused: " + ", ".join(f"{name} x{count}" for name, count in reused))
    for kind, spec_name in report.prefixed:
        cls = next((d.class_name for d in client.definitions if d.spec_name == spec_name), "?")
        lines.append(f"  {kind} is named {cls}: its plain name is a built-in class's")
    return lines


def _add_testbed() -> None:
    try:
        from .testbed.cli import testbed
    except ImportError:  # the testbed package is optional at import time
        return
    main.add_command(testbed)


_add_testbed()
