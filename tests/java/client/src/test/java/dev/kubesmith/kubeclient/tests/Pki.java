package dev.kubesmith.kubeclient.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keys and self-signed certificates in every PEM form kubeconfigs carry, made by openssl. */
final class Pki {
    private Pki() {}

    /** A key in one PEM form and a certificate for it; returns {key, cert}. */
    static Path[] keyAndCert(Path dir, String name, String kind) throws IOException, InterruptedException {
        Path key = dir.resolve(name + ".key");
        Path cert = dir.resolve(name + ".crt");
        switch (kind) {
            case "rsa-pkcs1":
                run("openssl", "genrsa", "-traditional", "-out", key.toString(), "2048");
                break;
            case "rsa-pkcs8":
                run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                        "-out", key.toString());
                break;
            case "ec-sec1":
                run("openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key.toString());
                break;
            case "ec-pkcs8":
                run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-out", key.toString());
                break;
            default:
                throw new IllegalArgumentException(kind);
        }
        run("openssl", "req", "-new", "-x509", "-key", key.toString(), "-out", cert.toString(),
                "-days", "1", "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:" + name);
        return new Path[] {key, cert};
    }

    static String header(Path pem) throws IOException {
        return Files.readString(pem, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
