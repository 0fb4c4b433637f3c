package dev.kubesmith.kubeclient.openapi.json;

import java.io.IOException;

/** A JSON document that does not fit the type it is read as; the message names the place. */
public class JsonDecodeException extends IOException {
    private static final long serialVersionUID = 1L;

    public JsonDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
