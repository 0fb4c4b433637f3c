package dev.kubesmith.kubeclient.util.generic.dynamic;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The resources a server serves, read from its discovery documents ({@code /api},
 * {@code /apis}, and each group-version's resource list), as client-java's Discovery.
 */
public class Discovery {
    private final ApiClient apiClient;

    public Discovery(ApiClient apiClient) {
        this.apiClient = apiClient;
    }

    /** One resource of one group-version. Subresources ({@code pods/log}) are left out. */
    public static final class APIResource {
        private final String group;
        private final String version;
        private final String resourcePlural;
        private final String kind;
        private final Boolean namespaced;
        private final List<String> verbs;

        public APIResource(String group, String version, String resourcePlural, String kind,
                Boolean namespaced, List<String> verbs) {
            this.group = group == null ? "" : group;
            this.version = version;
            this.resourcePlural = resourcePlural;
            this.kind = kind;
            this.namespaced = namespaced;
            this.verbs = verbs == null ? List.of() : List.copyOf(verbs);
        }

        public String getGroup() {
            return group;
        }

        public String getVersion() {
            return version;
        }

        public String getApiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }

        public String getResourcePlural() {
            return resourcePlural;
        }

        public String getKind() {
            return kind;
        }

        /** Whether the resource lives in namespaces; null when not known (not discovered). */
        public Boolean getNamespaced() {
            return namespaced;
        }

        public List<String> getVerbs() {
            return verbs;
        }

        @Override
        public String toString() {
            return getApiVersion() + " " + resourcePlural + " (" + kind + ")";
        }
    }

    /** Every resource of every served group-version. */
    public List<APIResource> findAll() throws ApiException {
        List<APIResource> all = new ArrayList<>();
        for (Object v : list(get("/api"), "versions")) {
            all.addAll(resources("", String.valueOf(v)));
        }
        for (Object g : list(get("/apis"), "groups")) {
            Map<?, ?> group = (Map<?, ?>) g;
            for (Object v : list(group, "versions")) {
                all.addAll(resources(String.valueOf(group.get("name")),
                        String.valueOf(((Map<?, ?>) v).get("version"))));
            }
        }
        return all;
    }

    /** The resources of one group-version ({@code ""} is the core group). */
    public List<APIResource> resources(String group, String version) throws ApiException {
        String path = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        List<APIResource> out = new ArrayList<>();
        for (Object r : list(get(path), "resources")) {
            Map<?, ?> res = (Map<?, ?>) r;
            String name = String.valueOf(res.get("name"));
            if (name.contains("/")) {
                continue;
            }
            List<String> verbs = new ArrayList<>();
            for (Object verb : list(res, "verbs")) {
                verbs.add(String.valueOf(verb));
            }
            out.add(new APIResource(group, version, name, String.valueOf(res.get("kind")),
                    Boolean.TRUE.equals(res.get("namespaced")), verbs));
        }
        return out;
    }

    /** The resource serving {@code kind} in {@code apiVersion}; an ApiException(404) if none. */
    public APIResource find(String apiVersion, String kind) throws ApiException {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        for (APIResource r : resources(group, version)) {
            if (kind.equals(r.getKind())) {
                return r;
            }
        }
        throw new ApiException(404, "the server serves no kind " + kind + " in " + apiVersion);
    }

    private Map<?, ?> get(String path) throws ApiException {
        Object doc = apiClient.execute(apiClient.buildCall("GET", path, new ArrayList<>(), null,
                null, new String[] {"application/json"}, null, null), Object.class).getData();
        if (!(doc instanceof Map)) {
            throw new ApiException(0, path + ": the discovery document is not an object");
        }
        return (Map<?, ?>) doc;
    }

    private static List<?> list(Map<?, ?> doc, String key) {
        Object v = doc.get(key);
        return v instanceof List ? (List<?>) v : List.of();
    }
}
