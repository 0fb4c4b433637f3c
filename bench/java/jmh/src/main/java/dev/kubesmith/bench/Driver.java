package dev.kubesmith.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A testbed driver: one client in one JVM, so the JVM's CPU time is that client's (its HTTP
 * threads, JIT and GC included; the API server and etcd are other processes). The harness
 * (bench/java_stages.py) starts one per client as {@code java -cp ... Main CLIENT KUBECONFIG
 * NAMESPACE MODE}:
 *
 * <ul>
 *   <li>{@code cold}: list the pods of the namespace once, print how many, exit (the harness
 *       times JVM start to that line);
 *   <li>{@code serve}: answer commands on stdin, one JSON line each: {@code list} (every
 *       ConfigMap, pages of 500), {@code watch RV COUNT} (from resourceVersion RV until
 *       COUNT MODIFIED events). Each answer carries wall and process CPU seconds.
 * </ul>
 */
abstract class Driver {
    static final int PAGE = 500;

    protected final String namespace;

    Driver(String namespace) {
        this.namespace = namespace;
    }

    /** Pods in the namespace, decoded by the client into its V1PodList. */
    abstract int listPods() throws Exception;

    /** Every ConfigMap of the namespace in pages of {@link #PAGE}. */
    abstract int listConfigMaps() throws Exception;

    /** A watch from {@code resourceVersion} until {@code count} MODIFIED events. */
    abstract int watchConfigMaps(String resourceVersion, int count) throws Exception;

    static void run(Driver driver, String mode) throws Exception {
        if (mode.equals("cold")) {
            int pods = driver.listPods();
            System.out.println("{\"pods\": " + pods + "}");
            System.out.flush();
            // fabric8's and OkHttp's non-daemon threads would keep the JVM up
            System.exit(0);
        }
        var os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        BufferedReader in = new BufferedReader(
                new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("{\"ready\": true}");
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split(" ");
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            String error = null;
            int seen = 0;
            try {
                switch (words[0]) {
                    case "list":
                        seen = driver.listConfigMaps();
                        break;
                    case "watch":
                        seen = driver.watchConfigMaps(words[1], Integer.parseInt(words[2]));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown command " + words[0]);
                }
            } catch (Exception e) {
                error = e.toString();
            }
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            if (error != null) {
                System.out.println("{\"error\": \"" + error.replace("\\", "\\\\").replace("\"", "'")
                        .replace("\n", " ") + "\"}");
            } else {
                System.out.println(String.format(Locale.ROOT,
                        "{\"n\": %d, \"wall\": %.6f, \"cpu\": %.6f}", seen, wall, cpu));
            }
            System.out.flush();
        }
        System.exit(0);
    }
}
