package dev.kubesmith.kubeclient.openapi.auth;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Puts credentials on each request. Asked once per attempt, so a source that rotates (a
 * token file, an exec credential plugin, an OIDC token) can hand out a fresh value; after a
 * 401 it may refresh and have the request sent once more.
 *
 * <p>Implementations must keep credentials out of {@code toString()} and exception messages.
 */
public interface RequestAuthenticator {
    /** Adds headers (usually {@code authorization}) to the request about to be sent. */
    void authenticate(Map<String, List<String>> headers) throws IOException;

    /** After a 401: refresh the credentials and return true to send the request once more. */
    default boolean refreshAfterUnauthorized() throws IOException {
        return false;
    }
}
