package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.auth.RequestAuthenticator;
import dev.kubesmith.kubeclient.util.credentials.ExecCredentialAuthenticator;
import dev.kubesmith.kubeclient.util.credentials.TokenFileAuthentication;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A kubeconfig (one file, or several merged as kubectl merges $KUBECONFIG): clusters, users,
 * contexts and the current context, with the rules of client-go (data beats file, paths
 * relative to the file naming them, insecure + CA and token + basic auth rejected).
 *
 * <p>Errors name the file and the place ({@code users[1].user.client-key-data}). Credentials
 * are read only through the getters and never appear in messages or {@code toString()}.
 */
public class KubeConfig {
    public static final String ENV_HOME = "HOME";
    public static final String KUBEDIR = ".kube";
    public static final String KUBECONFIG = "config";

    /** One named entry and where it came from (for relative paths and error messages). */
    private static final class Entry {
        final String source; // file name for messages
        final Path dir; // directory relative paths resolve against (null: the working dir)
        final String place; // e.g. users[1].user
        final Map<String, Object> body;

        Entry(String source, Path dir, String place, Map<String, Object> body) {
            this.source = source;
            this.dir = dir;
            this.place = place;
            this.body = body;
        }
    }

    private final Map<String, Entry> clusters = new LinkedHashMap<>();
    private final Map<String, Entry> users = new LinkedHashMap<>();
    private final Map<String, Entry> contexts = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private String currentContext;
    private Path file;

    private KubeConfig() {}

    /** Reads a kubeconfig; relative paths resolve against the working directory (or setFile). */
    public static KubeConfig loadKubeConfig(Reader reader) throws IOException {
        KubeConfig config = new KubeConfig();
        config.merge(reader, "<kubeconfig>", null);
        return config;
    }

    /** Reads one kubeconfig file, which must exist. */
    public static KubeConfig loadKubeConfig(Path path) throws IOException {
        KubeConfig config = new KubeConfig();
        config.mergeFile(path);
        config.file = path;
        return config;
    }

    /**
     * Merges several files as kubectl does with $KUBECONFIG: missing files are skipped, the
     * first file defining a cluster, user or context name wins, current-context is the first
     * non-empty one. At least one file must exist.
     */
    public static KubeConfig loadKubeConfig(List<Path> paths) throws IOException {
        KubeConfig config = new KubeConfig();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : paths) {
            Path normal = p.toAbsolutePath().normalize();
            if (!seen.add(normal) || !Files.exists(normal)) {
                continue;
            }
            config.mergeFile(p);
            if (config.file == null) {
                config.file = p;
            }
        }
        if (config.sources.isEmpty()) {
            throw new KubeConfigException("none of the kubeconfig files exists: " + paths);
        }
        return config;
    }

    /** The files of a $KUBECONFIG value (split on the path separator, empty parts dropped). */
    public static List<Path> splitPathList(String value) {
        List<Path> paths = new ArrayList<>();
        for (String part : value.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!part.isBlank()) {
                paths.add(Path.of(part));
            }
        }
        return paths;
    }

    private void mergeFile(Path path) throws IOException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Path dir = path.toAbsolutePath().getParent();
            merge(r, path.toString(), dir);
        } catch (NoSuchFileException e) {
            throw new KubeConfigException("kubeconfig " + path + ": no such file");
        }
    }

    private void merge(Reader reader, String source, Path dir) throws IOException {
        Object doc;
        try {
            LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema())
                    .setLabel(source).build();
            doc = new Load(settings).loadFromReader(reader);
        } catch (YamlEngineException e) {
            throw new KubeConfigException("kubeconfig " + source + ": invalid YAML: "
                    + e.getMessage(), e);
        }
        sources.add(source);
        if (doc == null) {
            return; // an empty file is allowed (client-go)
        }
        if (!(doc instanceof Map)) {
            throw new KubeConfigException("kubeconfig " + source + ": expected a mapping at the top");
        }
        Map<?, ?> top = (Map<?, ?>) doc;
        mergeSection(top, "clusters", "cluster", clusters, source, dir);
        mergeSection(top, "users", "user", users, source, dir);
        mergeSection(top, "contexts", "context", contexts, source, dir);
        Object current = top.get("current-context");
        if (current != null && !(current instanceof String)) {
            throw new KubeConfigException("kubeconfig " + source + ": current-context: expected a string");
        }
        if (currentContext == null && current != null && !((String) current).isEmpty()) {
            currentContext = (String) current;
        }
    }

    @SuppressWarnings("unchecked")
    private static void mergeSection(Map<?, ?> top, String key, String bodyKey,
            Map<String, Entry> into, String source, Path dir) throws KubeConfigException {
        Object section = top.get(key);
        if (section == null) {
            return;
        }
        if (!(section instanceof List)) {
            throw new KubeConfigException("kubeconfig " + source + ": " + key + ": expected a list");
        }
        List<?> items = (List<?>) section;
        for (int i = 0; i < items.size(); i++) {
            String place = key + "[" + i + "]";
            if (!(items.get(i) instanceof Map)) {
                throw new KubeConfigException("kubeconfig " + source + ": " + place
                        + ": expected a mapping with name and " + bodyKey);
            }
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            Object name = item.get("name");
            if (!(name instanceof String) || ((String) name).isEmpty()) {
                throw new KubeConfigException("kubeconfig " + source + ": " + place
                        + ".name: expected a non-empty string");
            }
            Object body = item.get(bodyKey);
            if (body == null) {
                body = Collections.emptyMap();
            }
            if (!(body instanceof Map)) {
                throw new KubeConfigException("kubeconfig " + source + ": " + place + "." + bodyKey
                        + ": expected a mapping");
            }
            into.putIfAbsent((String) name, new Entry(source, dir, place + "." + bodyKey,
                    (Map<String, Object>) body));
        }
    }

    // -- selection --------------------------------------------------------------------------

    /** Relative certificate and token paths resolve against this file's directory. */
    public void setFile(File file) {
        this.file = file.toPath();
    }

    public String getCurrentContext() {
        return currentContext;
    }

    /** Selects a context; false when there is none of that name. */
    public boolean setContext(String context) {
        if (!contexts.containsKey(context)) {
            return false;
        }
        currentContext = context;
        return true;
    }

    public List<String> getContexts() {
        return List.copyOf(contexts.keySet());
    }

    /** The files this configuration was read from, in merge order. */
    public List<String> getSources() {
        return List.copyOf(sources);
    }

    private Entry context() throws KubeConfigException {
        if (currentContext == null) {
            throw new KubeConfigException("kubeconfig " + sourceList()
                    + ": no current-context is set (and none was selected)");
        }
        Entry e = contexts.get(currentContext);
        if (e == null) {
            throw new KubeConfigException("kubeconfig " + sourceList() + ": current-context \""
                    + currentContext + "\" is not among the contexts " + contexts.keySet());
        }
        return e;
    }

    private Entry named(Map<String, Entry> map, String field, String kind)
            throws KubeConfigException {
        Entry ctx = context();
        String name = string(ctx, field);
        if (name == null || name.isEmpty()) {
            throw new KubeConfigException("kubeconfig " + ctx.source + ": " + ctx.place + "."
                    + field + ": context \"" + currentContext + "\" names no " + kind);
        }
        Entry e = map.get(name);
        if (e == null) {
            throw new KubeConfigException("kubeconfig " + ctx.source + ": " + ctx.place + "."
                    + field + ": no " + kind + " named \"" + name + "\"");
        }
        return e;
    }

    private Entry cluster() throws KubeConfigException {
        return named(clusters, "cluster", "cluster");
    }

    private Entry user() throws KubeConfigException {
        Entry ctx = context();
        String name = string(ctx, "user");
        if (name == null || name.isEmpty()) {
            return new Entry(ctx.source, ctx.dir, ctx.place, Collections.emptyMap());
        }
        return named(users, "user", "user");
    }

    private String sourceList() {
        return sources.size() == 1 ? sources.get(0) : sources.toString();
    }

    // -- typed fields -----------------------------------------------------------------------

    private static String string(Entry e, String key) throws KubeConfigException {
        Object v = e.body.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            return (String) v;
        }
        throw bad(e, key, "expected a string");
    }

    private static boolean bool(Entry e, String key) throws KubeConfigException {
        Object v = e.body.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        throw bad(e, key, "expected true or false");
    }

    private static KubeConfigException bad(Entry e, String key, String what) {
        return new KubeConfigException("kubeconfig " + e.source + ": " + e.place + "." + key
                + ": " + what);
    }

    /** base64 `key-data` if set, else the file `key`; null when neither is set. */
    private byte[] dataOrFile(Entry e, String dataKey, String fileKey) throws KubeConfigException {
        String data = string(e, dataKey);
        if (data != null && !data.isEmpty()) {
            try {
                return Base64.getDecoder().decode(data.replaceAll("\\s", ""));
            } catch (IllegalArgumentException x) {
                throw bad(e, dataKey, "not valid base64");
            }
        }
        String path = string(e, fileKey);
        if (path == null || path.isEmpty()) {
            return null;
        }
        Path p = resolve(e, path);
        try {
            return Files.readAllBytes(p);
        } catch (IOException x) {
            throw bad(e, fileKey, "cannot read " + p + " (" + x.getClass().getSimpleName() + ")");
        }
    }

    private Path resolve(Entry e, String path) {
        Path p = Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1)
                : path);
        if (p.isAbsolute()) {
            return p;
        }
        Path base = e.dir != null ? e.dir
                : file != null && file.toAbsolutePath().getParent() != null
                        ? file.toAbsolutePath().getParent() : null;
        return base == null ? p : base.resolve(p);
    }

    // -- cluster ----------------------------------------------------------------------------

    public String getServer() throws KubeConfigException {
        Entry c = cluster();
        String server = string(c, "server");
        if (server == null || server.isEmpty()) {
            throw bad(c, "server", "missing; the cluster needs a server URL");
        }
        return server;
    }

    /** The context's namespace, or null when it names none. */
    public String getNamespace() throws KubeConfigException {
        String ns = string(context(), "namespace");
        return ns == null || ns.isEmpty() ? null : ns;
    }

    public boolean verifySSL() throws KubeConfigException {
        Entry c = cluster();
        boolean insecure = bool(c, "insecure-skip-tls-verify");
        if (insecure && (string(c, "certificate-authority-data") != null
                || string(c, "certificate-authority") != null)) {
            throw bad(c, "insecure-skip-tls-verify",
                    "specifying a root certificates file with the insecure flag is not allowed");
        }
        return !insecure;
    }

    public boolean isVerifySSL() throws KubeConfigException {
        return verifySSL();
    }

    /** The PEM CA to trust (data or file), or null for the JDK's roots. */
    public byte[] getCertificateAuthorityData() throws KubeConfigException {
        return dataOrFile(cluster(), "certificate-authority-data", "certificate-authority");
    }

    public String getTlsServerName() throws KubeConfigException {
        String name = string(cluster(), "tls-server-name");
        return name == null || name.isEmpty() ? null : name;
    }

    public String getProxyUrl() throws KubeConfigException {
        String url = string(cluster(), "proxy-url");
        return url == null || url.isEmpty() ? null : url;
    }

    // -- user -------------------------------------------------------------------------------

    public byte[] getClientCertificateData() throws KubeConfigException {
        return dataOrFile(user(), "client-certificate-data", "client-certificate");
    }

    public byte[] getClientKeyData() throws KubeConfigException {
        return dataOrFile(user(), "client-key-data", "client-key");
    }

    /** The static token, else the token file's content; null when the user has neither. */
    public String getAccessToken() throws KubeConfigException {
        Entry u = user();
        String token = string(u, "token");
        if (token != null && !token.isEmpty()) {
            return token;
        }
        String tokenFile = string(u, "tokenFile");
        if (tokenFile == null || tokenFile.isEmpty()) {
            return null;
        }
        Path p = resolve(u, tokenFile);
        try {
            return Files.readString(p, StandardCharsets.UTF_8).strip();
        } catch (IOException x) {
            throw bad(u, "tokenFile", "cannot read " + p + " (" + x.getClass().getSimpleName() + ")");
        }
    }

    public String getUsername() throws KubeConfigException {
        return string(user(), "username");
    }

    public String getPassword() throws KubeConfigException {
        return string(user(), "password");
    }

    /** The exec credential plugin section of the user, or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getExec() throws KubeConfigException {
        Object exec = user().body.get("exec");
        if (exec != null && !(exec instanceof Map)) {
            throw bad(user(), "exec", "expected a mapping");
        }
        return (Map<String, Object>) exec;
    }

    /** The auth-provider section of the user, or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getAuthProvider() throws KubeConfigException {
        Object provider = user().body.get("auth-provider");
        if (provider != null && !(provider instanceof Map)) {
            throw bad(user(), "auth-provider", "expected a mapping");
        }
        return (Map<String, Object>) provider;
    }

    /** Impersonate-User, -Uid, -Group (repeated) and -Extra-key headers of the user. */
    public Map<String, List<String>> getImpersonationHeaders() throws KubeConfigException {
        Entry u = user();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String as = string(u, "as");
        if (as != null && !as.isEmpty()) {
            headers.put("Impersonate-User", List.of(as));
        }
        String uid = string(u, "as-uid");
        if (uid != null && !uid.isEmpty()) {
            headers.put("Impersonate-Uid", List.of(uid));
        }
        Object groups = u.body.get("as-groups");
        if (groups != null) {
            if (!(groups instanceof List)) {
                throw bad(u, "as-groups", "expected a list of strings");
            }
            List<String> values = new ArrayList<>();
            for (Object g : (List<?>) groups) {
                values.add(String.valueOf(g));
            }
            if (!values.isEmpty()) {
                headers.put("Impersonate-Group", values);
            }
        }
        Object extra = u.body.get("as-user-extra");
        if (extra != null) {
            if (!(extra instanceof Map)) {
                throw bad(u, "as-user-extra", "expected a mapping of lists");
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) extra).entrySet()) {
                List<String> values = new ArrayList<>();
                if (e.getValue() instanceof List) {
                    for (Object v : (List<?>) e.getValue()) {
                        values.add(String.valueOf(v));
                    }
                } else {
                    values.add(String.valueOf(e.getValue()));
                }
                headers.put("Impersonate-Extra-" + e.getKey(), values);
            }
        }
        return headers;
    }

    /**
     * How each request of the current user is authenticated: a bearer token, a token file
     * (re-read every minute and after a 401) or basic auth; null for none (client
     * certificates only), or an exec credential plugin. Auth providers (OIDC) are rejected
     * with a clear error.
     */
    public RequestAuthenticator getRequestAuthenticator() throws KubeConfigException {
        Entry u = user();
        String token = string(u, "token");
        String tokenFile = string(u, "tokenFile");
        String username = string(u, "username");
        boolean hasToken = token != null && !token.isEmpty()
                || tokenFile != null && !tokenFile.isEmpty();
        if (hasToken && username != null && !username.isEmpty()) {
            throw bad(u, "username", "username/password or bearer token may be set, but not both");
        }
        if (u.body.get("exec") != null && u.body.get("auth-provider") != null) {
            throw bad(u, "exec", "exec and auth-provider may not both be set");
        }
        if (token != null && !token.isEmpty()) {
            return new BearerToken(token);
        }
        if (tokenFile != null && !tokenFile.isEmpty()) {
            return new TokenFileAuthentication(resolve(u, tokenFile), java.time.Clock.systemUTC());
        }
        if (username != null && !username.isEmpty()) {
            String password = string(u, "password");
            String pair = username + ":" + (password == null ? "" : password);
            return new BearerToken(null, "Basic " + Base64.getEncoder()
                    .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (u.body.get("exec") != null) {
            return execPlugin(u);
        }
        if (u.body.get("auth-provider") != null) {
            throw bad(u, "auth-provider", "auth providers are not supported by this client yet");
        }
        return null;
    }

    /** The user's exec credential plugin, checked as client-go checks it. */
    private RequestAuthenticator execPlugin(Entry u) throws KubeConfigException {
        Map<String, Object> exec = getExec();
        Entry e = new Entry(u.source, u.dir, u.place + ".exec", exec);
        String apiVersion = string(e, "apiVersion");
        if (!"client.authentication.k8s.io/v1".equals(apiVersion)
                && !"client.authentication.k8s.io/v1beta1".equals(apiVersion)) {
            throw bad(e, "apiVersion", "expected client.authentication.k8s.io/v1 or /v1beta1");
        }
        String command = string(e, "command");
        if (command == null || command.isEmpty()) {
            throw bad(e, "command", "missing");
        }
        if (command.contains("/")) {
            command = resolve(e, command).toString(); // relative to the kubeconfig (client-go)
        }
        List<String> argv = new ArrayList<>();
        argv.add(command);
        Object args = exec.get("args");
        if (args != null) {
            if (!(args instanceof List)) {
                throw bad(e, "args", "expected a list of strings");
            }
            for (Object a : (List<?>) args) {
                argv.add(String.valueOf(a));
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        Object envList = exec.get("env");
        if (envList != null) {
            if (!(envList instanceof List)) {
                throw bad(e, "env", "expected a list of {name, value}");
            }
            for (Object item : (List<?>) envList) {
                if (!(item instanceof Map) || !(((Map<?, ?>) item).get("name") instanceof String)) {
                    throw bad(e, "env", "expected a list of {name, value}");
                }
                Map<?, ?> m = (Map<?, ?>) item;
                env.put((String) m.get("name"), m.get("value") == null ? "" : String.valueOf(m.get("value")));
            }
        }
        String mode = string(e, "interactiveMode");
        if (mode == null && apiVersion.endsWith("/v1")) {
            throw bad(e, "interactiveMode", "required for client.authentication.k8s.io/v1");
        }
        boolean terminal = System.console() != null;
        boolean interactive;
        if (mode == null || mode.equals("IfAvailable")) {
            interactive = terminal;
        } else if (mode.equals("Never")) {
            interactive = false;
        } else if (mode.equals("Always")) {
            if (!terminal) {
                throw bad(e, "interactiveMode", "Always, but there is no terminal to interact with");
            }
            interactive = true;
        } else {
            throw bad(e, "interactiveMode", "expected Never, IfAvailable or Always");
        }
        Map<String, Object> cluster = null;
        if (Boolean.TRUE.equals(exec.get("provideClusterInfo"))) {
            cluster = new LinkedHashMap<>();
            cluster.put("server", getServer());
            String serverName = getTlsServerName();
            if (serverName != null) {
                cluster.put("tls-server-name", serverName);
            }
            cluster.put("insecure-skip-tls-verify", !verifySSL());
            byte[] ca = getCertificateAuthorityData();
            if (ca != null) {
                cluster.put("certificate-authority-data", Base64.getEncoder().encodeToString(ca));
            }
        }
        return new ExecCredentialAuthenticator(apiVersion, argv, env, interactive, cluster,
                "kubeconfig " + e.source + ": " + e.place, java.time.Clock.systemUTC());
    }

    /** A fixed Authorization header; never printed. */
    private static final class BearerToken implements RequestAuthenticator {
        private final String header;

        BearerToken(String token) {
            this(token, null);
        }

        BearerToken(String token, String header) {
            this.header = header != null ? header : "Bearer " + token;
        }

        @Override
        public void authenticate(Map<String, List<String>> headers) {
            headers.put("Authorization", List.of(header));
        }

        @Override
        public String toString() {
            return "RequestAuthenticator{<redacted>}";
        }
    }

    @Override
    public String toString() {
        return "KubeConfig{sources=" + sources + ", currentContext=" + currentContext
                + ", contexts=" + contexts.keySet() + "}";
    }
}
