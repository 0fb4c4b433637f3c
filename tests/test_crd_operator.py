"""CRDs shaped like real operators' (tests/data/crds/operator): YAML the API server accepts,
case-only clashes, deep nesting, repeated shapes and embedded built-in types.

The package is generated as a user would: the full Kubernetes spec, ``--base-package
kubeclient`` (the committed client), so an embedded ``corev1.Container`` is kubeclient's
``V1Container``. tests/test_crd_operator_cluster.py uses it against the testbed.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from kubeclient import client as base
from kubeclient import utils
from kubesmith import kubeyaml
from kubesmith.cli import main
from kubesmith.crd import read_crds
from kubesmith.errors import SpecError
from kubesmith.pipeline import Result, build, generate
from kubesmith.targets.java import TARGET as JAVA
from test_crd import write_spec

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "kubernetes-v1.37.2" / "swagger.json"
OPERATOR = ROOT / "tests" / "data" / "crds" / "operator"
ALERTS = OPERATOR / "alertroutes.yaml"
PACKAGE = "ks_operator_crds"
MONITORING = "monitoring_example_com.v1"

#: how the API server reads plain YAML scalars (checked on the testbed by
#: tests/test_crd_operator_cluster.py, which sends each as application/yaml)
SCALARS: list[tuple[str, Any]] = [
    ("=", "="),
    ("=~", "=~"),
    ("on", True),
    ("off", False),
    ("yes", True),
    ("No", False),
    ("y", True),
    ("n", False),
    ("True", True),
    ("TRUE", True),
    ("tRUE", "tRUE"),
    ("1e3", 1000),
    ("1.0e+3", 1000),
    ("1.5", 1.5),
    (".5", 0.5),
    ("1.0", 1),
    ("010", 8),
    ("0o10", 8),
    ("08", 8),
    ("0x1F", 31),
    ("0b101", 5),
    ("1_000", 1000),
    ("+12", 12),
    ("-7", -7),
    ("12:30", "12:30"),
    ("2001-12-14", "2001-12-14"),
    ("2001-12-14T21:59:43Z", "2001-12-14T21:59:43Z"),
    ("~", None),
    ("null", None),
    ("Null", None),
    ("", None),
    ("'yes'", "yes"),
    ('"1e3"', "1e3"),
    ("!!str 12", "12"),
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Result, ModuleType]]:
    out = tmp_path_factory.mktemp("operator") / "out"
    result = generate(str(SPEC), out, package=PACKAGE, crds=[OPERATOR], base_package="kubeclient")
    sys.path.insert(0, str(out))
    try:
        yield result, importlib.import_module(f"{PACKAGE}.client")
    finally:
        sys.path.remove(str(out))


@pytest.fixture(scope="module")
def crds(generated: tuple[Result, ModuleType]) -> ModuleType:
    return generated[1]


def _annotations(cls: type) -> dict[str, str]:
    return {k: str(v) for k, v in cls.__annotations__.items() if not k.startswith("_")}


# -- YAML --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), SCALARS)
def test_yaml_scalars_are_read_as_the_api_server_reads_them(text: str, value: Any) -> None:
    assert kubeyaml.load(f"v: {text}") == {"v": value}
    assert type(kubeyaml.load(f"v: {text}")["v"]) is type(value)


def test_yaml_keys_become_json_keys_and_merges_work() -> None:
    assert kubeyaml.load("{1: a, true: b, y: c, 1.5: d}") == {
        "1": "a",
        "true": "c",  # ``y`` is true as well, and the later key wins
        "1.5": "d",
    }
    assert kubeyaml.load("a: &x {k: 1}\nb: {<<: *x, j: 2}")["b"] == {"k": 1, "j": 2}
    with pytest.raises(Exception, match="JSON keys are strings"):
        kubeyaml.load("~: a")


def test_what_the_dumper_writes_reads_back_unchanged() -> None:
    data = {"values": [text for text, _ in SCALARS] + [1, 1.5, True, None]}
    assert kubeyaml.load(kubeyaml.dump(data)) == data


def test_an_unquoted_equals_enum_reads_in_generator_and_runtime(crds: ModuleType) -> None:
    (manifest,) = read_crds([ALERTS])
    matcher = manifest.body["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"][
        "spec"
    ]["properties"]["matchers"]["items"]["properties"]["matchType"]
    assert matcher["enum"] == ["=", "!=", "=~", "!~"]
    # the runtime's manifest readers (create_from_yaml, typed load): the CRD itself …
    (crd,) = utils.load_yaml(str(ALERTS))
    assert type(crd) is base.V1CustomResourceDefinition
    # … and an object using the value
    text = textwrap.dedent(
        """\
        apiVersion: monitoring.example.com/v1
        kind: AlertRoute
        metadata: {name: r}
        spec:
          matchers: [{name: severity, matchType: =, value: on}]
        """
    )
    (data,) = utils.loads_yaml(text, allow_unknown=True)
    assert data["spec"]["matchers"] == [{"name": "severity", "matchType": "=", "value": True}]
    route = crds.V1AlertRoute.from_dict({**data, "spec": {"matchers": [{"name": "a"}]}})
    assert route.spec.matchers[0].name == "a"


# -- names ---------------------------------------------------------------------------------


def test_short_stable_class_names_are_pinned(generated: tuple[Result, ModuleType]) -> None:
    result, _ = generated
    assert result.crd is not None
    names = sorted(
        d.class_name for d in result.client.definitions if d.spec_name in result.crd.definitions
    )
    assert names == [
        "V1AlertRoute",
        "V1AlertRouteAuthorization",
        "V1AlertRouteBasicAuth",
        "V1AlertRouteCa",  # also the class of ``tls.cert``: the same shape
        "V1AlertRouteHttp",
        "V1AlertRouteList",
        "V1AlertRouteMatchersItem",
        "V1AlertRouteReceiversItem",
        "V1AlertRouteSpec",
        "V1AlertRouteStatus",
        "V1AlertRouteTls",
        # the secret key selector of seven places, named after the shortest path
        "V1AlertRouteUrlSecret",
        "V1AlertRouteWebhook",
        "V1Runner",
        "V1RunnerList",
        "V1RunnerSpec",
        "V1YamlProbe",
        "V1YamlProbeList",
    ]


def test_class_count_and_name_lengths_are_printed(tmp_path: Path) -> None:
    """The figures of the test CRDs, recorded so that a regression shows (before short
    names and shared shapes: 139 classes, 42.1 characters on average, 64 at most)."""
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--spec",
            str(SPEC),
            "--crd",
            str(OPERATOR),
            "--base-package",
            "kubeclient",
            "--package-name",
            "ks_figures",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # only the CRD package's own models and operations
    assert lines[0].endswith("18 models, 27 operations in 2 API classes")
    assert lines[1:] == [
        "CRD classes: 18, class names 16.7 characters on average, 25 at most; 7 equal "
        "shapes shared, 3 built-in types reused",
        "  reused: V1Container x2, V1LabelSelector x1",
    ]


def test_case_only_clashes_get_a_number_and_keep_their_wire_names(crds: ModuleType) -> None:
    spec = crds.V1AlertRouteSpec(proxy_url="http://old", proxy_url_2="http://new")
    assert spec.to_wire() == {"proxyURL": "http://old", "proxyUrl": "http://new"}
    decoded = crds.V1AlertRouteSpec.from_json(b'{"proxyURL": "a", "proxyUrl": "b"}')
    assert (decoded.proxy_url, decoded.proxy_url_2) == ("a", "b")


def test_rename_overrides_a_name_in_every_target(tmp_path: Path) -> None:
    rule = "monitoring.example.com/AlertRoute:spec.proxyURL=legacyProxyUrl"
    client = build(str(write_spec(tmp_path)), "x", crds=[ALERTS], renames=[rule])
    spec = client.definition(f"{MONITORING}.AlertRouteSpec")
    fields = {f.wire: f.words for f in spec.fields}
    assert fields["proxyURL"] == ("legacy", "proxy", "url")
    assert fields["proxyUrl"] == ("proxy", "url")  # no clash left
    java = JAVA.render(client, False)
    source = next(text for path, text in java.items() if path.endswith("/V1AlertRouteSpec.java"))
    assert "o.legacyProxyUrl = Codecs.STRING.read(p);" in source
    assert 'g.writeFieldName("proxyURL");' in source


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("monitoring.example.com/AlertRoute:spec.nothing=x", "no such property"),
        ("monitoring.example.com/Nothing:spec.a=x", "no CRD defines this group and kind"),
        ("AlertRoute:spec.proxyURL", "expected GROUP/KIND:json.path=name"),
    ],
)
def test_a_bad_rename_is_an_error(tmp_path: Path, rule: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        build(str(write_spec(tmp_path)), "x", crds=[ALERTS], renames=[rule])


def test_keep_going_generates_the_others_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "crds" / "broken.yaml"
    bad.parent.mkdir()
    text = ALERTS.read_text(encoding="utf-8").replace("alertroutes", "brokens")
    bad.write_text(
        text.replace("kind: AlertRoute", "kind: Broken").replace(
            "ready: {type: boolean}", "ready: {type: tuple}"
        ),
        encoding="utf-8",
    )
    (tmp_path / "crds" / "good.yaml").write_text(ALERTS.read_text(encoding="utf-8"))
    (tmp_path / "crds" / "unreadable.yaml").write_text("a: [", encoding="utf-8")
    args = ["generate", "--spec", str(write_spec(tmp_path)), "--crd", str(tmp_path / "crds")]
    out = tmp_path / "out"
    stopped = CliRunner().invoke(main, [*args, "--out", str(out)])
    assert stopped.exit_code == 2
    assert not out.exists()
    result = CliRunner().invoke(main, [*args, "--out", str(out), "--keep-going"])
    assert result.exit_code == 2
    assert f"error: {bad}: document 1 (brokens.monitoring.example.com)" in result.output
    assert "unknown type 'tuple'" in result.output
    assert "unreadable.yaml: line 1 column 5: invalid YAML" in result.output
    assert "2 CRD file(s) or CRD(s) left out (--keep-going)" in result.output
    models = out / "kubeclient" / "client" / "models" / "monitoring_example_com_v1.py"
    assert "class V1AlertRoute(" in models.read_text()
    assert "V1Broken" not in models.read_text()


# -- shapes ------------------------------------------------------------------------------


def test_equal_shapes_are_one_class(crds: ModuleType) -> None:
    secret = "V1AlertRouteUrlSecret | None"
    assert _annotations(crds.V1AlertRouteBasicAuth) == {"password": secret, "username": secret}
    assert _annotations(crds.V1AlertRouteTls) == {
        "ca": "V1AlertRouteCa | None",
        "cert": "V1AlertRouteCa | None",
        "insecure_skip_verify": "bool | None",
        "key_secret": secret,
    }
    assert _annotations(crds.V1AlertRouteUrlSecret) == {
        "key": "str",
        "name": "str | None",
        "optional": "bool | None",
    }


def test_embedded_built_in_types_are_the_base_packages(crds: ModuleType) -> None:
    assert _annotations(crds.V1RunnerSpec) == {
        "container": "V1Container",
        "schedule": "str | None",
        "sidecars": "list[V1Container] | None",
    }
    assert _annotations(crds.V1AlertRouteSpec)["selector"] == "V1LabelSelector | None"
    runner = crds.V1RunnerSpec.from_dict(
        {"container": {"name": "job", "image": "busybox", "resources": {"limits": {"cpu": 1}}}}
    )
    assert type(runner.container) is base.V1Container
    assert runner.container.resources.limits == {"cpu": 1}
    # the apply configurations of the base package a CRD's are built from are re-exported
    apply = importlib.import_module(f"{PACKAGE}.client.apply")
    assert apply.V1ObjectMetaApply is base.apply.V1ObjectMetaApply
    assert apply.V1ContainerApply is base.apply.V1ContainerApply


def test_a_hand_written_shape_is_not_taken_for_a_built_in(
    generated: tuple[Result, ModuleType],
) -> None:
    """``{key, name, optional}`` is both SecretKeySelector and ConfigMapKeySelector in shape,
    but the test CRD documents its own fields: it stays a CRD class."""
    spec = generated[0].client.definition(f"{MONITORING}.AlertRouteWebhook")
    types = {f.wire: f.type.ref for f in spec.fields}
    assert types["urlSecret"] == f"{MONITORING}.AlertRouteUrlSecret"


def test_passing_the_base_packages_container_type_checks(
    generated: tuple[Result, ModuleType], tmp_path: Path
) -> None:
    out = Path(generated[1].__file__).parents[2]
    use = tmp_path / "use_runner.py"
    use.write_text(
        textwrap.dedent(
            f"""\
            from kubeclient.client import V1Container, V1ObjectMeta
            from {PACKAGE}.client import V1AlertRouteMatchersItem, V1Runner, V1RunnerSpec

            runner = V1Runner(
                metadata=V1ObjectMeta(name="r"),
                spec=V1RunnerSpec(container=V1Container(name="job", image="busybox")),
            )
            matcher = V1AlertRouteMatchersItem(name="a", match_type="=~")
            """
        )
    )
    bad = tmp_path / "bad_enum.py"
    bad.write_text(
        f"from {PACKAGE}.client import V1AlertRouteMatchersItem\n"
        'V1AlertRouteMatchersItem(name="a", match_type="~=")\n'
    )
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'output' / 'python'}{os.pathsep}{out}"}
    mypy = [str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental"]
    good = subprocess.run(
        [*mypy, str(use)], env=env, capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert good.returncode == 0, good.stdout
    wrong = subprocess.run(
        [*mypy, str(bad)], env=env, capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert wrong.returncode == 1
    assert "incompatible type \"Literal['~=']\"" in wrong.stdout


def test_an_enum_value_the_crd_does_not_list_still_decodes(crds: ModuleType) -> None:
    item = crds.V1AlertRouteMatchersItem.from_json(b'{"name": "a", "matchType": "~~"}')
    assert item.match_type == "~~"


# -- the generated package -----------------------------------------------------------------


def test_package_metadata_describes_the_crds(crds: ModuleType) -> None:
    project = (Path(crds.__file__).parents[2] / "pyproject.toml").read_text()
    assert 'version = "0.1.0"' in project
    assert (
        'description = "Typed clients (sync and asyncio) for the custom resources AlertRoute '
        "(monitoring.example.com/v1); Runner (batch.example.com/v1); YamlProbe "
        '(monitoring.example.com/v1), generated by kubesmith on kubeclient 1.37."'
    ) in project
    assert '"kubeclient~=1.37.0",' in project


# -- Java ------------------------------------------------------------------------------------


def test_the_java_target_gets_the_same_classes(tmp_path: Path) -> None:
    client = build(str(SPEC), "kubeclient", crds=[OPERATOR])
    files = JAVA.render(client, False)
    models = "src/main/java/dev/kubesmith/kubeclient/openapi/models/"
    ours = sorted(
        path.removeprefix(models).removesuffix(".java")
        for path in files
        if path.startswith(models)
        and path.removeprefix(models).startswith(("V1AlertRoute", "V1Runner"))
        and not path.endswith(("Builder.java", "Fluent.java"))
    )
    assert ours == [
        "V1AlertRoute",
        "V1AlertRouteAuthorization",
        "V1AlertRouteBasicAuth",
        "V1AlertRouteCa",
        "V1AlertRouteHttp",
        "V1AlertRouteList",
        "V1AlertRouteMatchersItem",
        "V1AlertRouteReceiversItem",
        "V1AlertRouteSpec",
        "V1AlertRouteStatus",
        "V1AlertRouteTls",
        "V1AlertRouteUrlSecret",
        "V1AlertRouteWebhook",
        "V1Runner",
        "V1RunnerList",
        "V1RunnerSpec",
    ]
    runner = files[models + "V1RunnerSpec.java"]
    assert "V1Container container" in runner
    assert "List<V1Container> sidecars" in runner
    spec = files[models + "V1AlertRouteSpec.java"]
    assert "o.proxyURL = Codecs.STRING.read(p);" in spec
    assert "o.proxyUrl2 = Codecs.STRING.read(p);" in spec
    assert json.dumps("proxyUrl") in spec
