package dev.kubesmith.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs of the Python benchmarks (bench/data.py), written by the harness: PodLists of
 * the real-shaped pod of tests/data/pod.json with unique names, uids, IPs and timestamps,
 * compact JSON as the apiserver sends it.
 */
final class Fixtures {
    private Fixtures() {}

    /** {@code JBENCH_FIXTURES}: the directory holding podlist-N.json. */
    static byte[] podList(int pods) {
        return read(Path.of(required("JBENCH_FIXTURES")).resolve("podlist-" + pods + ".json"));
    }

    /** {@code JBENCH_POD}: tests/data/pod.json. */
    static byte[] pod() {
        return read(Path.of(required("JBENCH_POD")));
    }

    // environment variables: JMH's forks inherit them, while -D options given on its command
    // line would replace each benchmark's own @Fork(jvmArgsAppend)
    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is not set (bench/java_stages.py sets it)");
        }
        return value;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark input " + path, e);
        }
    }
}
