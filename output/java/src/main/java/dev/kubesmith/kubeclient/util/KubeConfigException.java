package dev.kubesmith.kubeclient.util;

import java.io.IOException;

/** A kubeconfig that cannot be used; the message names the file and the place in it. */
public class KubeConfigException extends IOException {
    private static final long serialVersionUID = 1L;

    public KubeConfigException(String message) {
        super(message);
    }

    public KubeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
