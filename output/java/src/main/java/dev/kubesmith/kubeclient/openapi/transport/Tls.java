package dev.kubesmith.kubeclient.openapi.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS contexts for the API server: trust from the kubeconfig's CA (or the JDK's roots), the
 * server name checked against the certificate (tls-server-name when given, else the URL's
 * host), client certificates from key managers. Verification is skipped only when asked.
 */
public final class Tls {
    private Tls() {}

    /**
     * @param verify false only when the kubeconfig says insecure-skip-tls-verify
     * @param caPem PEM certificates to trust instead of the JDK's roots, or null
     * @param serverName the name the certificate must carry instead of the URL's host, or null
     * @param keyManagers the client certificate, or null
     */
    public static SSLContext context(boolean verify, byte[] caPem, String serverName,
            KeyManager[] keyManagers) throws GeneralSecurityException, IOException {
        X509TrustManager trust = verify ? new ServerTrust(roots(caPem), serverName) : new TrustAll();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers, new TrustManager[] {trust}, null);
        return context;
    }

    private static X509TrustManager roots(byte[] caPem) throws GeneralSecurityException, IOException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        if (caPem == null) {
            tmf.init((KeyStore) null);
        } else {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(caPem));
            if (certs.isEmpty()) {
                throw new CertificateException("the certificate authority holds no PEM certificate");
            }
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            tmf.init(store);
        }
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /** Does the certificate name this host (DNS SAN with leftmost wildcard, or IP SAN)? */
    static boolean matches(X509Certificate cert, String host) throws CertificateParsingException {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        boolean ip = h.indexOf(':') >= 0 || h.matches("[0-9.]+");
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        if (names == null) {
            return false;
        }
        for (List<?> entry : names) {
            int type = (Integer) entry.get(0);
            String name = String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT);
            if (ip && type == 7 && sameAddress(name, h)) {
                return true;
            }
            if (!ip && type == 2 && dnsMatch(name, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false; // literals only: never resolved over DNS
        }
    }

    private static boolean dnsMatch(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(host);
    }

    /** PKIX path validation by the JDK, then our own check of the server name. */
    private static final class ServerTrust extends X509ExtendedTrustManager {
        private final X509TrustManager roots;
        private final String serverName;

        ServerTrust(X509TrustManager roots, String serverName) {
            this.roots = roots;
            this.serverName = serverName;
        }

        private void check(X509Certificate[] chain, String authType, String peerHost)
                throws CertificateException {
            roots.checkServerTrusted(chain, authType);
            String expected = serverName != null ? serverName : peerHost;
            if (expected == null) {
                throw new CertificateException("no server name to verify the certificate against");
            }
            if (!matches(chain[0], expected)) {
                throw new CertificateException(
                        "the server certificate is not valid for \"" + expected + "\"");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, authType, engine == null ? null : engine.getPeerHost());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            String host = socket == null || socket.getInetAddress() == null
                    ? null : socket.getInetAddress().getHostName();
            check(chain, authType, host);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            check(chain, authType, null);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return roots.getAcceptedIssuers();
        }
    }

    /** insecure-skip-tls-verify: any certificate, any name. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
