package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of gET of one object. (client-java's GetOptions). */
public class GetOptions {

    /** The query pairs of the options that are set, in wire names. */
    public List<Pair> toQuery() {
        List<Pair> query = new ArrayList<>();
        return query;
    }
}
