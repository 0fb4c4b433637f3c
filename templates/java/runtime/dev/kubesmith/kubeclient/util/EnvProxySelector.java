package dev.kubesmith.kubeclient.util;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy environment variables as Go's net/http reads them (client-go, and the Python
 * client through httpx): {@code HTTPS_PROXY} for https URLs, {@code HTTP_PROXY} for http
 * ones (upper or lower case), and {@code NO_PROXY}: "*", host names (a name also covers its
 * subdomains; a leading dot is allowed), IP addresses and CIDR ranges. Only http(s) proxies:
 * java.net.http has no SOCKS support. The JDK's default selector reads system properties
 * only, so ClientBuilder uses this one when the kubeconfig names no proxy-url.
 */
public final class EnvProxySelector extends ProxySelector {
    private final URI httpsProxy;
    private final URI httpProxy;
    private final List<String> noProxy = new ArrayList<>();

    /** From the process environment; null when it names no proxy. */
    public static EnvProxySelector fromEnvironment() {
        EnvProxySelector s = new EnvProxySelector(System.getenv());
        return s.httpsProxy == null && s.httpProxy == null ? null : s;
    }

    public EnvProxySelector(Map<String, String> env) {
        this.httpsProxy = proxy(env, "HTTPS_PROXY");
        this.httpProxy = proxy(env, "HTTP_PROXY");
        String no = get(env, "NO_PROXY");
        if (no != null) {
            for (String part : no.split(",")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty()) {
                    noProxy.add(p.startsWith(".") ? p.substring(1) : p);
                }
            }
        }
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static URI proxy(Map<String, String> env, String name) {
        String value = get(env, name);
        if (value == null) {
            return null;
        }
        URI uri = URI.create(value.contains("://") ? value : "http://" + value);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(name + ": only http(s) proxies are supported by "
                    + "java.net.http (got " + scheme + ")");
        }
        return uri;
    }

    @Override
    public List<Proxy> select(URI uri) {
        URI proxy = "https".equalsIgnoreCase(uri.getScheme()) ? httpsProxy : httpProxy;
        if (proxy == null || bypassed(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = proxy.getPort() > 0 ? proxy.getPort()
                : "https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 80;
        return List.of(new Proxy(Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(proxy.getHost(), port)));
    }

    /** Whether NO_PROXY covers the host. */
    public boolean bypassed(String rawHost) {
        if (rawHost == null) {
            return true;
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (String entry : noProxy) {
            if (entry.equals("*") || entry.equals(host) || host.endsWith("." + entry)
                    || inRange(host, entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String host, String entry) {
        if (!isLiteral(host)) {
            return false;
        }
        int slash = entry.indexOf('/');
        String net = slash < 0 ? entry : entry.substring(0, slash);
        if (!isLiteral(net)) {
            return false;
        }
        try {
            byte[] a = InetAddress.getByName(host).getAddress();
            byte[] b = InetAddress.getByName(net).getAddress();
            if (a.length != b.length) {
                return false;
            }
            int bits = slash < 0 ? a.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            int shift = a.length * 8 - bits;
            return new BigInteger(1, a).shiftRight(shift).equals(new BigInteger(1, b).shiftRight(shift));
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** IP literals only: never a DNS lookup. */
    private static boolean isLiteral(String s) {
        return s.indexOf(':') >= 0 || s.matches("[0-9.]+");
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to fall back to: the request fails with the connection error
    }

    @Override
    public String toString() {
        // proxy URLs may carry user:password
        return "EnvProxySelector{https=" + (httpsProxy != null) + ", http=" + (httpProxy != null)
                + ", noProxy=" + noProxy + "}";
    }
}
