package dev.kubesmith.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode a PodList of 1, 100 and 10,000 real-shaped pods from an InputStream, each client as
 * shipped: kubesmith {@code JSON.deserialize(InputStream, Type)}, client-java 27.0.0
 * {@code JSON.deserialize(InputStream, Type)} (which skips managedFields unless
 * {@code -Dkubernetes.client.includeManagedFields=true}: measured both ways), fabric8 8.0.0
 * {@code KubernetesSerialization.unmarshal(InputStream, Class)}; the floor is Jackson's
 * streaming parser reading every token and keeping nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBench {
    @Param({"1", "100", "10000"})
    public int pods;

    private byte[] body;
    private final dev.kubesmith.kubeclient.openapi.JSON kubesmith =
            new dev.kubesmith.kubeclient.openapi.JSON();
    private final io.fabric8.kubernetes.client.utils.KubernetesSerialization fabric8 =
            new io.fabric8.kubernetes.client.utils.KubernetesSerialization();
    private final JsonFactory jackson = new JsonFactory();

    /** Every client decodes the same items (names, images, creationTimestamp) or none runs. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        body = Fixtures.podList(pods);
        Items expected = Items.kubesmith(kubesmith());
        expected.requireSame("client-java", Items.clientJava(clientJava()), pods);
        expected.requireSame("fabric8", Items.fabric8(fabric8()), pods);
        if (jacksonSkip() <= pods) {
            throw new IllegalStateException("the token floor read too few tokens");
        }
    }

    @Benchmark
    public dev.kubesmith.kubeclient.openapi.models.V1PodList kubesmith() throws IOException {
        return kubesmith.deserialize(new ByteArrayInputStream(body),
                dev.kubesmith.kubeclient.openapi.models.V1PodList.class);
    }

    @Benchmark
    public io.kubernetes.client.openapi.models.V1PodList clientJava() throws IOException {
        return io.kubernetes.client.openapi.JSON.deserialize(new ByteArrayInputStream(body),
                io.kubernetes.client.openapi.models.V1PodList.class);
    }

    /** client-java decoding managedFields too (as kubesmith and fabric8 do). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC",
            "-Dkubernetes.client.includeManagedFields=true"})
    public io.kubernetes.client.openapi.models.V1PodList clientJavaManagedFields()
            throws IOException {
        return clientJava();
    }

    @Benchmark
    public io.fabric8.kubernetes.api.model.PodList fabric8() {
        return fabric8.unmarshal(new ByteArrayInputStream(body),
                io.fabric8.kubernetes.api.model.PodList.class);
    }

    /** The floor: Jackson's parser over the same stream, every token read, nothing kept. */
    @Benchmark
    public long jacksonSkip() throws IOException {
        long tokens = 0;
        try (JsonParser p = jackson.createParser(new ByteArrayInputStream(body))) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
