package dev.kubesmith.kubeclient.util;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.util.stream.Futures;
import dev.kubesmith.kubeclient.util.stream.TarReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;

/**
 * Copies files between a container and this machine over exec (client-java's {@code Copy}):
 * {@code cat} for one file, {@code tar} for a directory, {@code cat > file} with stdin (and
 * v5's end-of-file) to upload. The container needs {@code sh}, {@code cat} and {@code tar}.
 * A command that fails (a missing file) fails the copy with its stderr.
 */
public class Copy extends Exec {
    public Copy() {
        this(Configuration.getDefaultApiClient());
    }

    public Copy(ApiClient client) {
        super(client);
    }

    /** The bytes of a file in the container (null container: the pod's only one). */
    public InputStream copyFileFromPod(String namespace, String pod, String container,
            String srcPath) throws ApiException, IOException {
        Process p = exec(namespace, pod, new String[] {"cat", srcPath}, container, false, false);
        return checked(p, "cat " + srcPath);
    }

    public InputStream copyFileFromPod(String namespace, String pod, String srcPath)
            throws ApiException, IOException {
        return copyFileFromPod(namespace, pod, null, srcPath);
    }

    /** Writes a file of the container to {@code destination}. */
    public void copyFileFromPod(String namespace, String pod, String container, String srcPath,
            Path destination) throws ApiException, IOException {
        try (InputStream in = copyFileFromPod(namespace, pod, container, srcPath)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies a directory of the container (recursively) into {@code destination}. */
    public void copyDirectoryFromPod(String namespace, String pod, String container,
            String srcPath, Path destination) throws ApiException, IOException {
        Process p = exec(namespace, pod, new String[] {"tar", "cf", "-", "-C", srcPath, "."},
                container, false, false);
        try (InputStream tar = checked(p, "tar of " + srcPath)) {
            Files.createDirectories(destination);
            TarReader.extract(tar, destination);
        }
    }

    /** Writes a local file to {@code destPath} in the container (v5: stdin end-of-file). */
    public void copyFileToPod(String namespace, String pod, String container, Path srcPath,
            Path destPath) throws ApiException, IOException {
        Exec.ExecProcess p = (Exec.ExecProcess) exec(namespace, pod, new String[] {"sh", "-c",
                "cat > \"$0\"", destPath.toString()}, container, true, false);
        if (!WebSockets.V5_PROTOCOL.equals(p.getProtocol())) {
            p.destroy();
            throw new IOException("uploading needs the v5 channel protocol (stdin end-of-file)");
        }
        try (OutputStream out = p.getOutputStream()) {
            Files.copy(srcPath, out);
        }
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = waitFor(p);
        if (code != 0) {
            throw new IOException("writing " + destPath + " in " + namespace + "/" + pod
                    + " failed (exit " + code + "): " + err.strip());
        }
    }

    /**
     * {@link #copyDirectoryFromPod} on the client's callback executor (client-java's name):
     * completes with 0 when the directory was extracted, or fails with the exception the
     * sync form throws (the command's exit code and stderr in an IOException).
     */
    public CompletableFuture<Integer> copyDirectoryFromPodAsync(String namespace, String pod,
            String container, String srcPath, Path destination) throws ApiException, IOException {
        return async(() -> copyDirectoryFromPod(namespace, pod, container, srcPath, destination));
    }

    /**
     * {@link #copyFileToPod} on the client's callback executor (client-java's name):
     * completes with 0 when the file was written, or fails with the exception the sync form
     * throws.
     */
    public CompletableFuture<Integer> copyFileToPodAsync(String namespace, String pod,
            String container, Path srcPath, Path destPath) throws ApiException, IOException {
        return async(() -> copyFileToPod(namespace, pod, container, srcPath, destPath));
    }

    /** A sync copy. */
    @FunctionalInterface
    private interface Transfer {
        void run() throws ApiException, IOException;
    }

    private CompletableFuture<Integer> async(Transfer transfer) {
        return Futures.supply(getApiClient().getCallbackExecutor(), () -> {
            transfer.run();
            return 0;
        }, code -> {});
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    /** stdout, which at its end fails with stderr when the command did not exit 0. */
    private static InputStream checked(Process p, String what) {
        return new FilterInputStream(p.getInputStream()) {
            private boolean checked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    check();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n < 0) {
                    check();
                }
                return n;
            }

            private void check() throws IOException {
                if (checked) {
                    return;
                }
                checked = true;
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                int code = waitFor(p);
                if (code != 0) {
                    throw new IOException(what + " failed (exit " + code + "): " + err.strip());
                }
            }

            @Override
            public void close() throws IOException {
                p.destroy();
            }
        };
    }
}
