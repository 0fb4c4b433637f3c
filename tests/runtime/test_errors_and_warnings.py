"""ApiException contents and Warning headers."""

from __future__ import annotations

import warnings

import pytest
from runtime.client import rest
from runtime.client.api_client import ApiClient, KubernetesWarning, parse_warning_header
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException, Status
from runtime_fakes import Reply, TestServer, status_json


def client_for(server: TestServer) -> ApiClient:
    return ApiClient(Configuration(host=server.url))


def test_api_exception_carries_the_decoded_status(server: TestServer) -> None:
    body = status_json(
        422,
        "Invalid",
        'Pod "x" is invalid: spec.containers[0].image: Required value',
        name="x",
        kind="pods",
        causes=[
            {
                "reason": "FieldValueRequired",
                "message": "Required value",
                "field": "spec.containers[0].image",
            }
        ],
    )
    server.reply(Reply(422, body, [("X-Request", "r1")]))
    with pytest.raises(ApiException) as caught:
        client_for(server).request("POST", "/api/v1/namespaces/d/pods", body={"kind": "Pod"})
    error = caught.value
    assert error.status == 422
    assert error.reason == "Unprocessable Entity"
    assert error.headers is not None and error.headers["x-request"] == "r1"
    assert error.body is not None and '"reason": "Invalid"' in error.body
    assert isinstance(error.api_status, Status)
    assert error.api_status.code == 422
    assert error.status_reason == "Invalid"
    assert error.message.startswith('Pod "x" is invalid')
    assert error.details is not None and error.details.kind == "pods"
    assert [(c.reason, c.field) for c in error.causes] == [
        ("FieldValueRequired", "spec.containers[0].image")
    ]
    text = str(error)
    assert text.startswith("POST /api/v1/namespaces/d/pods: (422)\nReason: Unprocessable Entity")
    assert "Status reason: Invalid" in text
    assert "Cause: FieldValueRequired (spec.containers[0].image): Required value" in text
    assert rest.ApiException is ApiException


def test_expired_continue_token_is_kept(server: TestServer) -> None:
    body = status_json(410, "Expired", "The provided continue parameter is too old")
    body["metadata"] = {"continue": "inconsistent-token"}
    server.reply(Reply(410, body))
    with pytest.raises(ApiException) as caught:
        client_for(server).request("GET", "/api/v1/pods", query={"continue": "old"})
    status = caught.value.api_status
    assert status is not None and status.metadata is not None
    assert status.metadata._continue == "inconsistent-token"
    assert caught.value.status_reason == "Expired"


def test_non_status_bodies(server: TestServer) -> None:
    server.reply(
        Reply(502, "<html>Bad gateway from the proxy</html>", [("Content-Type", "text/html")]),
        Reply(503, b"\x00\x01binary", [("Content-Type", "application/octet-stream")]),
        Reply(404, {"kind": "NotAStatus"}),
    )
    client = client_for(server)
    client.configuration.max_retries = 0
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.api_status is None
    assert caught.value.message == "<html>Bad gateway from the proxy</html>"
    assert caught.value.status_reason is None and caught.value.causes == []
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.message == "the server responded with HTTP 503"
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.api_status is None


def test_retry_after_from_header_or_status() -> None:
    with_header = ApiException(status=429, reason="Too Many Requests", headers={"Retry-After": "7"})
    assert with_header.retry_after == 7
    from_status = ApiException(
        status=504,
        body=b'{"kind":"Status","details":{"retryAfterSeconds":3},"reason":"Timeout"}',
    )
    assert from_status.retry_after == 3
    assert ApiException(status=500).retry_after is None


def test_exception_text_never_shows_credentials() -> None:
    error = ApiException(
        status=401,
        reason="Unauthorized",
        body=b"{}",
        headers={"Authorization": "Bearer leaked", "Set-Cookie": "sid=leaked", "X": "ok"},
    )
    text = str(error)
    assert "leaked" not in text
    assert "'X': 'ok'" in text


def test_official_style_construction_from_a_response() -> None:
    class Urllib3Like:
        status = 404
        reason = "Not Found"
        data = b'{"kind":"Status","message":"gone","reason":"NotFound","code":404}'
        headers = {"Content-Type": "application/json"}

    error = ApiException(http_resp=Urllib3Like())
    assert (error.status, error.reason, error.message) == (404, "Not Found", "gone")
    assert ApiException(status=0, reason="SSLError").message == "SSLError"


# -- Warning headers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('299 - "deprecated API"', [(299, "-", "deprecated API")]),
        (
            '299 - "a, with comma", 299 - "second" "Wed, 21 Oct 2015 07:28:00 GMT"',
            [(299, "-", "a, with comma"), (299, "-", "second")],
        ),
        ('299 - "quote \\" and backslash \\\\"', [(299, "-", 'quote " and backslash \\')]),
        ('199 agent "other code"', [(199, "agent", "other code")]),
        ('299 - "ok", garbage', [(299, "-", "ok")]),
        ("garbage", []),
        ('299 - "unterminated', []),
        ("", []),
        ("29", []),
    ],
)
def test_parse_warning_header(value: str, expected: list[tuple[int, str, str]]) -> None:
    assert parse_warning_header(value) == expected


def test_warnings_are_surfaced_for_success_and_errors(
    server: TestServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(
        Reply(
            200,
            {},
            [
                ("Warning", '299 - "policy/v1beta1 PodSecurityPolicy is deprecated"'),
                ("Warning", '299 - "unknown field \\"spec.foo\\"", 199 - "ignored"'),
                ("Warning", "malformed!"),
            ],
        ),
        Reply(400, status_json(400, "BadRequest", "bad"), [("Warning", '299 - "on error"')]),
    )
    client = client_for(server)
    with caplog.at_level("INFO"), pytest.warns(KubernetesWarning) as caught:
        assert client.request("GET", "/apis/policy/v1beta1/podsecuritypolicies") == {}
        with pytest.raises(ApiException):
            client.request("GET", "/bad")
    assert [str(w.message) for w in caught if w.category is KubernetesWarning] == [
        "policy/v1beta1 PodSecurityPolicy is deprecated",
        'unknown field "spec.foo"',
        "on error",
    ]
    assert "on error" in caplog.text


def test_warnings_can_be_silenced_or_made_errors(server: TestServer) -> None:
    server.reply(Reply(200, {}, [("Warning", '299 - "deprecated"')]))
    with warnings.catch_warnings():
        warnings.simplefilter("error", KubernetesWarning)
        with pytest.raises(KubernetesWarning, match="deprecated"):
            client_for(server).request("GET", "/x")
