package dev.kubesmith.kubeclient.util.credentials;

import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.transport.Tls;
import dev.kubesmith.kubeclient.util.FilePersister;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kubeconfig {@code auth-provider} {@code oidc}: the {@code id-token} is sent while its
 * {@code exp} is more than 10 s away; then (and after a 401, unless the token changed since)
 * it is refreshed with the refresh-token grant at the token endpoint found through the
 * issuer's discovery document ({@code idp-issuer-url}/.well-known/openid-configuration), over
 * TLS verified with {@code idp-certificate-authority(-data)} or the JDK's roots. The new
 * id-token, and a rotated refresh-token, are written back into the kubeconfig atomically.
 *
 * <p>One provider per kubeconfig file, user and provider config in the process
 * ({@link #shared}), so clients loaded from the same kubeconfig refresh once: an identity
 * provider that rotates refresh tokens accepts each only once.
 */
public class OidcAuthentication implements Authentication, RequestAuthenticator {
    /** An id-token is refreshed when it expires within this (client-go: 10 s). */
    public static final Duration EXPIRY_SKEW = Duration.ofSeconds(10);
    private static final Duration IDP_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, OidcAuthentication> SHARED = new ConcurrentHashMap<>();

    private final Map<String, String> config;
    private final byte[] caPem; // null: the JDK's roots
    private final FilePersister persister; // null: not saved
    private final String user;
    private final String where;
    private final Clock clock;
    private final ThreadLocal<String> used = new ThreadLocal<>();
    private int refreshes;

    public OidcAuthentication(Map<String, String> config, byte[] caPem, FilePersister persister,
            String user, String where, Clock clock) {
        this.config = new LinkedHashMap<>(config);
        this.caPem = caPem == null ? null : caPem.clone();
        this.persister = persister;
        this.user = user;
        this.where = where;
        this.clock = clock;
    }

    /** The provider of this key (file, user, config), created once per process. */
    public static OidcAuthentication shared(String key, java.util.function.Supplier<OidcAuthentication> factory) {
        return SHARED.computeIfAbsent(key, k -> factory.get());
    }

    /** Forgets the shared providers (their refreshed tokens stay where they were saved). */
    public static void clearCache() {
        SHARED.clear();
    }

    /** How many refresh grants this provider made. */
    public synchronized int refreshes() {
        return refreshes;
    }

    @Override
    public void provide(ApiClient client) {
        client.setAuthenticator(this);
    }

    @Override
    public void authenticate(Map<String, List<String>> headers) throws IOException {
        String token;
        synchronized (this) {
            token = config.getOrDefault("id-token", "");
            if (token.isEmpty() || !valid(token)) {
                token = refresh(token);
            }
        }
        used.set(token);
        headers.put("Authorization", List.of("Bearer " + token));
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized() {
        String current = config.getOrDefault("id-token", "");
        String before = used.get();
        if (!current.isEmpty() && !current.equals(before)) {
            return true; // another request refreshed it meanwhile
        }
        if (config.getOrDefault("refresh-token", "").isEmpty()) {
            return false;
        }
        try {
            return !refresh(current).equals(before);
        } catch (IOException e) {
            System.getLogger("dev.kubesmith.kubeclient").log(System.Logger.Level.WARNING,
                    "OIDC refresh after a 401 failed: " + e.getMessage());
            return false;
        }
    }

    /** The {@code exp} claim of a JWT in seconds since the epoch, or -1 (not a JWT, no exp). */
    static long expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return -1;
        }
        try (JsonParser p = JSON.FACTORY.createParser(Base64.getUrlDecoder().decode(parts[1]))) {
            p.nextToken();
            Object claims = Codecs.ANY.read(p);
            Object exp = claims instanceof Map ? ((Map<?, ?>) claims).get("exp") : null;
            return exp instanceof Number ? ((Number) exp).longValue() : -1;
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }

    private boolean valid(String token) {
        long exp = expiry(token);
        return exp >= 0 && exp > clock.instant().plus(EXPIRY_SKEW).getEpochSecond();
    }

    private KubeConfigException error(String message) {
        return new KubeConfigException("oidc auth provider" + (where == null ? "" : " (" + where + ")")
                + ": " + message);
    }

    private String refresh(String current) throws IOException {
        String issuer = config.getOrDefault("idp-issuer-url", "").replaceAll("/+$", "");
        String refreshToken = config.getOrDefault("refresh-token", "");
        String clientId = config.getOrDefault("client-id", "");
        if (refreshToken.isEmpty() || issuer.isEmpty()) {
            throw error("the id-token " + (current.isEmpty() ? "is missing" : "has expired")
                    + " and it cannot be refreshed (idp-issuer-url and refresh-token are needed)");
        }
        if (clientId.isEmpty()) {
            throw error("client-id is needed to refresh the id-token");
        }
        if (!issuer.startsWith("https://")) {
            throw error("idp-issuer-url must be https, not " + issuer);
        }
        HttpClient http;
        try {
            http = HttpClient.newBuilder().sslContext(Tls.context(true, caPem, null, null))
                    .connectTimeout(IDP_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (GeneralSecurityException | IOException e) {
            throw error("cannot load the identity provider's CA (" + e.getClass().getSimpleName() + ")");
        }
        String endpoint = tokenEndpoint(http, issuer);
        Map<?, ?> answer = grant(http, endpoint, clientId, refreshToken);
        Object idToken = answer.get("id_token");
        if (!(idToken instanceof String) || ((String) idToken).isEmpty()) {
            throw error("the token response of the identity provider has no id_token");
        }
        Map<String, String> updates = new LinkedHashMap<>();
        updates.put("id-token", (String) idToken);
        Object newRefresh = answer.get("refresh_token");
        if (newRefresh instanceof String && !((String) newRefresh).isEmpty()
                && !newRefresh.equals(refreshToken)) {
            updates.put("refresh-token", (String) newRefresh);
        }
        config.putAll(updates);
        refreshes++;
        if (persister != null) {
            try {
                persister.updateAuthProviderConfig(user, updates);
            } catch (IOException e) {
                // the refreshed token is still used; the file keeps the old one
                System.getLogger("dev.kubesmith.kubeclient").log(System.Logger.Level.WARNING,
                        "could not save the refreshed OIDC token: " + e.getMessage());
            }
        }
        return (String) idToken;
    }

    private String tokenEndpoint(HttpClient http, String issuer) throws IOException {
        String url = issuer + "/.well-known/openid-configuration";
        HttpResponse<byte[]> response = send(http, HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").timeout(IDP_TIMEOUT).GET().build(), url);
        if (response.statusCode() != 200) {
            throw error(url + " answered HTTP " + response.statusCode());
        }
        Object doc = json(response.body(), url + " is not JSON");
        Object endpoint = doc instanceof Map ? ((Map<?, ?>) doc).get("token_endpoint") : null;
        if (!(endpoint instanceof String) || !((String) endpoint).startsWith("https://")) {
            throw error(url + " names no https token_endpoint");
        }
        return (String) endpoint;
    }

    private Map<?, ?> grant(HttpClient http, String endpoint, String clientId, String refreshToken)
            throws IOException {
        String secret = config.getOrDefault("client-secret", "");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        String scopes = config.getOrDefault("extra-scopes", "");
        if (!scopes.isEmpty()) {
            form.put("scope", "openid " + scopes.replace(',', ' '));
        }
        // as golang.org/x/oauth2: client credentials in a basic auth header first, then (if the
        // provider refuses that) in the form
        String basic = Base64.getEncoder().encodeToString((escape(clientId) + ":" + escape(secret))
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> inForm = new LinkedHashMap<>(form);
        inForm.put("client_id", clientId);
        if (!secret.isEmpty()) {
            inForm.put("client_secret", secret);
        }
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(IDP_TIMEOUT);
            if (attempt == 0) {
                request.header("Authorization", "Basic " + basic);
            }
            response = send(http, request.POST(HttpRequest.BodyPublishers.ofString(
                    encode(attempt == 0 ? form : inForm))).build(), endpoint);
            if (response.statusCode() != 400 && response.statusCode() != 401) {
                break;
            }
        }
        if (response.statusCode() != 200) {
            throw error("the token endpoint " + endpoint + " refused the refresh: HTTP "
                    + response.statusCode() + oauthError(response.body()));
        }
        Object answer = json(response.body(), "the token endpoint " + endpoint + " did not answer JSON");
        if (!(answer instanceof Map)) {
            throw error("the token endpoint " + endpoint + " did not answer a JSON object");
        }
        return (Map<?, ?>) answer;
    }

    private HttpResponse<byte[]> send(HttpClient http, HttpRequest request, String url)
            throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error("interrupted while talking to " + url);
        } catch (IOException e) {
            throw error("cannot reach " + url + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private Object json(byte[] body, String message) throws KubeConfigException {
        try (JsonParser p = JSON.FACTORY.createParser(body)) {
            p.nextToken();
            return Codecs.ANY.read(p);
        } catch (IOException | RuntimeException e) {
            throw error(message);
        }
    }

    /** The OAuth {@code error} code (and description) of a refused grant; no tokens in it. */
    private static String oauthError(byte[] body) {
        try (JsonParser p = JSON.FACTORY.createParser(body)) {
            p.nextToken();
            Object doc = Codecs.ANY.read(p);
            if (!(doc instanceof Map) || !(((Map<?, ?>) doc).get("error") instanceof String)) {
                return "";
            }
            String text = " (" + ((Map<?, ?>) doc).get("error");
            Object description = ((Map<?, ?>) doc).get("error_description");
            if (description instanceof String && !((String) description).isEmpty()) {
                String d = (String) description;
                text += ": " + d.substring(0, Math.min(200, d.length()));
            }
            return text + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String escape(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> form) {
        StringJoiner out = new StringJoiner("&");
        form.forEach((k, v) -> out.add(escape(k) + "=" + escape(v)));
        return out.toString();
    }

    @Override
    public String toString() {
        return "OidcAuthentication{issuer=" + config.get("idp-issuer-url") + ", user=" + user + "}";
    }
}
