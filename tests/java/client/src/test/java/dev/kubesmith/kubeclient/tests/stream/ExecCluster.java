package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.util.Attach;
import dev.kubesmith.kubeclient.util.Exec;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Exec and attach through the API server to KWOK, which runs the commands locally. */
class ExecCluster {
    static String text(java.io.InputStream in) throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void separateStreamsAndTheExitCodeFromTheExitCodeCause() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        Exec.ExecProcess p = (Exec.ExecProcess) new Exec(client).exec(Bed.NS, pod,
                new String[] {"sh", "-c", "echo out; echo err >&2; exit 3"}, false, false);
        assertEquals("v5.channel.k8s.io", p.getProtocol());
        assertEquals("out\n", text(p.getInputStream()));
        assertEquals("err\n", text(p.getErrorStream()));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue());
        assertEquals("NonZeroExitCode", p.getStatus().getReason());
        Process ok = new Exec(client).exec(Bed.NS, pod, new String[] {"true"}, false);
        assertEquals(0, ok.waitFor());
    }

    @Test
    void closingStdinIsEndOfFileForTheCommand() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        Process p = new Exec(client).exec(Bed.NS, pod, new String[] {"cat"}, true, false);
        try (OutputStream in = p.getOutputStream()) {
            in.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("line one\nline two\n", text(p.getInputStream()));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    @Test
    void oneMebibyteOfBinaryStdinRoundTrips() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        byte[] data = new byte[1 << 20];
        new Random(7).nextBytes(data);
        Process p = new Exec(client).exec(Bed.NS, pod, new String[] {"cat"}, true, false);
        Thread writer = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(data);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start(); // cat echoes while we write: reading at the same time cannot deadlock
        byte[] back = p.getInputStream().readAllBytes();
        writer.join();
        assertTrue(java.util.Arrays.equals(data, back), "the same bytes came back");
        assertEquals(0, p.waitFor());
    }

    @Test
    void ttyAndResize() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        // KWOK gives a tty command a pty: the resize message reaches it (it races with the
        // start of the process, hence the wait); the final sleep keeps the pty's last output
        Exec.ExecProcess p = (Exec.ExecProcess) new Exec(client).exec(Bed.NS, pod,
                new String[] {"sh", "-c", "test -t 0 && echo is-a-tty; i=0; "
                        + "while [ \"$(stty size)\" = \"0 0\" ] && [ $i -lt 50 ]; do sleep 0.1; "
                        + "i=$((i+1)); done; stty size; sleep 0.5"}, true, true);
        p.resize(100, 30);
        String out = text(p.getInputStream());
        assertEquals(List.of("is-a-tty", "30 100"), List.of(out.replace("\r", "").strip().split("\n")));
        assertEquals("", text(p.getErrorStream())); // a tty merges stderr into stdout
        assertEquals(0, p.waitFor());
    }

    @Test
    void twentyConcurrentExecsFromThreads() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    Process p = new Exec(client).exec(Bed.NS, pod,
                            new String[] {"sh", "-c", "echo " + n + "; exit " + (n % 4)}, false);
                    String out = text(p.getInputStream()).strip();
                    return out + "/" + p.waitFor();
                }));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals(i + "/" + (i % 4), results.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusalBeforeTheUpgradeIsAnApiException() throws Exception {
        ApiClient client = Bed.client();
        ApiException e = assertThrows(ApiException.class, () -> new Exec(client).exec(Bed.NS,
                "missing", new String[] {"true"}, false));
        assertEquals(404, e.getCode());
    }

    @Test
    void attachShowsWhatTheContainerWritesFromNowOn() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        try (Attach.AttachResult r = new Attach(client).attach(Bed.NS, pod, "main", false, false)) {
            assertShowsAppendedLine(r, "written after attach");
            assertTrue(r.getProcess().isAlive());
        }
    }

    /** KWOK follows the log file from its end: append until the line arrives. */
    static void assertShowsAppendedLine(Attach.AttachResult r, String line) throws Exception {
        java.io.InputStream out = r.getStandardOutputStream();
        StringBuilder seen = new StringBuilder();
        long until = System.nanoTime() + 30_000_000_000L;
        while (!seen.toString().contains(line) && System.nanoTime() < until) {
            Bed.control("append-log", "[\"" + line + "\"]");
            Thread.sleep(500);
            byte[] buf = new byte[out.available()];
            int n = out.read(buf, 0, buf.length);
            seen.append(new String(buf, 0, Math.max(n, 0), StandardCharsets.UTF_8));
        }
        assertTrue(seen.toString().contains(line), seen.toString());
    }
}
