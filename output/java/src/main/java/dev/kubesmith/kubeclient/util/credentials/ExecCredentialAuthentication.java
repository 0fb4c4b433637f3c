package dev.kubesmith.kubeclient.util.credentials;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.util.KubeConfigException;
import dev.kubesmith.kubeclient.util.SSLUtils;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * A kubeconfig exec credential plugin ({@code users[].user.exec}), run as client-go runs it.
 * The plugin prints an {@code ExecCredential} ({@code client.authentication.k8s.io/v1} or
 * {@code v1beta1}) holding a bearer token or a client certificate and key.
 *
 * <ul>
 *   <li>The credential is cached until its {@code expirationTimestamp} (for the whole process
 *       without one), shared by every client with the same exec config and cluster; client-java
 *       runs the plugin for every client and never refreshes.
 *   <li>After a 401 the plugin runs once more, unless the credential changed meanwhile, and the
 *       request is sent again.
 *   <li>Environment: the parent's, plus {@code env}, plus {@code KUBERNETES_EXEC_INFO} (with the
 *       cluster when {@code provideClusterInfo} is set). {@code interactiveMode}: Never runs
 *       without stdin, IfAvailable attaches it when there is a console, Always fails without one.
 *   <li>A certificate is presented through a key manager that follows the cached credential;
 *       when it changes, the client's connections are replaced (TLS sessions keep the old one).
 *   <li>Errors carry the exit code and stderr, never the plugin's output (the credential).
 * </ul>
 */
public class ExecCredentialAuthentication implements Authentication, RequestAuthenticator {
    public static final String V1 = "client.authentication.k8s.io/v1";
    public static final String V1BETA1 = "client.authentication.k8s.io/v1beta1";
    /** The environment variable the plugin reads its request from. */
    public static final String EXEC_INFO_ENV = "KUBERNETES_EXEC_INFO";
    /** The cluster extension handed to the plugin as {@code spec.cluster.config}. */
    public static final String EXEC_EXTENSION = "client.authentication.k8s.io/exec";
    private static final int STDERR_LIMIT = 4000;

    /** One cache entry per exec config + cluster: what every client with that config shares. */
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

    private final String apiVersion;
    private final String command;
    private final List<String> args;
    private final Map<String, String> env;
    private final String installHint;
    private final String interactiveMode;
    private final Map<String, Object> cluster; // spec.cluster, only with provideClusterInfo
    private final String where;
    private final Shared shared;
    private final ThreadLocal<Credential> used = new ThreadLocal<>();
    private final FollowingKeyManager keyManager = new FollowingKeyManager();
    private final List<ApiClient> clients = new ArrayList<>();
    private Credential installed; // the credential whose certificate the clients present

    /** What a plugin returned; never printed. */
    static final class Credential {
        final String token;
        final X509KeyManager keyManager; // null without a client certificate
        final byte[] certificate;
        final Instant expiry; // null: valid for the whole process

        Credential(String token, X509KeyManager keyManager, byte[] certificate, Instant expiry) {
            this.token = token;
            this.keyManager = keyManager;
            this.certificate = certificate;
            this.expiry = expiry;
        }

        boolean expired(Instant now) {
            return expiry != null && !now.isBefore(expiry);
        }

        @Override
        public String toString() {
            return "ExecCredential{<redacted>, expiry=" + expiry + "}";
        }
    }

    /** The cached credential of one exec config; runs of the plugin are serialised. */
    static final class Shared {
        Credential credential;
        int runs;
    }

    /**
     * Validates a kubeconfig {@code exec} mapping. {@code where} names it in errors
     * ({@code kubeconfig /path/config: users[1].user.exec}); a command with a path separator that is not
     * absolute resolves against {@code dir}; {@code cluster} is the plugin's
     * {@code spec.cluster} (used only with {@code provideClusterInfo}).
     */
    public ExecCredentialAuthentication(Map<String, Object> exec, String where, Path dir,
            Map<String, Object> cluster) throws KubeConfigException {
        this.where = where;
        Object version = exec.get("apiVersion");
        if (!V1.equals(version) && !V1BETA1.equals(version)) {
            String detail = "client.authentication.k8s.io/v1alpha1".equals(version)
                    ? "v1alpha1 was removed from Kubernetes; use v1 or v1beta1"
                    : "supported: " + V1 + ", " + V1BETA1;
            throw new KubeConfigException(where + ".apiVersion: unsupported exec plugin apiVersion "
                    + version + " (" + detail + ")");
        }
        apiVersion = (String) version;
        Object cmd = exec.get("command");
        if (!(cmd instanceof String) || ((String) cmd).isEmpty()) {
            throw new KubeConfigException(where + ".command: the exec plugin has no command");
        }
        String c = (String) cmd;
        if (c.contains(File.separator) && !Path.of(c).isAbsolute() && dir != null) {
            c = dir.resolve(c).normalize().toString();
        }
        command = c;
        args = new ArrayList<>();
        Object argList = exec.get("args");
        if (argList != null) {
            if (!(argList instanceof List)) {
                throw new KubeConfigException(where + ".args: must be a list of strings");
            }
            for (Object a : (List<?>) argList) {
                if (!(a instanceof String)) {
                    throw new KubeConfigException(where + ".args: must be a list of strings");
                }
                args.add((String) a);
            }
        }
        env = new LinkedHashMap<>();
        Object envList = exec.get("env");
        if (envList != null) {
            if (!(envList instanceof List)) {
                throw new KubeConfigException(where + ".env: must be a list of name/value mappings");
            }
            List<?> items = (List<?>) envList;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Object name = item instanceof Map ? ((Map<?, ?>) item).get("name") : null;
                Object value = item instanceof Map ? ((Map<?, ?>) item).get("value") : null;
                if (!(name instanceof String) || ((String) name).isEmpty()
                        || value != null && !(value instanceof String)) {
                    throw new KubeConfigException(where + ".env[" + i
                            + "]: must be a mapping with a name and a string value");
                }
                env.put((String) name, value == null ? "" : (String) value);
            }
        }
        Object mode = exec.get("interactiveMode");
        if (mode == null || "".equals(mode)) {
            if (V1.equals(apiVersion)) {
                throw new KubeConfigException(where + ".interactiveMode: required for " + V1
                        + " (Never, IfAvailable or Always)");
            }
            mode = "IfAvailable";
        }
        if (!List.of("Never", "IfAvailable", "Always").contains(mode)) {
            throw new KubeConfigException(where + ".interactiveMode: invalid value " + mode
                    + " (Never, IfAvailable or Always)");
        }
        interactiveMode = (String) mode;
        Object provide = exec.getOrDefault("provideClusterInfo", Boolean.FALSE);
        if (!(provide instanceof Boolean)) {
            throw new KubeConfigException(where + ".provideClusterInfo: must be true or false");
        }
        this.cluster = (Boolean) provide && cluster != null ? new TreeMap<>(cluster) : null;
        Object hint = exec.get("installHint");
        if (hint != null && !(hint instanceof String)) {
            throw new KubeConfigException(where + ".installHint: must be a string");
        }
        installHint = hint == null ? "" : (String) hint;
        shared = SHARED.computeIfAbsent(cacheKey(), k -> new Shared());
    }

    private String cacheKey() {
        Map<String, Object> key = new TreeMap<>();
        key.put("apiVersion", apiVersion);
        key.put("command", command);
        key.put("args", args);
        key.put("env", new TreeMap<>(env));
        key.put("interactiveMode", interactiveMode);
        key.put("cluster", cluster);
        return toJson(key);
    }

    /** Forgets every cached credential (tests; a process that wants fresh plugin runs). */
    public static void clearCache() {
        SHARED.clear();
    }

    /** How many times the plugin of this config has run in this process. */
    public int runs() {
        synchronized (shared) {
            return shared.runs;
        }
    }

    // -- Authentication / RequestAuthenticator ----------------------------------------------

    @Override
    public void provide(ApiClient client) {
        synchronized (this) {
            clients.add(client);
        }
        client.setKeyManagers(new KeyManager[] {keyManager});
        client.setAuthenticator(this);
    }

    @Override
    public void authenticate(Map<String, List<String>> headers) throws IOException {
        Credential c = credential();
        used.set(c);
        install(c);
        if (c.token != null) {
            headers.put("Authorization", List.of("Bearer " + c.token));
        }
    }

    @Override
    public boolean refreshAfterUnauthorized() throws IOException {
        Credential before = used.get();
        Credential fresh;
        synchronized (shared) {
            Credential current = shared.credential;
            if (current != null && current != before) {
                fresh = current; // another request already refreshed it
            } else {
                try {
                    fresh = run();
                } catch (IOException e) {
                    // as client-go: the 401 goes to the caller, the failed refresh to the log
                    System.getLogger("dev.kubesmith.kubeclient").log(System.Logger.Level.WARNING,
                            "refreshing credentials after a 401 failed: " + e.getMessage());
                    return false;
                }
                shared.credential = fresh;
            }
        }
        install(fresh);
        return before == null || !same(before, fresh);
    }

    private static boolean same(Credential a, Credential b) {
        return java.util.Objects.equals(a.token, b.token)
                && Arrays.equals(a.certificate, b.certificate);
    }

    /** The cached credential, or a fresh one from the plugin (runs it, blocking). */
    Credential credential() throws IOException {
        synchronized (shared) {
            Credential c = shared.credential;
            if (c == null || c.expired(Instant.now(Clock.systemUTC()))) {
                c = run();
                shared.credential = c;
            }
            return c;
        }
    }

    /** Points the key manager at a new certificate and drops connections that used the old. */
    private void install(Credential c) {
        List<ApiClient> reset;
        synchronized (this) {
            if (installed == c || installed != null && Arrays.equals(installed.certificate,
                    c.certificate)) {
                installed = c;
                keyManager.delegate = c.keyManager;
                return;
            }
            boolean hadCertificate = installed != null && installed.certificate != null;
            installed = c;
            keyManager.delegate = c.keyManager;
            reset = hadCertificate || c.certificate != null ? List.copyOf(clients) : List.of();
        }
        for (ApiClient client : reset) {
            // a new transport: new TLS sessions, so the server sees the new certificate
            client.setKeyManagers(new KeyManager[] {keyManager});
        }
    }

    // -- running the plugin ---------------------------------------------------------------

    private Credential run() throws IOException {
        boolean interactive = interactive();
        List<String> argv = new ArrayList<>();
        argv.add(command);
        argv.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().putAll(env);
        pb.environment().put(EXEC_INFO_ENV, execInfo(interactive));
        pb.redirectInput(interactive ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")));
        pb.redirectError(interactive ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            if (!command.contains(File.separator) || !Files.exists(Path.of(command))) {
                throw missing();
            }
            throw new KubeConfigException(where + ": cannot run the credential plugin " + command
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        synchronized (shared) {
            shared.runs++;
        }
        CompletableFuture<byte[]> stderr = interactive ? CompletableFuture.completedFuture(new byte[0])
                : CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] stdout;
        int code;
        try (InputStream out = process.getInputStream()) {
            stdout = out.readAllBytes();
            code = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(where + ": interrupted while the credential plugin ran", e);
        }
        String err = new String(stderr.join(), StandardCharsets.UTF_8);
        if (code != 0) {
            String shown = interactive ? " (its stderr went to the terminal)" : excerpt(err);
            throw new KubeConfigException(where + ": the credential plugin " + command
                    + " exited with status " + code + shown);
        }
        if (!err.isEmpty()) {
            System.err.print(err); // client-go passes the plugin's stderr through
        }
        return parse(stdout);
    }

    private static byte[] readAll(InputStream in) {
        try (InputStream s = in) {
            return s.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String excerpt(String stderr) {
        String s = stderr.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (s.length() > STDERR_LIMIT) {
            s = s.substring(s.length() - STDERR_LIMIT);
        }
        return "; stderr:\n" + s;
    }

    private boolean interactive() throws KubeConfigException {
        if ("Never".equals(interactiveMode)) {
            return false;
        }
        boolean terminal = System.console() != null;
        if ("Always".equals(interactiveMode) && !terminal) {
            throw new KubeConfigException(where + ".interactiveMode: Always, but standard input "
                    + "is not a terminal, so the credential plugin " + command + " cannot ask for input");
        }
        return terminal;
    }

    /** The KUBERNETES_EXEC_INFO document: the request the plugin answers. */
    String execInfo(boolean interactive) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interactive", interactive);
        if (cluster != null) {
            spec.put("cluster", cluster);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("apiVersion", apiVersion);
        info.put("kind", "ExecCredential");
        info.put("spec", spec);
        return toJson(info);
    }

    private KubeConfigException missing() {
        String message = where + ": cannot run the credential plugin " + command + ": not found";
        if (!installHint.isEmpty()) {
            message += "\n\nIt looks like you are trying to use a client-go credential plugin "
                    + "that is not installed.\n\n" + installHint.stripTrailing();
        }
        return new KubeConfigException(message);
    }

    private Credential parse(byte[] stdout) throws KubeConfigException {
        Object doc;
        try (JsonParser p = JSON.FACTORY.createParser(stdout)) {
            p.nextToken();
            doc = Codecs.ANY.read(p);
        } catch (IOException | RuntimeException e) {
            throw fail("printed something that is not a JSON ExecCredential");
        }
        if (!(doc instanceof Map) || !"ExecCredential".equals(((Map<?, ?>) doc).get("kind"))) {
            throw fail("printed something that is not an ExecCredential");
        }
        Map<?, ?> map = (Map<?, ?>) doc;
        if (!apiVersion.equals(map.get("apiVersion"))) {
            throw fail("answered apiVersion " + map.get("apiVersion") + ", expected " + apiVersion);
        }
        if (!(map.get("status") instanceof Map)) {
            throw fail("answered an ExecCredential without status");
        }
        Map<?, ?> status = (Map<?, ?>) map.get("status");
        String token = text(status, "token");
        String cert = text(status, "clientCertificateData");
        String key = text(status, "clientKeyData");
        if ((cert == null) != (key == null)) {
            throw fail("answered clientCertificateData without clientKeyData, or the reverse");
        }
        if (token == null && cert == null) {
            throw fail("answered neither a token nor a client certificate");
        }
        X509KeyManager manager = null;
        byte[] certBytes = null;
        if (cert != null) {
            certBytes = cert.getBytes(StandardCharsets.UTF_8);
            try {
                for (KeyManager km : SSLUtils.keyManagers(certBytes, key.getBytes(StandardCharsets.UTF_8))) {
                    if (km instanceof X509KeyManager) {
                        manager = (X509KeyManager) km;
                    }
                }
            } catch (GeneralSecurityException | IOException e) {
                throw fail("answered a client certificate or key that is not valid PEM ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        Instant expiry = null;
        Object stamp = status.get("expirationTimestamp");
        if (stamp != null && !"".equals(stamp)) {
            try {
                expiry = OffsetDateTime.parse(String.valueOf(stamp)).toInstant();
            } catch (DateTimeParseException e) {
                throw fail("invalid expirationTimestamp " + stamp);
            }
        }
        return new Credential(token, manager, certBytes, expiry);
    }

    private String text(Map<?, ?> status, String key) throws KubeConfigException {
        Object v = status.get(key);
        if (v == null || "".equals(v)) {
            return null;
        }
        if (!(v instanceof String)) {
            throw fail("answered a token, clientCertificateData or clientKeyData that is not a string");
        }
        return (String) v;
    }

    private KubeConfigException fail(String what) {
        return new KubeConfigException(where + ": the credential plugin " + command + " " + what);
    }

    private static String toJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.FACTORY.createGenerator(out)) {
            Codecs.ANY.write(g, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "ExecCredentialAuthentication{command=" + command + ", apiVersion=" + apiVersion + "}";
    }

    /** A key manager that presents the current credential's certificate (none before a run). */
    private static final class FollowingKeyManager extends X509ExtendedKeyManager {
        volatile X509KeyManager delegate;

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            X509KeyManager d = delegate;
            return d == null ? null : d.getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            X509KeyManager d = delegate;
            return d == null ? null : d.chooseClientAlias(keyType, issuers, socket);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            X509KeyManager d = delegate;
            if (d instanceof X509ExtendedKeyManager) {
                return ((X509ExtendedKeyManager) d).chooseEngineClientAlias(keyType, issuers, engine);
            }
            return d == null ? null : d.chooseClientAlias(keyType, issuers, null);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            X509KeyManager d = delegate;
            return d == null ? null : d.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            X509KeyManager d = delegate;
            return d == null ? null : d.getPrivateKey(alias);
        }

        @Override
        public String toString() {
            return "ExecKeyManager{<redacted>}";
        }
    }
}
