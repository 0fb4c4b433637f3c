package dev.kubesmith.kubeclient.util.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts a tar stream (ustar, GNU long names, pax path records) into a directory: regular
 * files and directories; links and devices are skipped. An entry whose path would leave the
 * directory is refused.
 */
public final class TarReader {
    private static final int BLOCK = 512;

    private TarReader() {}

    public static void extract(InputStream in, Path destination) throws IOException {
        Path root = destination.toAbsolutePath().normalize();
        String longName = null;
        byte[] header = new byte[BLOCK];
        while (true) {
            if (in.readNBytes(header, 0, BLOCK) < BLOCK) {
                throw new IOException("the tar stream ended inside a header");
            }
            if (isZero(header)) {
                return; // end of archive
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) {
                name = prefix + "/" + name;
            }
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            if (type == 'L' || type == 'x' || type == 'g') {
                byte[] data = readPadded(in, size);
                if (type == 'L') {
                    longName = text(data, 0, data.length);
                } else if (type == 'x') {
                    String path = paxPath(data);
                    if (path != null) {
                        longName = path;
                    }
                }
                continue;
            }
            if (longName != null) {
                name = longName;
                longName = null;
            }
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("a tar entry leaves the destination: " + name);
            }
            if (type == '5') {
                Files.createDirectories(target);
                skip(in, padded(size));
            } else if (type == '0' || type == '\0' || type == '7') {
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    copy(in, out, size);
                }
                skip(in, padded(size) - size);
            } else {
                skip(in, padded(size));
            }
        }
    }

    private static String paxPath(byte[] data) {
        String records = new String(data, StandardCharsets.UTF_8);
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return null;
    }

    private static byte[] readPadded(InputStream in, long size) throws IOException {
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("the tar stream ended inside an entry");
        }
        skip(in, padded(size) - size);
        return data;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buf = new byte[64 * 1024];
        while (size > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, size));
            if (n < 0) {
                throw new IOException("the tar stream ended inside an entry");
            }
            out.write(buf, 0, n);
            size -= n;
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n); // EOFException when the stream ended early
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) throws IOException {
        String s = text(b, off, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("a tar header with a bad size: " + s);
        }
    }
}
