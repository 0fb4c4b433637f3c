package dev.kubesmith.kubeclient.openapi;

import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A failed call: an HTTP error (code, headers, body and the decoded {@link V1Status}) or,
 * with code 0, a request that got no response (the cause says why).
 */
public class ApiException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE_BODY = 2048;

    private final int code;
    private final transient Map<String, List<String>> responseHeaders;
    private final String responseBody;
    private transient V1Status status;
    private transient boolean statusDecoded;

    public ApiException() {
        this(null, null, 0, null, null);
    }

    public ApiException(Throwable cause) {
        this(null, cause, 0, null, null);
    }

    public ApiException(String message) {
        this(message, null, 0, null, null);
    }

    public ApiException(String message, Throwable cause, int code,
            Map<String, List<String>> responseHeaders, String responseBody) {
        super(message == null ? describe(code, responseBody, cause) : message, cause);
        this.code = code;
        this.responseHeaders = responseHeaders == null ? Collections.emptyMap() : responseHeaders;
        this.responseBody = responseBody;
    }

    public ApiException(String message, int code, Map<String, List<String>> responseHeaders,
            String responseBody) {
        this(message, null, code, responseHeaders, responseBody);
    }

    public ApiException(int code, Map<String, List<String>> responseHeaders, String responseBody) {
        this(null, null, code, responseHeaders, responseBody);
    }

    public ApiException(int code, String message) {
        this(message, null, code, null, null);
    }

    /** The HTTP status code, 0 when no response arrived. */
    public int getCode() {
        return code;
    }

    /** Response headers, keys in lower case. */
    public Map<String, List<String>> getResponseHeaders() {
        return responseHeaders;
    }

    public String getResponseBody() {
        return responseBody;
    }

    /** The body decoded as a Status (reason, message, details.causes), or null if it is not one. */
    public synchronized V1Status getStatus() {
        if (!statusDecoded) {
            statusDecoded = true;
            Object any = parse(responseBody);
            if (any instanceof Map && "Status".equals(((Map<?, ?>) any).get("kind"))) {
                try (JsonParser p = JSON.FACTORY.createParser(responseBody)) {
                    p.nextToken();
                    status = Codecs.forClass(V1Status.class).read(p);
                } catch (IOException e) {
                    status = null;
                }
            }
        }
        return status;
    }

    private static Object parse(String body) {
        if (body == null || body.isEmpty() || body.charAt(0) != '{') {
            return null;
        }
        try (JsonParser p = JSON.FACTORY.createParser(body)) {
            p.nextToken();
            return Codecs.ANY.read(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** "HTTP 404 NotFound: pods \"x\" not found"; the body, cut short, when it is not a Status. */
    private static String describe(int code, String body, Throwable cause) {
        if (code == 0) {
            return cause == null ? null : cause.toString();
        }
        Object any = parse(body);
        if (any instanceof Map && "Status".equals(((Map<?, ?>) any).get("kind"))) {
            Map<?, ?> status = (Map<?, ?>) any;
            Object reason = status.get("reason");
            Object message = status.get("message");
            return "HTTP " + code + (reason == null ? "" : " " + reason)
                    + (message == null ? "" : ": " + message);
        }
        if (body == null || body.isBlank()) {
            return "HTTP " + code;
        }
        String text = body.strip();
        if (text.length() > MAX_MESSAGE_BODY) {
            text = text.substring(0, MAX_MESSAGE_BODY) + "...";
        }
        return "HTTP " + code + ": " + text;
    }
}
