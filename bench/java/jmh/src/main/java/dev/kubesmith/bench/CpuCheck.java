package dev.kubesmith.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The same-JVM check of the decode ratios, which the load of a shared machine moves less than
 * JMH's wall times: kubesmith, fabric8 and the token floor decode the same PodList in turn
 * (each round starts with another one), and each decode is timed by the process CPU time
 * (GC threads included; 10 ms resolution), the decoding thread's CPU time (no GC; 1 µs) and
 * wall time. Run from the benchmarks jar:
 * {@code JBENCH_FIXTURES=bench/.cache java -Xms3g -Xmx3g -XX:+UseParallelGC -cp
 * bench/java/jmh/target/benchmarks.jar dev.kubesmith.bench.CpuCheck PODS ROUNDS [DECODERS]}.
 */
public final class CpuCheck {
    private CpuCheck() {}

    public static void main(String[] args) throws Exception {
        int pods = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DecodeBench bench = new DecodeBench();
        bench.pods = pods;
        bench.load();
        Map<String, Callable<Object>> decoders = new LinkedHashMap<>();
        decoders.put("kubesmith", bench::kubesmith);
        decoders.put("fabric8", bench::fabric8);
        decoders.put("floor", bench::jacksonSkip);
        var os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        Map<String, List<Long>> thread = new LinkedHashMap<>();
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        if (args.length > 2) { // only these, e.g. "kubesmith" under a profiler
            decoders.keySet().retainAll(List.of(args[2].split(",")));
        }
        List<String> names = new ArrayList<>(decoders.keySet());
        for (int round = 0; round < rounds + 3; round++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((round + k) % names.size());
                System.gc();
                long cpu0 = os.getProcessCpuTime();
                long thread0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                decoders.get(name).call();
                long wall1 = System.nanoTime();
                long thread1 = threads.getCurrentThreadCpuTime();
                long cpu1 = os.getProcessCpuTime();
                if (round >= 3) { // the first three rounds warm up the JIT
                    cpu.computeIfAbsent(name, x -> new ArrayList<>()).add(cpu1 - cpu0);
                    thread.computeIfAbsent(name, x -> new ArrayList<>()).add(thread1 - thread0);
                    wall.computeIfAbsent(name, x -> new ArrayList<>()).add(wall1 - wall0);
                }
            }
        }
        double base = median(cpu.get(names.get(0)));
        double baseThread = median(thread.get(names.get(0)));
        StringBuilder json = new StringBuilder("{\"pods\": " + pods + ", \"rounds\": " + rounds);
        for (String name : names) {
            System.out.printf(Locale.ROOT,
                    "%-10s process cpu median %7.1f ms (min %7.1f, max %7.1f), thread cpu median"
                            + " %7.1f ms (min %7.1f), wall median %7.1f ms; / first:"
                            + " process cpu %.2f, thread cpu %.2f%n",
                    name, median(cpu.get(name)) / 1e6, Collections.min(cpu.get(name)) / 1e6,
                    Collections.max(cpu.get(name)) / 1e6, median(thread.get(name)) / 1e6,
                    Collections.min(thread.get(name)) / 1e6, median(wall.get(name)) / 1e6,
                    median(cpu.get(name)) / base, median(thread.get(name)) / baseThread);
            json.append(String.format(Locale.ROOT,
                    ", \"%s\": {\"process_cpu\": %s, \"thread_cpu\": %s, \"wall\": %s}",
                    name, seconds(cpu.get(name)), seconds(thread.get(name)), seconds(wall.get(name))));
        }
        // the last line, for bench/java_stages.py
        System.out.println(json.append("}"));
    }

    /** Nanoseconds as a JSON array of seconds. */
    private static String seconds(List<Long> nanos) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < nanos.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", nanos.get(i) / 1e9));
        }
        return out.append("]").toString();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
