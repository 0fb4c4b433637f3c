package dev.kubesmith.kubeclient.util.credentials;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import java.util.Objects;

/** A fixed bearer token. */
public class AccessTokenAuthentication implements Authentication {
    private final String token;

    public AccessTokenAuthentication(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public void provide(ApiClient client) {
        client.setApiKey(token);
    }

    @Override
    public String toString() {
        return "AccessTokenAuthentication{token=<redacted>}";
    }
}
