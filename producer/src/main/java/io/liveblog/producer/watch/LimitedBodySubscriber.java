package io.liveblog.producer.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory but gives up, cancelling the download, as soon as it grows past a limit: a
 * misconfigured URL pointing at a video or an endless stream must not exhaust memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than allowed; carries what was read so far (up to the limit). */
    static final class TooLargeException extends IOException {
        private final transient byte[] head;
        private final long limit;

        TooLargeException(long limit, byte[] head) {
            super("response body larger than " + limit + " bytes");
            this.limit = limit;
            this.head = head;
        }

        byte[] head() {
            return head;
        }

        long limit() {
            return limit;
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long limit) {
        this.limit = limit;
    }

    /** @return a handler that applies the limit to every response */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new LimitedBodySubscriber(limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (buffer.size() + (long) n > limit) {
                int fits = (int) (limit - buffer.size());
                byte[] part = new byte[fits];
                item.get(part);
                buffer.write(part, 0, fits);
                subscription.cancel();
                result.completeExceptionally(new TooLargeException(limit, buffer.toByteArray()));
                return;
            }
            byte[] bytes = new byte[n];
            item.get(bytes);
            buffer.write(bytes, 0, n);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
