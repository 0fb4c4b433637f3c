package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of a delete; sent as query parameters (a V1DeleteOptions body is the other way). (client-java's DeleteOptions). */
public class DeleteOptions {
    private String dryRun;
    private Long gracePeriodSeconds;
    private String propagationPolicy;

    public String getDryRun() {
        return dryRun;
    }

    public void setDryRun(String dryRun) {
        this.dryRun = dryRun;
    }

    /** Chained setter. */
    public DeleteOptions dryRun(String dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    public Long getGracePeriodSeconds() {
        return gracePeriodSeconds;
    }

    public void setGracePeriodSeconds(Long gracePeriodSeconds) {
        this.gracePeriodSeconds = gracePeriodSeconds;
    }

    /** Chained setter. */
    public DeleteOptions gracePeriodSeconds(Long gracePeriodSeconds) {
        this.gracePeriodSeconds = gracePeriodSeconds;
        return this;
    }

    public String getPropagationPolicy() {
        return propagationPolicy;
    }

    public void setPropagationPolicy(String propagationPolicy) {
        this.propagationPolicy = propagationPolicy;
    }

    /** Chained setter. */
    public DeleteOptions propagationPolicy(String propagationPolicy) {
        this.propagationPolicy = propagationPolicy;
        return this;
    }

    /** The query pairs of the options that are set, in wire names. */
    public List<Pair> toQuery() {
        List<Pair> query = new ArrayList<>();
        if (dryRun != null) {
            query.add(new Pair("dryRun", String.valueOf(dryRun)));
        }
        if (gracePeriodSeconds != null) {
            query.add(new Pair("gracePeriodSeconds", String.valueOf(gracePeriodSeconds)));
        }
        if (propagationPolicy != null) {
            query.add(new Pair("propagationPolicy", String.valueOf(propagationPolicy)));
        }
        return query;
    }
}
