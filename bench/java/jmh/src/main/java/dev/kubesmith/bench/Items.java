package dev.kubesmith.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every client must have decoded alike (checked in each benchmark's setup): per item
 * the name, every container image and the creationTimestamp (fabric8 keeps times as
 * strings, so instants are compared).
 */
record Items(List<String> names, List<List<String>> images, List<Instant> created) {
    static Items kubesmith(dev.kubesmith.kubeclient.openapi.models.V1PodList list) {
        Items out = empty();
        for (var pod : list.getItems()) {
            List<String> images = new ArrayList<>();
            for (var c : pod.getSpec().getContainers()) {
                images.add(c.getImage());
            }
            out.add(pod.getMetadata().getName(), images, pod.getMetadata().getCreationTimestamp());
        }
        return out;
    }

    static Items clientJava(io.kubernetes.client.openapi.models.V1PodList list) {
        Items out = empty();
        for (var pod : list.getItems()) {
            List<String> images = new ArrayList<>();
            for (var c : pod.getSpec().getContainers()) {
                images.add(c.getImage());
            }
            out.add(pod.getMetadata().getName(), images, pod.getMetadata().getCreationTimestamp());
        }
        return out;
    }

    static Items fabric8(io.fabric8.kubernetes.api.model.PodList list) {
        Items out = empty();
        for (var pod : list.getItems()) {
            List<String> images = new ArrayList<>();
            for (var c : pod.getSpec().getContainers()) {
                images.add(c.getImage());
            }
            out.add(pod.getMetadata().getName(), images,
                    OffsetDateTime.parse(pod.getMetadata().getCreationTimestamp()));
        }
        return out;
    }

    private static Items empty() {
        return new Items(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private void add(String name, List<String> imageList, OffsetDateTime time) {
        names.add(name);
        images.add(imageList);
        created.add(time == null ? null : time.toInstant());
    }

    /** Fails unless {@code other} holds the same items and there are {@code count} of them. */
    void requireSame(String client, Items other, int count) {
        if (names.size() != count) {
            throw new IllegalStateException("kubesmith decoded " + names.size() + " of " + count + " pods");
        }
        if (!Objects.equals(this, other)) {
            throw new IllegalStateException(client + " decoded other items than kubesmith ("
                    + other.names.size() + " pods)");
        }
        if (created.contains(null) || images.stream().anyMatch(List::isEmpty)) {
            throw new IllegalStateException("a pod without creationTimestamp or images");
        }
    }
}
