package dev.kubesmith.kubeclient.util.generic.options;

import dev.kubesmith.kubeclient.openapi.Pair;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of a list (and the list of a watch). (client-java's ListOptions). */
public class ListOptions {
    private String labelSelector;
    private String fieldSelector;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Integer limit;
    private String continue_;
    private Integer timeoutSeconds;
    private Boolean allowWatchBookmarks;
    private Boolean sendInitialEvents;

    public String getLabelSelector() {
        return labelSelector;
    }

    public void setLabelSelector(String labelSelector) {
        this.labelSelector = labelSelector;
    }

    /** Chained setter. */
    public ListOptions labelSelector(String labelSelector) {
        this.labelSelector = labelSelector;
        return this;
    }

    public String getFieldSelector() {
        return fieldSelector;
    }

    public void setFieldSelector(String fieldSelector) {
        this.fieldSelector = fieldSelector;
    }

    /** Chained setter. */
    public ListOptions fieldSelector(String fieldSelector) {
        this.fieldSelector = fieldSelector;
        return this;
    }

    public String getResourceVersion() {
        return resourceVersion;
    }

    public void setResourceVersion(String resourceVersion) {
        this.resourceVersion = resourceVersion;
    }

    /** Chained setter. */
    public ListOptions resourceVersion(String resourceVersion) {
        this.resourceVersion = resourceVersion;
        return this;
    }

    public String getResourceVersionMatch() {
        return resourceVersionMatch;
    }

    public void setResourceVersionMatch(String resourceVersionMatch) {
        this.resourceVersionMatch = resourceVersionMatch;
    }

    /** Chained setter. */
    public ListOptions resourceVersionMatch(String resourceVersionMatch) {
        this.resourceVersionMatch = resourceVersionMatch;
        return this;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    /** Chained setter. */
    public ListOptions limit(Integer limit) {
        this.limit = limit;
        return this;
    }

    public String getContinue() {
        return continue_;
    }

    public void setContinue(String continue_) {
        this.continue_ = continue_;
    }

    /** Chained setter. */
    public ListOptions continueToken(String continue_) {
        this.continue_ = continue_;
        return this;
    }

    public Integer getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(Integer timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Chained setter. */
    public ListOptions timeoutSeconds(Integer timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
        return this;
    }

    public Boolean getAllowWatchBookmarks() {
        return allowWatchBookmarks;
    }

    public void setAllowWatchBookmarks(Boolean allowWatchBookmarks) {
        this.allowWatchBookmarks = allowWatchBookmarks;
    }

    /** Chained setter. */
    public ListOptions allowWatchBookmarks(Boolean allowWatchBookmarks) {
        this.allowWatchBookmarks = allowWatchBookmarks;
        return this;
    }

    public Boolean getSendInitialEvents() {
        return sendInitialEvents;
    }

    public void setSendInitialEvents(Boolean sendInitialEvents) {
        this.sendInitialEvents = sendInitialEvents;
    }

    /** Chained setter. */
    public ListOptions sendInitialEvents(Boolean sendInitialEvents) {
        this.sendInitialEvents = sendInitialEvents;
        return this;
    }

    /** The query pairs of the options that are set, in wire names. */
    public List<Pair> toQuery() {
        List<Pair> query = new ArrayList<>();
        if (labelSelector != null) {
            query.add(new Pair("labelSelector", String.valueOf(labelSelector)));
        }
        if (fieldSelector != null) {
            query.add(new Pair("fieldSelector", String.valueOf(fieldSelector)));
        }
        if (resourceVersion != null) {
            query.add(new Pair("resourceVersion", String.valueOf(resourceVersion)));
        }
        if (resourceVersionMatch != null) {
            query.add(new Pair("resourceVersionMatch", String.valueOf(resourceVersionMatch)));
        }
        if (limit != null) {
            query.add(new Pair("limit", String.valueOf(limit)));
        }
        if (continue_ != null) {
            query.add(new Pair("continue", String.valueOf(continue_)));
        }
        if (timeoutSeconds != null) {
            query.add(new Pair("timeoutSeconds", String.valueOf(timeoutSeconds)));
        }
        if (allowWatchBookmarks != null) {
            query.add(new Pair("allowWatchBookmarks", String.valueOf(allowWatchBookmarks)));
        }
        if (sendInitialEvents != null) {
            query.add(new Pair("sendInitialEvents", String.valueOf(sendInitialEvents)));
        }
        return query;
    }
}
