package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.util.Copy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Copy over exec: KWOK runs the commands on this machine, so the pod sees local paths. */
class CopyCluster {
    @Test
    void filesAndDirectoriesFromAndToThePod() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        Path work = Files.createTempDirectory("kubesmith-copy-");
        Path src = work.resolve("src");
        String deep = "a-rather-long-directory-name-that-needs-more-than-one-hundred-bytes-"
                + "in-a-tar-header/and-a-nested-one";
        Files.createDirectories(src.resolve(deep));
        byte[] binary = new byte[300_000];
        new Random(3).nextBytes(binary);
        Files.write(src.resolve("top.bin"), binary);
        Files.writeString(src.resolve(deep).resolve("n\u00e9sted.txt"), "nested\n");
        Files.createDirectories(src.resolve("empty"));
        Copy copy = new Copy(client);

        try (InputStream in = copy.copyFileFromPod(Bed.NS, pod, src.resolve("top.bin").toString())) {
            assertArrayEquals(binary, in.readAllBytes());
        }
        Path out = work.resolve("out");
        copy.copyDirectoryFromPod(Bed.NS, pod, "main", src.toString(), out);
        assertArrayEquals(binary, Files.readAllBytes(out.resolve("top.bin")));
        assertEquals("nested\n", Files.readString(out.resolve(deep).resolve("n\u00e9sted.txt")));
        assertTrue(Files.isDirectory(out.resolve("empty")));

        Path upload = work.resolve("upload.txt");
        Files.writeString(upload, "uploaded \u2603\n");
        copy.copyFileToPod(Bed.NS, pod, "main", upload, work.resolve("arrived.txt"));
        assertEquals("uploaded \u2603\n", Files.readString(work.resolve("arrived.txt"),
                StandardCharsets.UTF_8));

        IOException missing = assertThrows(IOException.class, () -> {
            try (InputStream in = copy.copyFileFromPod(Bed.NS, pod, work.resolve("nope").toString())) {
                in.readAllBytes();
            }
        });
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
    }
}
