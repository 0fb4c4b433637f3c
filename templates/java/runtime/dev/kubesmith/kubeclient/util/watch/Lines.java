package dev.kubesmith.kubeclient.util.watch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a streamed body at {@code \n} (a watch's events, a log's lines). Lines are cut only
 * at the newline byte, so a UTF-8 character split between chunks stays whole.
 */
public final class Lines implements Closeable {
    private final InputStream in;
    private byte[] buf = new byte[16 * 1024];
    private int start;
    private int end;
    private boolean eof;
    private boolean truncated;

    public Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its newline; null at the end (a last line without one is dropped). */
    public byte[] next() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buf[i] == '\n') {
                    byte[] line = Arrays.copyOfRange(buf, start, i);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end;
            if (eof) {
                truncated = start != end; // the stream ended inside a line
                start = end;
                return null;
            }
            if (start > 0 && end == buf.length) { // make room: move the partial line down
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                scanned -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    /** Did the stream end inside a line (a connection dropped mid-event)? */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
