package dev.kubesmith.kubeclient.openapi.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip-encoded body, inflated as it is read. The gzip header is read on the first read, not
 * on construction, so a streamed body does not block its caller before it reads, and an
 * empty body (a 204, a HEAD) reads as empty instead of failing on the missing header.
 */
final class GzipBody extends InputStream {
    private final InputStream raw;
    private InputStream inflated;
    private boolean empty;

    GzipBody(InputStream raw) {
        this.raw = raw;
    }

    private InputStream inflated() throws IOException {
        if (inflated == null && !empty) {
            int first = raw.read();
            if (first < 0) {
                empty = true;
                return null;
            }
            inflated = new GZIPInputStream(new Prefixed(first, raw), 8192);
        }
        return inflated;
    }

    @Override
    public int read() throws IOException {
        InputStream in = inflated();
        return in == null ? -1 : in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        InputStream in = inflated();
        return in == null ? -1 : in.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return inflated == null ? 0 : inflated.available();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    /** The raw stream with the byte already taken from it put back in front. */
    private static final class Prefixed extends InputStream {
        private final InputStream rest;
        private int first;

        Prefixed(int first, InputStream rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            if (first >= 0) {
                int b = first;
                first = -1;
                return b;
            }
            return rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (first >= 0) {
                b[off] = (byte) first;
                first = -1;
                return 1;
            }
            return rest.read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return (first >= 0 ? 1 : 0) + rest.available();
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
