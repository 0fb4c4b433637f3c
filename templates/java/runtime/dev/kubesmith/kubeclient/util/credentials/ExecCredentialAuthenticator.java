package dev.kubesmith.kubeclient.util.credentials;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kubeconfig {@code exec} credential plugin (client.authentication.k8s.io/v1 and v1beta1):
 * the command prints an ExecCredential whose token is used until its expirationTimestamp
 * (for the whole process without one), and the plugin runs again once after a 401.
 *
 * <p>The plugin's output holds the token, so it never appears in errors, logs or
 * {@code toString()}; its stderr is passed through, as kubectl does.
 */
public class ExecCredentialAuthenticator implements RequestAuthenticator {
    private final String apiVersion;
    private final List<String> command;
    private final Map<String, String> env;
    private final boolean interactive;
    private final Map<String, Object> cluster; // null unless provideClusterInfo
    private final String place; // "kubeconfig FILE: users[i].user.exec", for errors
    private final Clock clock;
    private String token;
    private Instant expiry;

    /**
     * @param command the program and its arguments
     * @param env extra environment variables for the plugin
     * @param interactive whether stdin is handed to the plugin
     * @param cluster the cluster information for KUBERNETES_EXEC_INFO, or null
     * @param place where the plugin is configured, for error messages
     */
    public ExecCredentialAuthenticator(String apiVersion, List<String> command,
            Map<String, String> env, boolean interactive, Map<String, Object> cluster,
            String place, Clock clock) {
        this.apiVersion = apiVersion;
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.interactive = interactive;
        this.cluster = cluster;
        this.place = place;
        this.clock = clock;
    }

    @Override
    public synchronized void authenticate(Map<String, List<String>> headers) throws IOException {
        if (token == null || expiry != null && !clock.instant().isBefore(expiry)) {
            run();
        }
        headers.put("Authorization", List.of("Bearer " + token));
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized() throws IOException {
        String before = token;
        run();
        return !token.equals(before);
    }

    private void run() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        pb.environment().putAll(env);
        pb.environment().put("KUBERNETES_EXEC_INFO", execInfo());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(interactive ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IOException(place + ": cannot run the credential plugin " + command.get(0)
                    + " (" + e.getMessage() + ")", e);
        }
        if (!interactive) {
            process.getOutputStream().close();
        }
        byte[] out = process.getInputStream().readAllBytes();
        int status;
        try {
            status = process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException(place + ": interrupted while the credential plugin ran", e);
        }
        if (status != 0) {
            throw new IOException(place + ": the credential plugin " + command.get(0)
                    + " exited with status " + status);
        }
        read(new String(out, StandardCharsets.UTF_8));
    }

    private void read(String output) throws IOException {
        Object doc;
        try (JsonParser p = JSON.FACTORY.createParser(output)) {
            p.nextToken();
            doc = Codecs.ANY.read(p);
        } catch (IOException e) {
            throw new IOException(place + ": the credential plugin's output is not JSON");
        }
        if (!(doc instanceof Map) || !"ExecCredential".equals(((Map<?, ?>) doc).get("kind"))) {
            throw new IOException(place + ": the credential plugin's output is not an ExecCredential");
        }
        Map<?, ?> credential = (Map<?, ?>) doc;
        if (!apiVersion.equals(credential.get("apiVersion"))) {
            throw new IOException(place + ": the credential plugin answered apiVersion "
                    + credential.get("apiVersion") + ", not " + apiVersion);
        }
        Object status = credential.get("status");
        if (!(status instanceof Map)) {
            throw new IOException(place + ": the ExecCredential has no status");
        }
        Map<?, ?> s = (Map<?, ?>) status;
        if (s.get("clientCertificateData") != null || s.get("clientKeyData") != null) {
            throw new IOException(place + ": client certificates from credential plugins are not "
                    + "supported by this client yet");
        }
        Object t = s.get("token");
        if (!(t instanceof String) || ((String) t).isEmpty()) {
            throw new IOException(place + ": the ExecCredential's status has no token");
        }
        Instant newExpiry = null;
        Object exp = s.get("expirationTimestamp");
        if (exp != null) {
            try {
                newExpiry = Codecs.parseTime(String.valueOf(exp)).toInstant();
            } catch (DateTimeParseException e) {
                throw new IOException(place + ": the ExecCredential's expirationTimestamp is not RFC 3339");
            }
        }
        token = (String) t;
        expiry = newExpiry;
    }

    private String execInfo() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("apiVersion", apiVersion);
            g.writeStringField("kind", "ExecCredential");
            g.writeObjectFieldStart("spec");
            g.writeBooleanField("interactive", interactive);
            if (cluster != null) {
                g.writeFieldName("cluster");
                Codecs.ANY.write(g, cluster);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "ExecCredentialAuthenticator{command=" + command.get(0) + "}";
    }
}
