package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.List;

/** Query parameters of a patch; {@code force} and a {@code fieldManager} for server-side apply. (client-java's PatchOptions). */
public class PatchOptions extends WriteOptions<PatchOptions> {
    private Boolean force;

    @Override
    protected PatchOptions self() {
        return this;
    }

    public Boolean getForce() {
        return force;
    }

    public void setForce(Boolean force) {
        this.force = force;
    }

    /** Chained setter. */
    public PatchOptions force(Boolean force) {
        this.force = force;
        return this;
    }

    @Override
    public List<Pair> toQuery() {
        List<Pair> query = super.toQuery();
        if (force != null) {
            query.add(new Pair("force", String.valueOf(force)));
        }
        return query;
    }
}
