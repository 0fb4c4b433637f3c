"""Kubeconfig loading: kubectl's merge rules, paths, data, validation and secrecy."""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path
from typing import Any

import pytest
from runtime import _kubeyaml as kubeyaml
from runtime import config
from runtime.aio import config as aio_config
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.auth import FileToken
from runtime.client.configuration import Configuration
from runtime.config.kube_config import KubeConfig, KubeConfigLoader
from runtime_fakes import Pki, Reply, TestServer

SECRET_TOKEN = "s3cr3t-t0ken-value"
SECRET_PASSWORD = "hunter2-password"


def kubeconfig(
    *,
    clusters: dict[str, dict[str, Any]] | None = None,
    users: dict[str, dict[str, Any]] | None = None,
    contexts: dict[str, dict[str, Any]] | None = None,
    current: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {"apiVersion": "v1", "kind": "Config"}
    if clusters is not None:
        data["clusters"] = [{"name": k, "cluster": v} for k, v in clusters.items()]
    if users is not None:
        data["users"] = [{"name": k, "user": v} for k, v in users.items()]
    if contexts is not None:
        data["contexts"] = [{"name": k, "context": v} for k, v in contexts.items()]
    if current is not None:
        data["current-context"] = current
    return data


def write(path: Path, data: dict[str, Any] | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    # quoted where kubectl would read another type (a user named ``y`` is the boolean true)
    path.write_text(data if isinstance(data, str) else kubeyaml.dump(data))
    return str(path)


def simple(server: str = "https://a.example:6443", **user: Any) -> dict[str, Any]:
    return kubeconfig(
        clusters={"c": {"server": server}},
        users={"u": user},
        contexts={"ctx": {"cluster": "c", "user": "u"}},
        current="ctx",
    )


def loaded(path: str | list[str], context: str | None = None) -> Configuration:
    cfg = Configuration()
    config.load_kube_config(config_file=path, context=context, client_configuration=cfg)
    return cfg


# -- KUBECONFIG merging ------------------------------------------------------------------------


def test_first_file_defining_a_name_wins_with_its_whole_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(
        tmp_path / "one.yaml",
        kubeconfig(
            clusters={"shared": {"server": "https://first:6443"}},
            users={"u": {"token": "first-token"}},
            contexts={"ctx": {"cluster": "shared", "user": "u", "namespace": "ns1"}},
        ),
    )
    second = write(
        tmp_path / "two.yaml",
        kubeconfig(
            clusters={
                "shared": {"server": "https://second:6443", "tls-server-name": "only-in-second"},
                "other": {"server": "https://other:6443"},
            },
            users={"u": {"token": "second-token"}},
            contexts={"ctx": {"cluster": "other"}, "ctx2": {"cluster": "other"}},
            current="ctx",
        ),
    )
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join([first, second]))
    config.load_kube_config()
    cfg = Configuration.get_default_copy()
    assert cfg.host == "https://first:6443"
    assert cfg.tls_server_name is None  # the whole entry of the first file, not a field merge
    assert cfg.api_key == {"authorization": "Bearer first-token"}
    assert cfg.namespace == "ns1"
    contexts, current = config.list_kube_config_contexts()
    assert [c["name"] for c in contexts] == ["ctx", "ctx2"]
    assert current == {
        "name": "ctx",
        "context": {"cluster": "shared", "user": "u", "namespace": "ns1"},
    }


def test_first_non_empty_current_context_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clusters = {"a": {"server": "https://a:1"}, "b": {"server": "https://b:1"}}
    contexts = {"ctx-a": {"cluster": "a"}, "ctx-b": {"cluster": "b"}}
    files = [
        write(tmp_path / "0.yaml", kubeconfig(current="")),
        write(tmp_path / "1.yaml", kubeconfig(clusters=clusters, contexts=contexts)),
        write(tmp_path / "2.yaml", kubeconfig(current="ctx-b")),
        write(tmp_path / "3.yaml", kubeconfig(current="ctx-a")),
    ]
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join(files))
    config.load_kube_config()
    assert Configuration.get_default_copy().host == "https://b:1"


def test_missing_empty_and_duplicate_files_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = write(tmp_path / "empty.yaml", "")
    real = write(tmp_path / "real.yaml", simple(token=SECRET_TOKEN))
    missing = str(tmp_path / "missing.yaml")
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join(["", missing, empty, real, real, ""]))
    merged = KubeConfig.from_files(config.kube_config.kubeconfig_paths())
    assert merged.files == [empty, real]
    config.load_kube_config()
    assert Configuration.get_default_copy().host == "https://a.example:6443"


def test_all_kubeconfig_files_missing_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join([str(tmp_path / "x"), str(tmp_path / "y")]))
    with pytest.raises(config.ConfigException, match=r"none of the files in KUBECONFIG exist"):
        config.load_kube_config()


def test_default_location_and_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigException, match=r"No configuration found"):
        config.load_kube_config()
    home = Path(os.environ["HOME"])
    write(home / ".kube" / "config", simple("https://home:6443"))
    config.load_kube_config()
    assert Configuration.get_default_copy().host == "https://home:6443"
    with pytest.raises(config.ConfigException, match=r"the kubeconfig file .*nope does not exist"):
        config.load_kube_config(config_file=str(tmp_path / "nope"))


def test_explicit_file_is_not_merged_with_kubeconfig(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = write(tmp_path / "other.yaml", simple("https://from-env:1"))
    explicit = write(tmp_path / "explicit.yaml", simple("https://explicit:1"))
    monkeypatch.setenv("KUBECONFIG", other)
    assert loaded(explicit).host == "https://explicit:1"
    merged = loaded([str(tmp_path / "missing"), explicit, other])
    assert merged.host == "https://explicit:1"


def test_context_selection_and_errors(tmp_path: Path) -> None:
    data = kubeconfig(
        clusters={"c": {"server": "https://c:1"}, "d": {"server": "https://d:1"}},
        contexts={"one": {"cluster": "c"}, "two": {"cluster": "d", "namespace": "kube-system"}},
    )
    path = write(tmp_path / "cfg", data)
    cfg = loaded(path, context="two")
    assert cfg.host == "https://d:1"
    assert cfg.namespace == "kube-system"
    assert loaded(path, context="one").namespace == "default"
    with pytest.raises(config.ConfigException, match=r"current-context is not set in .*cfg"):
        loaded(path)
    with pytest.raises(config.ConfigException, match=r"context 'three' does not exist in .*cfg"):
        loaded(path, context="three")


def test_dangling_references_name_the_place(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cfg",
        kubeconfig(
            clusters={"c": {"server": "https://c:1"}},
            users={"u": {}},
            contexts={"no-cluster": {"cluster": "x"}, "no-user": {"cluster": "c", "user": "y"}},
        ),
    )
    with pytest.raises(config.ConfigException) as caught:
        loaded(path, "no-cluster")
    assert str(caught.value) == (
        f"{path}: contexts[0].context.cluster: cluster 'x' does not exist in {path}"
    )
    with pytest.raises(config.ConfigException, match=r"contexts\[1\]\.context\.user: user 'y'"):
        loaded(path, "no-user")


def test_structural_errors_name_file_and_place(tmp_path: Path) -> None:
    bad_yaml = write(tmp_path / "bad.yaml", "clusters: [\n  - name: x\n  cluster: {")
    with pytest.raises(config.ConfigException, match=r"bad\.yaml: invalid YAML at line \d+"):
        loaded(bad_yaml)
    not_mapping = write(tmp_path / "list.yaml", "- a\n- b\n")
    with pytest.raises(config.ConfigException, match=r"list\.yaml: a kubeconfig must be a YAML"):
        loaded(not_mapping)
    no_name = write(tmp_path / "noname.yaml", {"users": [{"name": "a"}, {"user": {}}]})
    with pytest.raises(config.ConfigException, match=r"noname\.yaml: users\[1\]\.name is missing"):
        loaded(no_name)
    twice = write(
        tmp_path / "twice.yaml",
        {"clusters": [{"name": "a", "cluster": {}}, {"name": "a", "cluster": {}}]},
    )
    with pytest.raises(config.ConfigException, match=r"twice\.yaml: clusters\[1\]: duplicate name"):
        loaded(twice)
    no_server = write(
        tmp_path / "noserver.yaml",
        kubeconfig(clusters={"c": {}}, contexts={"x": {"cluster": "c"}}, current="x"),
    )
    with pytest.raises(
        config.ConfigException, match=r"noserver\.yaml: clusters\[0\]\.cluster\.server: no server"
    ):
        loaded(no_server)


# -- cluster settings --------------------------------------------------------------------------


def test_relative_paths_resolve_against_the_file_naming_them(
    tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a" / "certs").mkdir(parents=True)
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "certs" / "ca.crt").write_bytes(pki.read(pki.ca_cert))
    (tmp_path / "b" / "client.crt").write_bytes(pki.read(pki.client_cert))
    (tmp_path / "b" / "client.key").write_bytes(pki.read(pki.client_key))
    (tmp_path / "b" / "token").write_text("file-token\n")
    first = write(
        tmp_path / "a" / "config",
        kubeconfig(
            clusters={"c": {"server": "https://c:1", "certificate-authority": "certs/ca.crt"}},
            contexts={"ctx": {"cluster": "c", "user": "u"}},
            current="ctx",
        ),
    )
    second = write(
        tmp_path / "b" / "config",
        kubeconfig(
            users={
                "u": {
                    "client-certificate": "client.crt",
                    "client-key": "./client.key",
                    "tokenFile": "token",
                }
            }
        ),
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join([first, second]))
    config.load_kube_config()
    cfg = Configuration.get_default_copy()
    assert cfg.ssl_ca_cert == str(tmp_path / "a" / "certs" / "ca.crt")
    assert cfg.cert_file == str(tmp_path / "b" / "client.crt")
    assert cfg.key_file == str(tmp_path / "b" / "client.key")
    assert isinstance(cfg.token_source, FileToken)
    assert cfg.token_source.path == str(tmp_path / "b" / "token")
    assert cfg.token_source.token() == "file-token"
    cfg.ssl_context()  # everything loads


def test_data_beats_files(tmp_path: Path, pki: Pki) -> None:
    ca = pki.read(pki.ca_cert)
    cert = pki.read(pki.client_cert)
    key = pki.read(pki.client_key)
    path = write(
        tmp_path / "cfg",
        kubeconfig(
            clusters={
                "c": {
                    "server": "https://c:1",
                    "certificate-authority-data": base64.b64encode(ca).decode(),
                    "certificate-authority": "does-not-exist.crt",
                }
            },
            users={
                "u": {
                    "client-certificate-data": base64.b64encode(cert).decode(),
                    "client-key-data": base64.b64encode(key).decode(),
                    "client-certificate": "missing.crt",
                    "client-key": "missing.key",
                }
            },
            contexts={"ctx": {"cluster": "c", "user": "u"}},
            current="ctx",
        ),
    )
    cfg = loaded(path)
    assert (cfg.ca_cert_data, cfg.cert_data, cfg.key_data) == (ca, cert, key)
    assert (cfg.ssl_ca_cert, cfg.cert_file, cfg.key_file) == (None, None, None)
    cfg.ssl_context()


def test_missing_referenced_file_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cfg",
        kubeconfig(
            clusters={"c": {"server": "https://c:1"}},
            users={"x": {}, "y": {}, "u": {"client-certificate": "nope.crt", "client-key": "k"}},
            contexts={"ctx": {"cluster": "c", "user": "u"}},
            current="ctx",
        ),
    )
    with pytest.raises(config.ConfigException) as caught:
        loaded(path)
    assert str(caught.value) == (
        f"{path}: users[2].user.client-certificate: the file {tmp_path / 'nope.crt'} does not exist"
    )


def test_cluster_options(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cfg",
        kubeconfig(
            clusters={
                "c": {
                    "server": "c.example:6443/",
                    "insecure-skip-tls-verify": True,
                    "tls-server-name": "kubernetes.default",
                    "proxy-url": "socks5://proxy:1080",
                    "disable-compression": True,
                }
            },
            contexts={"ctx": {"cluster": "c"}},
            current="ctx",
        ),
    )
    cfg = loaded(path)
    assert cfg.host == "https://c.example:6443"
    assert cfg.verify_ssl is False
    assert cfg.tls_server_name == "kubernetes.default"
    assert cfg.proxy == "socks5://proxy:1080"
    assert cfg.disable_compression is True
    assert cfg.source == f"{path} (context ctx)"


# -- invalid combinations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cluster", "user", "message"),
    [
        (
            {"insecure-skip-tls-verify": True, "certificate-authority-data": "Zm9v"},
            {},
            r"clusters\[0\]\.cluster: specifying a root certificates file with the insecure flag",
        ),
        (
            {"insecure-skip-tls-verify": True, "certificate-authority": "/etc/hostname"},
            {},
            r"clusters\[0\]\.cluster: specifying a root certificates file with the insecure flag",
        ),
        (
            {},
            {"token": SECRET_TOKEN, "username": "bob", "password": SECRET_PASSWORD},
            r"users\[0\]\.user: username/password or bearer token may be set, but not both",
        ),
        (
            {},
            {"exec": {"command": "x"}, "auth-provider": {"name": "oidc"}},
            r"users\[0\]\.user: exec and auth-provider are both set",
        ),
        (
            {},
            {"client-certificate-data": "Zm9v"},
            r"users\[0\]\.user: client-key-data or client-key must be specified",
        ),
        (
            {},
            {"client-key-data": "Zm9v"},
            r"users\[0\]\.user: client-certificate-data or client-certificate must be",
        ),
        (
            {},
            {"client-certificate-data": "not base64 !!", "client-key-data": "Zm9v"},
            r"users\[0\]\.user\.client-certificate-data: is not valid base64",
        ),
        ({"insecure-skip-tls-verify": "maybe"}, {}, r"insecure-skip-tls-verify: must be true or"),
        ({"proxy-url": "ftp://p"}, {}, r"proxy-url: unsupported proxy scheme 'ftp'"),
        ({}, {"auth-provider": {"name": "gcp"}}, r"auth-provider: .*gke-gcloud-auth-plugin"),
        ({}, {"auth-provider": {"name": "azure"}}, r"auth-provider: .*kubelogin"),
        ({}, {"as-groups": ["g"]}, r"users\[0\]\.user: as-groups, as-uid and as-user-extra need"),
        ({}, {"as": "x", "as-groups": "g"}, r"as-groups: must be a list of strings"),
    ],
)
def test_invalid_combinations_are_rejected(
    tmp_path: Path, cluster: dict[str, Any], user: dict[str, Any], message: str
) -> None:
    path = write(
        tmp_path / "cfg",
        kubeconfig(
            clusters={"c": {"server": "https://c:1", **cluster}},
            users={"u": user},
            contexts={"ctx": {"cluster": "c", "user": "u"}},
            current="ctx",
        ),
    )
    with pytest.raises(config.ConfigException, match=message) as caught:
        loaded(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ")
    assert SECRET_TOKEN not in text and SECRET_PASSWORD not in text


# -- users -------------------------------------------------------------------------------------


def test_token_user(tmp_path: Path) -> None:
    cfg = loaded(write(tmp_path / "cfg", simple(token=SECRET_TOKEN)))
    assert cfg.api_key == {"authorization": f"Bearer {SECRET_TOKEN}"}
    assert cfg.get_api_key_with_prefix("authorization") == f"Bearer {SECRET_TOKEN}"
    assert cfg.token_source is None


def test_basic_auth_user(tmp_path: Path) -> None:
    cfg = loaded(write(tmp_path / "cfg", simple(username="bob", password=SECRET_PASSWORD)))
    assert (cfg.username, cfg.password) == ("bob", SECRET_PASSWORD)
    assert cfg.get_basic_auth_token() == "Basic " + base64.b64encode(
        f"bob:{SECRET_PASSWORD}".encode()
    ).decode("ascii")


def test_token_is_used_before_token_file_which_is_reread(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("from-file-1")
    cfg = loaded(write(tmp_path / "cfg", simple(token="inline", tokenFile=str(token_file))))
    source = cfg.token_source
    assert isinstance(source, FileToken)
    assert source.refresh_interval == 60.0
    assert source.token() == "inline"
    now = [0.0]
    clocked = FileToken(str(token_file), initial="inline", clock=lambda: now[0])
    assert clocked.token() == "inline"
    now[0] = 59.0
    assert clocked.token() == "inline"
    now[0] = 61.0
    assert clocked.token() == "from-file-1"
    token_file.write_text("from-file-2\n")
    now[0] = 100.0
    assert clocked.token() == "from-file-1"
    now[0] = 122.0
    assert clocked.token() == "from-file-2"


def test_unreadable_token_file_is_named(tmp_path: Path) -> None:
    directory = tmp_path / "dir-not-file"
    directory.mkdir()
    path = write(tmp_path / "cfg", simple(tokenFile=str(directory)))
    with pytest.raises(config.ConfigException, match=r"users\[0\]\.user\.tokenFile: cannot read"):
        loaded(path)


def test_impersonation(tmp_path: Path) -> None:
    user: dict[str, Any] = {
        "token": "t",
        "as": "jane",
        "as-uid": "1234",
        "as-groups": ["devs", "ops"],
        "as-user-extra": {"scopes": ["view", "edit"], "reason/why": "audit"},
    }
    cfg = loaded(write(tmp_path / "cfg", simple(**user)))
    assert cfg.impersonation_headers() == [
        ("Impersonate-User", "jane"),
        ("Impersonate-Uid", "1234"),
        ("Impersonate-Group", "devs"),
        ("Impersonate-Group", "ops"),
        ("Impersonate-Extra-reason%2Fwhy", "audit"),
        ("Impersonate-Extra-scopes", "view"),
        ("Impersonate-Extra-scopes", "edit"),
    ]


def test_unsupported_plugins_are_reported_clearly(tmp_path: Path) -> None:
    path = write(tmp_path / "cfg", simple(exec={"command": "aws", "apiVersion": "v1"}))
    with pytest.raises(
        config.ConfigException,
        match=r"users\[0\]\.user\.exec\.apiVersion: unsupported exec plugin apiVersion 'v1'",
    ):
        loaded(path)


# -- secrecy -----------------------------------------------------------------------------------


def test_no_secret_in_configuration_repr(tmp_path: Path, pki: Pki) -> None:
    key = pki.read(pki.client_key)
    cfg = loaded(
        write(
            tmp_path / "cfg",
            simple(
                token=SECRET_TOKEN,
                **{
                    "client-certificate-data": base64.b64encode(pki.read(pki.client_cert)).decode(),
                    "client-key-data": base64.b64encode(key).decode(),
                },
            ),
        )
    )
    text = repr(cfg) + cfg.to_debug_report()
    assert SECRET_TOKEN not in text
    assert "PRIVATE KEY" not in text and key.decode() not in text
    assert "api_key=<redacted>" in text and "client_key=<redacted>" in text
    basic = Configuration(host="https://x", username="bob", password=SECRET_PASSWORD)
    assert SECRET_PASSWORD not in repr(basic)
    assert "password=<redacted>" in repr(basic)
    assert SECRET_TOKEN not in repr(FileToken(str(tmp_path / "t"), initial=SECRET_TOKEN))


# -- loading into clients ----------------------------------------------------------------------


def test_load_kube_config_sets_the_shared_default(tmp_path: Path, server: TestServer) -> None:
    path = write(tmp_path / "cfg", simple(server.url, token=SECRET_TOKEN))
    config.load_kube_config(config_file=path)
    server.reply(Reply(200, {}), Reply(200, {}))
    ApiClient().request("GET", "/api")
    assert server.last.headers["authorization"] == f"Bearer {SECRET_TOKEN}"

    async def main() -> None:
        async with AsyncApiClient() as client:
            await client.request("GET", "/api")

    asyncio.run(main())
    assert server.last.headers["authorization"] == f"Bearer {SECRET_TOKEN}"


def test_client_configuration_keeps_its_other_settings(tmp_path: Path) -> None:
    cfg = Configuration()
    cfg.max_retries = 3
    cfg.api_key["other"] = "kept"
    cfg.api_key["authorization"] = "Bearer old"
    config.load_kube_config(config_file=write(tmp_path / "cfg", simple()), client_configuration=cfg)
    assert cfg.max_retries == 3
    assert cfg.api_key == {"other": "kept"}
    assert cfg.host == "https://a.example:6443"
    assert Configuration.get_default_copy().host == "http://localhost"


def test_new_client_from_config_does_not_touch_the_default(tmp_path: Path) -> None:
    path = write(tmp_path / "cfg", simple("https://new:1", token="t"))
    client = config.new_client_from_config(config_file=path)
    assert isinstance(client, ApiClient)
    assert client.configuration.host == "https://new:1"
    assert Configuration.get_default_copy().host == "http://localhost"
    dict_client = config.new_client_from_config_dict(simple("https://dict:1"))
    assert dict_client.configuration.host == "https://dict:1"


def test_load_from_dict_resolves_relative_paths_against_the_base(tmp_path: Path, pki: Pki) -> None:
    (tmp_path / "ca.crt").write_bytes(pki.read(pki.ca_cert))
    data = kubeconfig(
        clusters={"c": {"server": "https://c:1", "certificate-authority": "ca.crt"}},
        contexts={"ctx": {"cluster": "c"}},
        current="ctx",
    )
    cfg = Configuration()
    config.load_kube_config_from_dict(
        data, client_configuration=cfg, config_base_path=str(tmp_path)
    )
    assert cfg.ssl_ca_cert == str(tmp_path / "ca.crt")
    loader = KubeConfigLoader(data, config_base_path=str(tmp_path))
    assert loader.current_context["name"] == "ctx"
    assert [c["name"] for c in loader.list_contexts()] == ["ctx"]


def test_aio_loaders_work_awaited_and_not(tmp_path: Path) -> None:
    path = write(tmp_path / "cfg", simple("https://aio:1"))

    async def main() -> AsyncApiClient:
        await aio_config.load_kube_config(config_file=path)
        assert Configuration.get_default_copy().host == "https://aio:1"
        Configuration.set_default(None)
        aio_config.load_kube_config(config_file=path)  # not awaited: still loaded
        assert Configuration.get_default_copy().host == "https://aio:1"
        return await aio_config.new_client_from_config(config_file=path)

    client = asyncio.run(main())
    assert isinstance(client, AsyncApiClient)
    assert client.configuration.host == "https://aio:1"
    contexts, current = aio_config.list_kube_config_contexts(path)
    assert [c["name"] for c in contexts] == ["ctx"]
    assert current is not None and current["name"] == "ctx"


def test_load_config_prefers_in_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki: Pki
) -> None:
    path = write(tmp_path / "cfg", simple("https://kubeconfig:1"))
    monkeypatch.setenv("KUBECONFIG", path)
    config.load_config()
    assert Configuration.get_default_copy().host == "https://kubeconfig:1"
    Configuration.set_default(None)
    config.load_config(kube_config_path=path)
    assert Configuration.get_default_copy().host == "https://kubeconfig:1"
    monkeypatch.delenv("KUBECONFIG")
    with pytest.raises(config.ConfigException, match=r"neither an in-cluster service account"):
        config.load_config()
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        config.load_config(bogus=1)
