package io.liveblog.producer.watch;

import io.liveblog.producer.feed.FeedParsers;
import io.liveblog.producer.identify.PostIdentity;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.producer.publish.UpdateSink;
import io.liveblog.producer.text.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * Polls one live blog (feed, Guardian API URL or HTML page) and publishes every new post and every edit exactly
 * once, surviving restarts and flaky networks.
 *
 * <h2>One poll</h2>
 * <ol>
 *   <li>GET with {@code If-None-Match}/{@code If-Modified-Since} from the last recorded response; 304 ends the
 *       poll.</li>
 *   <li>The body (at most {@code limits.maxDocumentBytes}) is parsed by {@link FeedParsers}, format detected per
 *       response unless forced.</li>
 *   <li>Each post's id and content hash ({@link PostIdentity}) are compared with the state: unknown ids are
 *       published, known ids with another hash are published as edits, the rest is skipped. Posts go out oldest
 *       first. Rejections not seen in the previous response go to the dead-letter topic.</li>
 *   <li>With {@code deletions}, a known post missing from the response is published as a deletion, but only when
 *       the response parsed without any rejection, listed at least one post, and the missing post is not older
 *       than the oldest post listed (feeds list only their newest entries; a post that scrolled off is not
 *       deleted).</li>
 *   <li>What is about to be published is written to the state file first, with the topic's end offsets
 *       ({@link PendingPublications}); then it is sent and the sink is flushed; only then is the new state
 *       (validators, hashes, rejection fingerprints) saved. When publishing fails nothing is recorded as published:
 *       the next poll reads back what reached the topic and publishes the rest. A watcher killed in between does
 *       the same when it starts again.</li>
 * </ol>
 *
 * <h2>Failures</h2>
 * Network errors, timeouts, 408, 429 and 5xx are retried with exponential backoff and jitter
 * ({@link RetryPolicy}), honouring {@code Retry-After}; other 4xx are logged and polled again at the normal
 * interval. Nothing ends the loop except a stop request or an interrupt.
 *
 * <p>Use: {@code try (WatchState state = WatchState.open(options.stateFile())) {
 * new FeedWatcher(options, sink, state).run(stopSignal); }}
 */
public final class FeedWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWatcher.class);
    /** After this many failures in a row the log line becomes an error, then again every so many. */
    private static final int ESCALATE_EVERY = 10;

    private final WatchOptions options;
    private final UpdateSink sink;
    private final WatchState state;
    private final FeedParsers parsers;
    private final HttpClient http;
    private final Clock clock;
    private final DoubleSupplier random;
    private final String url;
    private int consecutiveFailures;
    private int consecutiveClientErrors;

    /**
     * A watcher with a real HTTP client, the system clock and random jitter.
     *
     * @param options what to watch and how
     * @param sink where posts, deletions and rejections go
     * @param state the opened state (the caller closes it)
     * @throws io.liveblog.producer.html.PresetFileException when a preset file is invalid
     */
    public FeedWatcher(WatchOptions options, UpdateSink sink, WatchState state) {
        this(options, sink, state, options.parsers(), HttpClient.newBuilder()
                .connectTimeout(options.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build(), Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param options what to watch and how
     * @param sink where posts, deletions and rejections go
     * @param state the opened state (the caller closes it)
     * @param parsers the parsers
     * @param http the HTTP client
     * @param clock clock for fetch times and Retry-After dates
     * @param random jitter source, numbers in [0, 1)
     */
    public FeedWatcher(WatchOptions options, UpdateSink sink, WatchState state, FeedParsers parsers, HttpClient http,
                       Clock clock, DoubleSupplier random) {
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.url = options.url().toString();
    }

    /**
     * Polls until a stop is requested, waiting on the signal between polls (so a stop wakes it at once).
     *
     * @param stop the stop signal
     */
    public void run(StopSignal stop) {
        run(stop::isStopRequested, stop);
    }

    /**
     * Polls until {@code stopRequested} says so or the thread is interrupted.
     *
     * @param stopRequested checked before every poll
     * @param sleeper waits between polls
     */
    public void run(BooleanSupplier stopRequested, Sleeper sleeper) {
        LOG.info("Watching {} every {}s (state {}, deletions {})", url, options.interval().toSeconds(),
                state.file(), options.deletions() ? "published" : "ignored");
        while (!stopRequested.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            PollOutcome outcome = pollOnce();
            if (outcome.kind() == PollOutcome.Kind.INTERRUPTED || stopRequested.getAsBoolean()) {
                break;
            }
            try {
                sleeper.sleep(outcome.nextDelay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Stopped watching {}", url);
    }

    /** @return what one poll did; never throws for network, HTTP, parse or sink problems */
    public PollOutcome pollOnce() {
        SourceState previous = state.source(url);
        if (previous.pending() != null) {
            try {
                previous = PendingPublications.recover(state, url, sink);
            } catch (RuntimeException | IOException e) {
                consecutiveFailures++;
                Duration delay = options.retry().backoff(consecutiveFailures, random.getAsDouble());
                LOG.error("{}: cannot tell what the interrupted last poll published ({}); retrying in {}s", url,
                        e.toString(), delay.toSeconds());
                return new PollOutcome(PollOutcome.Kind.SINK_FAILURE, -1, 0, 0, 0, 0, 0, delay,
                        "reading back the interrupted poll failed: " + e.getMessage());
            }
        }
        Instant fetchedAt = clock.instant();
        HttpRequest request = FeedRequests.request(url, options, previous);
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request,
                LimitedBodySubscriber.handler(options.limits().maxDocumentBytes()));
        HttpResponse<byte[]> response;
        try {
            // the request timeout covers the headers; the body gets as long again
            response = future.get(options.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new PollOutcome(PollOutcome.Kind.INTERRUPTED, -1, 0, 0, 0, 0, 0, Duration.ZERO, "interrupted");
        } catch (TimeoutException e) {
            future.cancel(true);
            return transientFailure(-1, "no complete response within " + options.requestTimeout().toSeconds() * 2
                    + "s", null);
        } catch (ExecutionException e) {
            return failedExchange(e.getCause(), previous, fetchedAt);
        }
        int status = response.statusCode();
        if (status == 304) {
            consecutiveFailures = 0;
            consecutiveClientErrors = 0;
            LOG.debug("{}: not modified", url);
            return new PollOutcome(PollOutcome.Kind.NOT_MODIFIED, status, 0, 0, 0, 0, 0, options.interval(),
                    "not modified");
        }
        if (status == 408 || status == 429 || status >= 500) {
            return transientFailure(status, "HTTP " + status, FeedRequests.retryAfter(response.headers(), clock));
        }
        if (status < 200 || status > 299) {
            consecutiveFailures = 0;
            consecutiveClientErrors++;
            String detail = "HTTP " + status + (status == 404 || status == 410 ? " (the page is gone or the URL is"
                    + " wrong)" : status == 401 || status == 403 ? " (access refused)" : "");
            LOG.warn("{}: {}; nothing published; polling again in {}s ({} in a row)", url, detail,
                    options.interval().toSeconds(), consecutiveClientErrors);
            return new PollOutcome(PollOutcome.Kind.CLIENT_ERROR, status, 0, 0, 0, 0, 0, options.interval(), detail);
        }
        consecutiveClientErrors = 0;
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        ParseResult parsed = parsers.parse(url, contentType, response.body(), options.format());
        return publishChanges(previous, parsed, response.headers(), status, fetchedAt);
    }

    private PollOutcome failedExchange(Throwable cause, SourceState previous, Instant fetchedAt) {
        if (cause instanceof LimitedBodySubscriber.TooLargeException tooLarge) {
            // not transient: the same URL will be as large next time; record the rejection once
            Rejected rejected = new Rejected(url, "response larger than " + tooLarge.limit() + " bytes; nothing of"
                    + " it was parsed (raise the document size limit if this URL is really a live blog)",
                    tooLarge.head(), "unknown", null);
            ParseResult onlyRejection = new ParseResult(List.of(), List.of(rejected));
            return publishChanges(previous, onlyRejection, null, 200, fetchedAt);
        }
        String detail;
        if (cause instanceof HttpTimeoutException) {
            detail = "timed out after " + options.requestTimeout().toSeconds() + "s";
        } else if (cause instanceof ConnectException) {
            detail = "cannot connect (" + Optional.ofNullable(cause.getMessage()).orElse("connection refused") + ")";
        } else if (cause instanceof IOException) {
            detail = "network error: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        } else {
            detail = "request failed: " + cause;
        }
        return transientFailure(-1, detail, null);
    }

    private PollOutcome transientFailure(int status, String detail, Duration retryAfter) {
        consecutiveFailures++;
        Duration delay = options.retry().withRetryAfter(
                options.retry().backoff(consecutiveFailures, random.getAsDouble()), retryAfter);
        if (consecutiveFailures % ESCALATE_EVERY == 0) {
            LOG.error("{}: still failing after {} attempts in a row ({}); retrying in {}s", url, consecutiveFailures,
                    detail, delay.toSeconds());
        } else {
            LOG.warn("{}: {} (failure {} in a row); retrying in {}s", url, detail, consecutiveFailures,
                    delay.toSeconds());
        }
        return new PollOutcome(PollOutcome.Kind.TRANSIENT_FAILURE, status, 0, 0, 0, 0, 0, delay, detail);
    }

    private PollOutcome publishChanges(SourceState previous, ParseResult parsed, HttpHeaders headers, int status,
                                       Instant fetchedAt) {
        List<ParsedPost> posts = new ArrayList<>(parsed.posts());
        // oldest first, so event time only moves forward on the topic; ties keep the page's order
        posts.sort(Comparator.comparing(ParsedPost::published));
        Map<String, SourceState.KnownPost> known = new LinkedHashMap<>(previous.posts());
        List<ParsedPost> toPublish = new ArrayList<>();
        Map<String, SourceState.KnownPost> publishing = new LinkedHashMap<>();
        List<Rejected> rejections = new ArrayList<>(parsed.rejected());
        Set<String> idsInResponse = new HashSet<>();
        Map<String, String> hashInResponse = new LinkedHashMap<>();
        int fresh = 0;
        int edited = 0;
        int unchanged = 0;
        for (ParsedPost post : posts) {
            String id = PostIdentity.postId(post);
            String hash = PostIdentity.contentHash(post);
            if (!idsInResponse.add(id)) {
                if (!hash.equals(hashInResponse.get(id))) {
                    rejections.add(new Rejected(post.origin(), "duplicate post id " + id + " in one response with"
                            + " different text; the earlier version was used", (post.headline() + "\n\n"
                            + post.body()).getBytes(StandardCharsets.UTF_8), post.format(), null));
                }
                continue;
            }
            hashInResponse.put(id, hash);
            SourceState.KnownPost before = previous.posts().get(id);
            SourceState.KnownPost version = new SourceState.KnownPost(hash, post.published());
            if (before == null || !before.contentHash().equals(hash)) {
                if (before == null) {
                    fresh++;
                } else {
                    edited++;
                }
                toPublish.add(post);
                publishing.put(id, version);
            } else {
                unchanged++;
            }
            known.remove(id); // re-inserted at the end: the file lists posts in publication order
            known.put(id, version);
        }
        List<String> deletions = deletions(previous, posts, idsInResponse, parsed.rejected().isEmpty());
        deletions.forEach(known::remove);

        Set<String> fingerprints = new LinkedHashSet<>();
        List<Rejected> newRejections = new ArrayList<>();
        for (Rejected rejected : rejections) {
            String fingerprint = Hashing.sha256Hex(rejected.origin(), rejected.reason(),
                    new String(rejected.raw() == null ? new byte[0] : rejected.raw(), StandardCharsets.ISO_8859_1));
            if (fingerprints.add(fingerprint) && !previous.rejections().contains(fingerprint)) {
                newRejections.add(rejected);
            }
        }

        try {
            PendingPublications.record(state, url, previous, sink, publishing, deletions);
            for (ParsedPost post : toPublish) {
                sink.publish(post, fetchedAt);
            }
            if (!deletions.isEmpty()) {
                ParsedPost sample = posts.get(0);
                for (String id : deletions) {
                    sink.delete(id, url, sample.format(), sample.parserVersion());
                }
            }
            for (Rejected rejected : newRejections) {
                LOG.warn("{}: rejected {}: {}", url, rejected.origin(), rejected.reason());
                sink.reject(rejected, fetchedAt);
            }
            sink.flush();
        } catch (RuntimeException e) {
            consecutiveFailures++;
            Duration delay = options.retry().backoff(consecutiveFailures, random.getAsDouble());
            LOG.error("{}: publishing failed ({}); the next poll in {}s reads back what reached the topic and publishes"
                    + " the rest", url, e.toString(), delay.toSeconds(), e);
            return new PollOutcome(PollOutcome.Kind.SINK_FAILURE, status, fresh, edited, unchanged, deletions.size(),
                    newRejections.size(), delay, "publishing failed: " + e.getMessage());
        }
        consecutiveFailures = 0;
        SourceState next = headers == null
                ? new SourceState(previous.etag(), previous.lastModified(), fetchedAt, known, fingerprints)
                : new SourceState(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null), fetchedAt, known, fingerprints);
        state.put(url, next);
        try {
            state.save();
        } catch (IOException e) {
            LOG.error("{}: could not save the watch state to {} ({}); what was just published may be published"
                    + " again after a restart", url, state.file(), e.toString());
        }
        int sent = toPublish.size() + deletions.size() + newRejections.size();
        if (sent > 0) {
            LOG.info("{}: {} new, {} edited, {} deleted, {} rejected; {} unchanged", url, fresh, edited,
                    deletions.size(), newRejections.size(), unchanged);
        } else {
            LOG.debug("{}: no changes ({} posts unchanged)", url, unchanged);
        }
        return new PollOutcome(PollOutcome.Kind.FETCHED, status, fresh, edited, unchanged, deletions.size(),
                newRejections.size(), options.interval(), sent + " records published");
    }

    /** The known post ids that count as deleted by this response (see class comment for the safeguards). */
    private List<String> deletions(SourceState previous, List<ParsedPost> posts, Set<String> idsInResponse,
                                   boolean cleanParse) {
        if (!options.deletions()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String id : previous.posts().keySet()) {
            if (!idsInResponse.contains(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        if (!cleanParse || posts.isEmpty()) {
            LOG.warn("{}: {} known posts are missing, but the response {}; not treating them as deleted", url,
                    missing.size(), posts.isEmpty() ? "listed no posts" : "had rejected parts");
            return List.of();
        }
        Instant oldestListed = posts.get(0).published();
        List<String> deleted = new ArrayList<>();
        for (String id : missing) {
            if (!previous.posts().get(id).published().isBefore(oldestListed)) {
                deleted.add(id);
            }
        }
        return deleted;
    }
}
