package dev.kubesmith.kubeclient.util.credentials;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.util.SSLUtils;
import java.io.IOException;
import java.security.GeneralSecurityException;

/** A client certificate and its private key (both PEM). */
public class ClientCertificateAuthentication implements Authentication {
    private final byte[] certificate;
    private final byte[] key;

    public ClientCertificateAuthentication(byte[] certificate, byte[] key) {
        this.certificate = certificate.clone();
        this.key = key.clone();
    }

    @Override
    public void provide(ApiClient client) {
        try {
            client.setKeyManagers(SSLUtils.keyManagers(certificate, key));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(
                    "invalid client certificate or key: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ClientCertificateAuthentication{key=<redacted>}";
    }
}
