package dev.kubesmith.kubeclient.util.stream;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.Call;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The async forms of the streaming helpers, built on their sync code: the blocking open
 * runs on the client's callback executor (or the open is already asynchronous), and a
 * future cancelled before the stream arrived closes the stream when it does, so a cancelled
 * open never leaks a connection. Failures complete the future with the exception the sync
 * form throws ({@code ApiException}, {@code IOException}), unwrapped.
 */
public final class Futures {
    /** A sync open (a watch's first request, an exec whose output is read to the end). */
    @FunctionalInterface
    public interface Opener<T> {
        T open() throws Exception;
    }

    private Futures() {}

    /**
     * Runs {@code opener} on {@code executor}. When the future was cancelled meanwhile, the
     * result is handed to {@code discard} (closed) instead.
     */
    public static <T> CompletableFuture<T> supply(Executor executor, Opener<T> opener,
            Consumer<? super T> discard) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            if (future.isDone()) {
                return; // cancelled before it started: nothing to open
            }
            T value;
            try {
                value = opener.open();
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
                return;
            }
            if (!future.complete(value)) {
                discard.accept(value);
            }
        });
        return future;
    }

    /**
     * Completes a new future from {@code source} on {@code executor} (so callers' stages do
     * not run on the HTTP client's threads), converting with {@code convert}; a value that
     * arrives after the new future was cancelled goes to {@code discard}.
     */
    public static <S, T> CompletableFuture<T> relay(CompletableFuture<S> source, Executor executor,
            java.util.function.Function<? super S, ? extends T> convert,
            Consumer<? super S> discard) {
        CompletableFuture<T> future = new CompletableFuture<>();
        source.whenComplete((value, error) -> executor.execute(() -> {
            if (error != null) {
                future.completeExceptionally(unwrap(error));
            } else if (future.isDone()) {
                discard.accept(value);
            } else {
                T converted;
                try {
                    converted = convert.apply(value);
                } catch (RuntimeException e) {
                    discard.accept(value);
                    future.completeExceptionally(e);
                    return;
                }
                future.complete(converted);
            }
        }));
        return future;
    }

    /**
     * {@code client.executeAsync} as a future; a body that arrives after the future was
     * cancelled goes to {@code discard}, and cancelling cancels the call.
     */
    public static <T> CompletableFuture<T> execute(ApiClient client, Call call, Type returnType,
            Consumer<? super T> discard) {
        CompletableFuture<T> future = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        client.executeAsync(call, returnType, new ApiCallback<T>() {
            @Override
            public void onFailure(ApiException e, int statusCode,
                    Map<String, List<String>> responseHeaders) {
                future.completeExceptionally(e);
            }

            @Override
            public void onSuccess(T result, int statusCode,
                    Map<String, List<String>> responseHeaders) {
                if (!future.complete(result)) {
                    discard.accept(result);
                }
            }
        });
        return future;
    }

    /** The exception a sync call would have thrown. */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
