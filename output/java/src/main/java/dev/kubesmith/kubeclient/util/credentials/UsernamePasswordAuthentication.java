package dev.kubesmith.kubeclient.util.credentials;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import java.util.Objects;

/** HTTP basic authentication. */
public class UsernamePasswordAuthentication implements Authentication {
    private final String username;
    private final String password;

    public UsernamePasswordAuthentication(String username, String password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
    }

    @Override
    public void provide(ApiClient client) {
        client.setUsernamePassword(username, password);
    }

    @Override
    public String toString() {
        return "UsernamePasswordAuthentication{username=" + username + ", password=<redacted>}";
    }
}
