package dev.kubesmith.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode the typed Pod of tests/data/pod.json to the UTF-8 bytes of a request body, as each
 * client does: kubesmith {@code JSON.serializeToBytes}, client-java {@code JSON.serialize}
 * (Gson; without managedFields unless {@code -Dkubernetes.client.includeManagedFields=true}:
 * measured both ways), fabric8 {@code KubernetesSerialization.asJson}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EncodeBench {
    private final dev.kubesmith.kubeclient.openapi.JSON kubesmithJson =
            new dev.kubesmith.kubeclient.openapi.JSON();
    private final io.fabric8.kubernetes.client.utils.KubernetesSerialization fabric8Json =
            new io.fabric8.kubernetes.client.utils.KubernetesSerialization();
    private dev.kubesmith.kubeclient.openapi.models.V1Pod kubesmithPod;
    private io.kubernetes.client.openapi.models.V1Pod clientJavaPod;
    private io.fabric8.kubernetes.api.model.Pod fabric8Pod;

    @Setup(Level.Trial)
    public void load() throws IOException {
        byte[] pod = Fixtures.pod();
        kubesmithPod = kubesmithJson.deserialize(new ByteArrayInputStream(pod),
                dev.kubesmith.kubeclient.openapi.models.V1Pod.class);
        clientJavaPod = io.kubernetes.client.openapi.JSON.deserialize(
                new ByteArrayInputStream(pod), io.kubernetes.client.openapi.models.V1Pod.class);
        fabric8Pod = fabric8Json.unmarshal(new ByteArrayInputStream(pod),
                io.fabric8.kubernetes.api.model.Pod.class);
        // each encodes the pod it decoded: the same name, and the containers in the body
        String name = kubesmithPod.getMetadata().getName();
        for (byte[] out : new byte[][] {kubesmith(), clientJava(), fabric8()}) {
            String json = new String(out, StandardCharsets.UTF_8);
            if (!json.contains("\"" + name + "\"") || !json.contains("\"containers\"")) {
                throw new IllegalStateException("an encoder lost the pod: " + json);
            }
        }
    }

    @Benchmark
    public byte[] kubesmith() {
        return kubesmithJson.serializeToBytes(kubesmithPod);
    }

    @Benchmark
    public byte[] clientJava() {
        return io.kubernetes.client.openapi.JSON.serialize(clientJavaPod)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** client-java encoding managedFields too (as kubesmith and fabric8 do). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC",
            "-Dkubernetes.client.includeManagedFields=true"})
    public byte[] clientJavaManagedFields() {
        return clientJava();
    }

    @Benchmark
    public byte[] fabric8() {
        return fabric8Json.asJson(fabric8Pod).getBytes(StandardCharsets.UTF_8);
    }
}
