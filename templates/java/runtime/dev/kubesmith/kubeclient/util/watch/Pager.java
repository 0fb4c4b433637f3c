package dev.kubesmith.kubeclient.util.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.ApiResponse;
import dev.kubesmith.kubeclient.openapi.Call;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.Pair;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.models.V1ListMeta;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A paginated LIST as client-go's pager does it: pages of {@code limit}, continued pages
 * without resourceVersion/resourceVersionMatch, and one full list at the original
 * resourceVersion when a continue token expired. Items are decoded as they stream in.
 */
public final class Pager {
    /** Query parameters that belong to a watch, never to a list. */
    static final Set<String> WATCH_ONLY = Set.of(
            "watch", "allowWatchBookmarks", "timeoutSeconds", "sendInitialEvents");

    private Pager() {}

    /** Items and the list's resourceVersion. */
    public record Result<T>(List<T> items, String resourceVersion) {}

    /**
     * Lists every item of the collection {@code call} points at, with the call's selectors
     * and {@code extra} query parameters (resourceVersion, resourceVersionMatch).
     */
    public static <T> Result<T> list(Call call, List<Pair> extra, Codec<T> codec, int pageSize)
            throws ApiException {
        List<Pair> base = new ArrayList<>();
        for (Pair p : call.query()) {
            String name = p.getName();
            if (!WATCH_ONLY.contains(name) && !"limit".equals(name) && !"continue".equals(name)
                    && !"resourceVersion".equals(name) && !"resourceVersionMatch".equals(name)) {
                base.add(p);
            }
        }
        List<T> items = new ArrayList<>();
        String listRv = null;
        String token = null;
        while (true) {
            List<Pair> query = new ArrayList<>(base);
            if (pageSize > 0) {
                query.add(new Pair("limit", String.valueOf(pageSize)));
            }
            if (token == null) {
                query.addAll(extra);
            } else {
                query.add(new Pair("continue", token));
            }
            Page<T> page;
            try {
                page = page(call, query, codec);
            } catch (ApiException e) {
                if (token != null && e.getCode() == 410) {
                    List<Pair> full = new ArrayList<>(base);
                    full.addAll(extra);
                    Page<T> all = page(call, full, codec);
                    return new Result<>(all.items, all.resourceVersion);
                }
                throw e;
            }
            items.addAll(page.items);
            if (page.resourceVersion != null) {
                listRv = page.resourceVersion;
            }
            token = page.continueToken;
            if (token == null || token.isEmpty()) {
                return new Result<>(items, listRv);
            }
        }
    }

    private record Page<T>(List<T> items, String resourceVersion, String continueToken) {}

    private static <T> Page<T> page(Call call, List<Pair> query, Codec<T> codec)
            throws ApiException {
        ApiClient client = call.client();
        Call list = client.buildCall("GET", call.path(), query, null, null,
                new String[] {"application/json"}, InputStream.class, null);
        ApiResponse<InputStream> response = client.execute(list, InputStream.class);
        List<T> items = new ArrayList<>();
        V1ListMeta meta = null;
        try (InputStream in = response.getData(); JsonParser p = JSON.FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiException("a list response is not a JSON object: " + list);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("metadata".equals(field)) {
                    meta = V1ListMeta.CODEC.read(p);
                } else if ("items".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(codec.read(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new ApiException("reading the list " + list + " failed: " + e, e, 0, null, null);
        }
        return new Page<>(items, meta == null ? null : meta.getResourceVersion(),
                meta == null ? null : meta.getContinue());
    }
}
