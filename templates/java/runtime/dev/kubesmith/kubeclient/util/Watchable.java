package dev.kubesmith.kubeclient.util;

import java.io.Closeable;
import java.util.Iterator;

/** What {@link Watch#createWatch} returns (client-java's interface): iterate, then close. */
public interface Watchable<T> extends Iterable<Watch.Response<T>>, Iterator<Watch.Response<T>>,
        Closeable {}
