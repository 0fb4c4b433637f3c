package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of a patch; {@code force} and a {@code fieldManager} for server-side apply. (client-java's PatchOptions). */
public class PatchOptions {
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;
    private Boolean force;

    public String getDryRun() {
        return dryRun;
    }

    public void setDryRun(String dryRun) {
        this.dryRun = dryRun;
    }

    /** Chained setter. */
    public PatchOptions dryRun(String dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    public String getFieldManager() {
        return fieldManager;
    }

    public void setFieldManager(String fieldManager) {
        this.fieldManager = fieldManager;
    }

    /** Chained setter. */
    public PatchOptions fieldManager(String fieldManager) {
        this.fieldManager = fieldManager;
        return this;
    }

    public String getFieldValidation() {
        return fieldValidation;
    }

    public void setFieldValidation(String fieldValidation) {
        this.fieldValidation = fieldValidation;
    }

    /** Chained setter. */
    public PatchOptions fieldValidation(String fieldValidation) {
        this.fieldValidation = fieldValidation;
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

    /** The query pairs of the options that are set, in wire names. */
    public List<Pair> toQuery() {
        List<Pair> query = new ArrayList<>();
        if (dryRun != null) {
            query.add(new Pair("dryRun", String.valueOf(dryRun)));
        }
        if (fieldManager != null) {
            query.add(new Pair("fieldManager", String.valueOf(fieldManager)));
        }
        if (fieldValidation != null) {
            query.add(new Pair("fieldValidation", String.valueOf(fieldValidation)));
        }
        if (force != null) {
            query.add(new Pair("force", String.valueOf(force)));
        }
        return query;
    }
}
