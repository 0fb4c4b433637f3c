package dev.kubesmith.kubeclient.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * Client certificates from PEM, without BouncyCastle: certificates, and private keys as
 * PKCS#8 ("PRIVATE KEY"), PKCS#1 RSA ("RSA PRIVATE KEY") or SEC 1 EC ("EC PRIVATE KEY").
 * Errors name the kind of block, never its content.
 */
public final class SSLUtils {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final byte[] RSA_OID = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01};
    private static final byte[] EC_OID = {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D,
        0x02, 0x01};

    private SSLUtils() {}

    /** Key managers presenting this certificate chain and key (both PEM). */
    public static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem)
            throws GeneralSecurityException, IOException {
        Collection<? extends Certificate> chain = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(certPem));
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("the client certificate holds no PEM certificate");
        }
        PrivateKey key = privateKey(keyPem);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = new char[0];
        store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        return kmf.getKeyManagers();
    }

    /** The first private key in a PEM document. */
    public static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(new String(pem, StandardCharsets.US_ASCII));
        while (m.find()) {
            String kind = m.group(1);
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidKeySpecException("the PEM block " + kind + " is not valid base64");
            }
            switch (kind) {
                case "PRIVATE KEY":
                    return pkcs8(der, "RSA", "EC", "Ed25519", "Ed448");
                case "RSA PRIVATE KEY":
                    return pkcs8(wrap(sequence(RSA_OID, new byte[] {0x05, 0x00}), der), "RSA");
                case "EC PRIVATE KEY":
                    return pkcs8(wrap(sequence(EC_OID, ecCurve(der)), der), "EC");
                case "ENCRYPTED PRIVATE KEY":
                    throw new InvalidKeySpecException("encrypted private keys are not supported");
                default:
                    // certificates or parameters before the key
            }
        }
        throw new InvalidKeySpecException("no PEM private key (PRIVATE KEY, RSA PRIVATE KEY or "
                + "EC PRIVATE KEY) found");
    }

    private static PrivateKey pkcs8(byte[] der, String... algorithms)
            throws GeneralSecurityException {
        for (String algorithm : algorithms) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                // try the next algorithm
            }
        }
        throw new InvalidKeySpecException("unsupported or malformed private key");
    }

    /** PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER 0, algorithm, OCTET STRING key }. */
    private static byte[] wrap(byte[] algorithm, byte[] key) {
        return tlv(0x30, concat(new byte[] {0x02, 0x01, 0x00}, algorithm, tlv(0x04, key)));
    }

    private static byte[] sequence(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    /** The named-curve OID in a SEC 1 ECPrivateKey's [0] parameters. */
    private static byte[] ecCurve(byte[] der) throws InvalidKeySpecException {
        try {
            int[] pos = {0};
            expect(der, pos, 0x30);
            readLength(der, pos);
            while (pos[0] < der.length) {
                int tag = der[pos[0]++] & 0xFF;
                int len = readLength(der, pos);
                if (tag == 0xA0) {
                    byte[] oid = new byte[len];
                    System.arraycopy(der, pos[0], oid, 0, len);
                    return oid;
                }
                pos[0] += len;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new InvalidKeySpecException("malformed EC private key");
        }
        throw new InvalidKeySpecException("EC private key without a named curve");
    }

    private static void expect(byte[] der, int[] pos, int tag) throws InvalidKeySpecException {
        if ((der[pos[0]++] & 0xFF) != tag) {
            throw new InvalidKeySpecException("malformed private key");
        }
    }

    private static int readLength(byte[] der, int[] pos) {
        int first = der[pos[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int len = 0;
        for (int i = 0; i < (first & 0x7F); i++) {
            len = (len << 8) | (der[pos[0]++] & 0xFF);
        }
        return len;
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xFFFFFF ? 4 : len > 0xFFFF ? 3 : len > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
