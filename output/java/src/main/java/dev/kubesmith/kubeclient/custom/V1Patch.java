package dev.kubesmith.kubeclient.custom;

import java.util.Objects;

/**
 * A patch body, sent as its text. Which patch it is comes from the content type:
 * {@code PatchUtils.patch(..., V1Patch.PATCH_FORMAT_JSON_PATCH, client)}; without one, a body
 * starting with '[' is sent as JSON Patch and anything else as strategic merge patch.
 */
public final class V1Patch {
    public static final String PATCH_FORMAT_JSON_PATCH = "application/json-patch+json";
    public static final String PATCH_FORMAT_JSON_MERGE_PATCH = "application/merge-patch+json";
    public static final String PATCH_FORMAT_STRATEGIC_MERGE_PATCH =
            "application/strategic-merge-patch+json";
    public static final String PATCH_FORMAT_APPLY_YAML = "application/apply-patch+yaml";

    private final String value;

    public V1Patch(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public String getValue() {
        return value;
    }

    /** The content type to use when the caller chose none. */
    public String defaultContentType() {
        return value.stripLeading().startsWith("[")
                ? PATCH_FORMAT_JSON_PATCH
                : PATCH_FORMAT_STRATEGIC_MERGE_PATCH;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof V1Patch && value.equals(((V1Patch) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
