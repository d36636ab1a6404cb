package io.liveblog.producer.watch;

import io.liveblog.producer.feed.FeedDates;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP of one poll that needs nothing of a running {@link FeedWatcher}: the conditional GET built from what the
 * last response recorded, and the reading of {@code Retry-After}. Separate from the watcher, which keeps the poll
 * loop, the failure counts and the publishing.
 */
final class FeedRequests {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/json;q=0.9,"
            + " text/html;q=0.8, application/xml;q=0.7, */*;q=0.5";

    private FeedRequests() {
    }

    static HttpRequest request(String url, WatchOptions options, SourceState previous) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .GET()
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT);
        if (previous.etag() != null) {
            builder.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            builder.header("If-Modified-Since", previous.lastModified());
        }
        return builder.build();
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers, Clock clock) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return null;
        }
        if (value.get().matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value.get()));
        }
        return FeedDates.parse(value.get()).map(at -> Duration.between(clock.instant(), at))
                .filter(d -> !d.isNegative()).orElse(null);
    }
}
