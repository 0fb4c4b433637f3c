package dev.kubesmith.kubeclient.openapi;

import java.util.Objects;

/** One query parameter (name, value), unescaped. */
public final class Pair {
    private final String name;
    private final String value;

    public Pair(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pair && name.equals(((Pair) o).name) && value.equals(((Pair) o).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
