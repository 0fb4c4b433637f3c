package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters every write shares (dryRun, fieldManager, fieldValidation), with
 * chained setters that return the concrete options class.
 *
 * @param <O> the concrete options class
 */
public abstract class WriteOptions<O extends WriteOptions<O>> {
    private String dryRun;
    private String fieldManager;
    private String fieldValidation;

    /** {@code this}, typed as the concrete class (no unchecked cast). */
    protected abstract O self();

    public String getDryRun() {
        return dryRun;
    }

    public void setDryRun(String dryRun) {
        this.dryRun = dryRun;
    }

    /** Chained setter. */
    public O dryRun(String dryRun) {
        this.dryRun = dryRun;
        return self();
    }

    public String getFieldManager() {
        return fieldManager;
    }

    public void setFieldManager(String fieldManager) {
        this.fieldManager = fieldManager;
    }

    /** Chained setter. */
    public O fieldManager(String fieldManager) {
        this.fieldManager = fieldManager;
        return self();
    }

    public String getFieldValidation() {
        return fieldValidation;
    }

    public void setFieldValidation(String fieldValidation) {
        this.fieldValidation = fieldValidation;
    }

    /** Chained setter. */
    public O fieldValidation(String fieldValidation) {
        this.fieldValidation = fieldValidation;
        return self();
    }

    /** The query pairs of the options that are set, in wire names. */
    public List<Pair> toQuery() {
        List<Pair> query = new ArrayList<>();
        if (dryRun != null) {
            query.add(new Pair("dryRun", dryRun));
        }
        if (fieldManager != null) {
            query.add(new Pair("fieldManager", fieldManager));
        }
        if (fieldValidation != null) {
            query.add(new Pair("fieldValidation", fieldValidation));
        }
        return query;
    }
}
