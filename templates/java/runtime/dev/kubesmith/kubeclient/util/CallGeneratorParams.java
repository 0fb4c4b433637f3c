package dev.kubesmith.kubeclient.util;

/** What an informer asks a {@link CallGenerator} for (client-java's public fields). */
public class CallGeneratorParams {
    public Boolean watch;
    public String resourceVersion;
    public Integer timeoutSeconds;

    public CallGeneratorParams(Boolean watch, String resourceVersion, Integer timeoutSeconds) {
        this.watch = watch;
        this.resourceVersion = resourceVersion;
        this.timeoutSeconds = timeoutSeconds;
    }
}
