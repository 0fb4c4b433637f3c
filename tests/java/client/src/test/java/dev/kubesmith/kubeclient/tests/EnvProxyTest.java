package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.util.EnvProxySelector;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTPS_PROXY / HTTP_PROXY / NO_PROXY as Go's net/http reads them. */
class EnvProxyTest {
    static String target(EnvProxySelector s, String url) {
        List<Proxy> proxies = s.select(URI.create(url));
        assertEquals(1, proxies.size());
        Proxy p = proxies.get(0);
        if (p.type() == Proxy.Type.DIRECT) {
            return "DIRECT";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void schemesPickTheirProxy() {
        EnvProxySelector s = new EnvProxySelector(Map.of("HTTPS_PROXY", "http://secure.proxy:3128",
                "http_proxy", "plain.proxy"));
        assertEquals("secure.proxy:3128", target(s, "https://10.0.0.1:6443/api"));
        assertEquals("plain.proxy:80", target(s, "http://10.0.0.1:8080/api"));
        assertEquals("DIRECT", target(new EnvProxySelector(Map.of()), "https://h/"));
    }

    @Test
    void noProxyNamesSubdomainsAddressesAndRanges() {
        EnvProxySelector s = new EnvProxySelector(Map.of("HTTPS_PROXY", "http://p:1",
                "NO_PROXY", " example.com, .internal ,10.0.0.0/8,192.168.1.7,fd00::/8"));
        for (String direct : List.of("https://example.com/", "https://api.example.com/", "https://a.internal/",
                "https://internal/", "https://10.1.2.3:6443/", "https://192.168.1.7/", "https://[fd00::7]:6443/")) {
            assertEquals("DIRECT", target(s, direct), direct);
        }
        for (String proxied : List.of("https://notexample.com/", "https://11.0.0.1/", "https://192.168.1.8/",
                "https://[fe80::1]/")) {
            assertEquals("p:1", target(s, proxied), proxied);
        }
        assertTrue(new EnvProxySelector(Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "*")).bypassed("any"));
    }

    @Test
    void socksIsRejectedAndPasswordsStayHidden() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EnvProxySelector(Map.of("HTTPS_PROXY", "socks5://p:1080")));
        assertTrue(e.getMessage().contains("socks5"), e.getMessage());
        EnvProxySelector s = new EnvProxySelector(Map.of("HTTPS_PROXY", "http://user:hunter2@p:1"));
        assertFalse(s.toString().contains("hunter2"));
    }
}
