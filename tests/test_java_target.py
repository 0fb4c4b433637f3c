"""The Java target: names, determinism, golden output, ``--check``, bad input, and that the
generated Java compiles with ``-Xlint:all -Werror`` for every spec we ship or share.

Regenerate the golden copy with ``make golden`` after an intended change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_spec import make_hostile
from java_specs import write_java_spec
from kubesmith.cli import main
from kubesmith.pipeline import generate
from kubesmith.targets.java import naming
from kubesmith.targets.java.render import doc_lines, java_string
from kubesmith.write import differences
from test_crd import GOOD as GOOD_CRDS

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
GOLDEN_JAVA = GOLDEN / "java"
SHARED_SPECS = Path(os.environ.get("KUBESMITH_SHARED", ROOT.parent / "shared")) / "specs"
DEFAULT_SPEC = ROOT / "specs" / "kubernetes-v1.37.2" / "swagger.json"
COMPILE_ALL = ROOT / "tests" / "java_support" / "CompileAll.java"
#: the seed chapter's Java snippets, compiled beside the default spec's client
CHAPTER = ROOT / "tests" / "java_support" / "Chapter.java"
MAVEN_REPO = Path.home() / ".m2" / "repository"
#: the generated project's run-time dependencies (the pom's), as Maven caches them
DEPENDENCIES = (
    ("com/fasterxml/jackson/core", "jackson-core", "2.23.0"),
    ("org/snakeyaml", "snakeyaml-engine", "3.2"),
)


def _generate(out: Path, spec: Path = GOLDEN / "spec.json", **kwargs: object) -> None:
    generate(str(spec), out, version="1.36", runtime=False, target="java", **kwargs)  # type: ignore[arg-type]


# -- names ------------------------------------------------------------------------------------

#: wire name → (field, getter stem, builder stem); client-java's names are the contract
FIELD_NAMES = {
    "podIPs": ("podIPs", "PodIPs", "PodIPs"),
    "continue": ("_continue", "Continue", "Continue"),
    "default": ("_default", "Default", "Default"),
    "enum": ("_enum", "Enum", "Enum"),
    "$ref": ("$ref", "$Ref", "Ref"),
    "$schema": ("$schema", "$Schema", "Schema"),
    "x-kubernetes-list-type": ("xKubernetesListType", "xKubernetesListType", "XKubernetesListType"),
    "apiVersion": ("apiVersion", "ApiVersion", "ApiVersion"),
    "nat-outgoing": ("natOutgoing", "NatOutgoing", "NatOutgoing"),
    "3d": ("_3d", "3d", "3d"),
    "class": ("_class", "Class", "Class"),
}

#: list-field builder stem → the singular ``addNewX`` takes (sundrio's)
SINGULARS = {
    "Containers": "Container",
    "InitContainers": "InitContainer",
    "HostAliases": "HostAlias",
    "Policies": "Policy",
    "Addresses": "Address",
    "ContainerStatuses": "ContainerStatus",
    "Env": "Env",
    "Ingress": "Ingress",
    "PodIPs": "PodIP",
    "Items": "Item",
    "Causes": "Cause",
    "MatchExpressions": "MatchExpression",
    "Data": "Data",
}

#: (operationId, tag) → client-java's method name
METHODS = {
    ("listCoreV1NamespacedPod", "core_v1"): "listNamespacedPod",
    ("getCoreV1APIResources", "core_v1"): "getAPIResources",
    ("getCodeVersion", "version"): "getCode",
    ("connectCoreV1GetNamespacedPodExec", "core_v1"): "connectGetNamespacedPodExec",
    ("patchAppsV1NamespacedDeploymentScale", "apps_v1"): "patchNamespacedDeploymentScale",
    ("listFlowcontrolApiserverV1FlowSchema", "flowcontrolApiserver_v1"): "listFlowSchema",
    ("readCoreV1NamespacedPodLog", "core_v1"): "readNamespacedPodLog",
}


@pytest.mark.parametrize("wire", sorted(FIELD_NAMES))
def test_field_names_are_pinned(wire: str) -> None:
    field, getter, fluent = FIELD_NAMES[wire]
    name = naming.identifier(wire)
    assert (name, naming.accessor_stem(name), naming.fluent_stem(name)) == (field, getter, fluent)


@pytest.mark.parametrize("stem", sorted(SINGULARS))
def test_singulars_are_pinned(stem: str) -> None:
    assert naming.singular(stem) == SINGULARS[stem]


@pytest.mark.parametrize(("operation_id", "tag"), sorted(METHODS))
def test_method_names_are_pinned(operation_id: str, tag: str) -> None:
    method = naming.method_name(operation_id, tag)
    assert method == METHODS[(operation_id, tag)]
    assert naming.request_class(method) == f"API{method}Request"


def test_clashing_parameters_get_a_suffix() -> None:
    assert naming.parameter_names(["name", "namespace", "path", "path"]) == [
        "name",
        "namespace",
        "path",
        "path2",
    ]


def test_spec_text_cannot_break_out_of_comments_or_strings() -> None:
    lines = doc_lines("ends */ here, \\u0041 escape, @param tag, <b> & more")
    text = "".join(lines)
    assert "*/" not in text and "\\" not in text and "@" not in text and "<b>" not in text
    assert java_string('a "quoted"\\path\n') == '"a \\"quoted\\"\\\\path\\n"'


# -- output -----------------------------------------------------------------------------------


def test_golden_output(tmp_path: Path) -> None:
    _generate(tmp_path / "out")
    stale = differences(tmp_path / "out", GOLDEN_JAVA)
    assert stale == [], f"Java golden output differs (run `make golden` and review): {stale}"


def test_determinism_across_hash_seeds(tmp_path: Path) -> None:
    outs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed{seed}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kubesmith",
                "generate",
                "--target",
                "java",
                "--spec",
                str(GOLDEN / "spec.json"),
                "--out",
                str(out),
                "--kubernetes-version",
                "1.36",
            ],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        )
        outs.append(out)
    assert differences(outs[0], outs[1]) == []
    assert len(list(outs[0].rglob("*.java"))) > 100


def test_check_mode_reports_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    model = out / "src/main/java/dev/kubesmith/kubeclient/openapi/models/V1ConfigMap.java"
    model.write_text(model.read_text() + "// edited by hand\n")
    result = generate(
        str(GOLDEN / "spec.json"), out, version="1.36", runtime=False, target="java", check=True
    )
    assert result.stale == (
        "src/main/java/dev/kubesmith/kubeclient/openapi/models/V1ConfigMap.java",
    )
    assert model.read_text().endswith("// edited by hand\n"), "check mode writes nothing"


def test_both_call_styles_and_builders_are_generated(tmp_path: Path) -> None:
    _generate(tmp_path / "out")
    base = tmp_path / "out/src/main/java/dev/kubesmith/kubeclient/openapi"
    api = (base / "apis/CoreV1Api.java").read_text()
    # current style: required positional, optional chained; legacy: all positional + Call
    assert (
        "public APIlistNamespacedConfigMapRequest listNamespacedConfigMap(String namespace) {"
        in api
    )
    assert "public APIlistNamespacedConfigMapRequest labelSelector(String labelSelector) {" in api
    assert "public V1ConfigMapList listNamespacedConfigMap(String namespace, String pretty, " in api
    assert "public Call listNamespacedConfigMapCall(String namespace, String pretty, " in api
    # a delete answers the object or a Status: decoded by kind; an optional body comes last
    assert (
        "public Object deleteNamespacedConfigMap(String name, String namespace, String pretty"
        in api
    )
    assert "V1DeleteOptions body) throws ApiException {" in api
    assert "ModelRegistry.class" in api
    fluent = (base / "models/V1ConfigMapListFluent.java").read_text()
    assert "public ItemsNested addNewItem() {" in fluent
    assert "public A endItem() {" in fluent
    assert "public MetadataNested withNewMetadata() {" in fluent
    assert (
        "class V1ConfigMapBuilder extends V1ConfigMapFluent<V1ConfigMapBuilder>"
        in (base / "models/V1ConfigMapBuilder.java").read_text()
    )
    registry = (base / "models/ModelRegistry.java").read_text()
    assert 'case "v1/ConfigMap":\n        return V1ConfigMap.class;' in registry
    assert 'case "v1/ConfigMap":\n        return "configmaps";' in registry


def test_secret_values_stay_out_of_to_string(tmp_path: Path) -> None:
    _generate(tmp_path / "out", spec=DEFAULT_SPEC)
    secret = tmp_path / "out/src/main/java/dev/kubesmith/kubeclient/openapi/models/V1Secret.java"
    text = secret.read_text()
    assert '.append((data == null ? "null" : "<redacted>"))' in text
    assert '.append((stringData == null ? "null" : "<redacted>"))' in text


# -- bad input --------------------------------------------------------------------------------


def test_a_package_name_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--target",
            "java",
            "--spec",
            str(GOLDEN / "spec.json"),
            "--out",
            str(tmp_path / "out"),
            "--package-name",
            "other",
        ],
    )
    assert result.exit_code == 2
    assert "dev.kubesmith.kubeclient" in result.output
    assert not (tmp_path / "out").exists()


def test_a_broken_spec_names_the_place_and_writes_nothing(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"swagger": "2.0", "paths": {}, "definitions": {"x": {"type": 7}}}')
    result = CliRunner().invoke(
        main,
        ["generate", "--target", "java", "--spec", str(spec), "--out", str(tmp_path / "out")],
    )
    assert result.exit_code == 2
    assert str(spec) in result.output
    assert not (tmp_path / "out").exists()


def test_base_package_is_refused_for_java(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--target",
            "java",
            "--spec",
            str(write_java_spec(tmp_path)),
            "--out",
            str(tmp_path / "out"),
            "--crd",
            str(GOOD_CRDS),
            "--base-package",
            "kubeclient",
        ],
    )
    assert result.exit_code == 2
    assert "--base-package is not supported by the Java target" in result.output


# -- javac ------------------------------------------------------------------------------------


def _classpath() -> str:
    jars = []
    for group, artifact, version in DEPENDENCIES:
        jar = MAVEN_REPO / group / artifact / version / f"{artifact}-{version}.jar"
        if not jar.exists():
            # a fresh machine: let Maven fetch it (it is the generated pom's dependency)
            subprocess.run(
                [
                    "mvn",
                    "-q",
                    "dependency:get",
                    f"-Dartifact={group.replace('/', '.')}:{artifact}:{version}",
                ],
                check=True,
            )
        jars.append(str(jar))
    return os.pathsep.join(jars)


def _compile(tmp_path: Path, trees: list[Path]) -> None:
    assert shutil.which("java"), "the JDK is part of the machine"
    result = subprocess.run(
        [
            "java",
            "-Xmx3g",
            str(COMPILE_ALL),
            _classpath(),
            str(tmp_path / "classes"),
            *map(str, trees),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-20000:]


def _generate_full(spec: Path, out: Path, crds: tuple[Path, ...] = ()) -> Path:
    generate(str(spec), out, target="java", crds=crds)
    return out


def test_golden_client_compiles_without_warnings(tmp_path: Path) -> None:
    # the golden spec with Pod, which the runtime's pod helpers take
    _compile(tmp_path, [_generate_full(write_java_spec(tmp_path), tmp_path / "golden")])


def test_hostile_spec_strings_compile(tmp_path: Path) -> None:
    """Quotes, backslashes, ``*/``, ``\\u`` sequences, NUL, keywords in a spec's strings
    (tests/hostile_spec.py): the Java compiles without warnings."""
    spec = write_java_spec(tmp_path)
    document = json.loads(spec.read_text(encoding="utf-8"))
    make_hostile(document)
    spec.write_text(json.dumps(document), encoding="utf-8")
    out = _generate_full(spec, tmp_path / "hostile")
    api = out / "src/main/java/dev/kubesmith/kubeclient/openapi/apis/CoreV1Api.java"
    assert "_import(" in api.read_text(encoding="utf-8")
    _compile(tmp_path, [out])


def test_crds_compile_as_typed_classes(tmp_path: Path) -> None:
    # with the operator-style CRDs: short names, shared shapes, a numbered case-only clash
    operator = GOOD_CRDS.parent / "operator"
    out = _generate_full(write_java_spec(tmp_path), tmp_path / "crd", crds=(GOOD_CRDS, operator))
    models = out / "src/main/java/dev/kubesmith/kubeclient/openapi/models"
    golden_models = GOLDEN_JAVA / models.relative_to(out)
    assert len(list(models.glob("*.java"))) > len(list(golden_models.glob("*.java")))
    _compile(tmp_path, [out])


@pytest.mark.slow
def test_every_spec_compiles_without_warnings(tmp_path: Path) -> None:
    """The default spec and every shared one (1.31 to 1.36), compiled in one JVM; the
    default one with the seed chapter's snippets beside it."""
    specs = [DEFAULT_SPEC, *sorted(SHARED_SPECS.glob("kubernetes-1.3*.swagger.json"))]
    assert len(specs) == 7, specs
    trees = [_generate_full(spec, tmp_path / spec.stem) for spec in specs]
    shutil.copy(CHAPTER, trees[0] / "src" / "main" / "java" / "Chapter.java")
    _compile(tmp_path, trees)


@pytest.mark.slow
def test_openapi_v3_input_gives_the_same_client(tmp_path: Path) -> None:
    """The v3 documents of the default spec's server give the v2 client, but for kinds the
    v3 documents list under fewer groups (DeleteOptions, WatchEvent) in the registry."""
    v2 = _generate_full(DEFAULT_SPEC, tmp_path / "v2")
    v3 = _generate_full(DEFAULT_SPEC.parent / "v3", tmp_path / "v3")
    assert differences(v3, v2) == [
        "src/main/java/dev/kubesmith/kubeclient/openapi/models/ModelRegistry.java"
    ]
