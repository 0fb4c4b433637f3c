package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of a create. (client-java's CreateOptions). */
public class CreateOptions {
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    public String getDryRun() {
        return dryRun;
    }

    public void setDryRun(String dryRun) {
        this.dryRun = dryRun;
    }

    /** Chained setter. */
    public CreateOptions dryRun(String dryRun) {
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
    public CreateOptions fieldManager(String fieldManager) {
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
    public CreateOptions fieldValidation(String fieldValidation) {
        this.fieldValidation = fieldValidation;
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
        return query;
    }
}
