package dev.kubesmith.kubeclient.util.credentials;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bearer token read from a file (kubeconfig tokenFile, the service-account token): the file
 * is read again every minute and after a 401, because bound tokens rotate.
 */
public class TokenFileAuthentication implements Authentication, RequestAuthenticator {
    /** How long a read token is used before the file is read again (client-go: 1 min). */
    public static final Duration REFRESH = Duration.ofMinutes(1);

    private final Path file;
    private final Clock clock;
    private String token;
    private Instant expiry = Instant.MIN;

    public TokenFileAuthentication(String file) {
        this(Path.of(file), Clock.systemUTC());
    }

    public TokenFileAuthentication(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public void provide(ApiClient client) {
        client.setAuthenticator(this);
    }

    @Override
    public synchronized void authenticate(Map<String, List<String>> headers) throws IOException {
        if (token == null || !clock.instant().isBefore(expiry)) {
            reload();
        }
        headers.put("Authorization", List.of("Bearer " + token));
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized() throws IOException {
        String before = token;
        reload();
        return !token.equals(before);
    }

    private void reload() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IOException("cannot read the token file " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
        if (text.isEmpty()) {
            throw new IOException("the token file " + file + " is empty");
        }
        token = text;
        expiry = clock.instant().plus(REFRESH);
    }

    @Override
    public String toString() {
        return "TokenFileAuthentication{file=" + file + "}";
    }
}
