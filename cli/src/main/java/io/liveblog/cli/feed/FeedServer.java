package io.liveblog.cli.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Serves a {@link GrowingFeed} over HTTP: {@code GET /feed.xml} (RSS 2.0, with {@code ETag} and
 * {@code Last-Modified}; a conditional GET of an unchanged feed is answered 304) and {@code GET /health}.
 */
public final class FeedServer implements AutoCloseable {

    /** Where the feed is served. */
    public static final String FEED_PATH = "/feed.xml";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;

    /**
     * Starts serving.
     *
     * @param address where to listen (port 0: any free port)
     * @param feed the feed
     * @throws IOException when the address cannot be bound
     */
    public FeedServer(InetSocketAddress address, GrowingFeed feed) throws IOException {
        server = HttpServer.create(address, 16);
        server.createContext(FEED_PATH, ex -> serveFeed(ex, feed));
        server.createContext("/health", ex -> answer(ex, 200, "text/plain", "ok\n"));
        server.createContext("/", ex -> answer(ex, 404, "text/plain", "not found: the feed is at " + FEED_PATH
                + "\n"));
        server.start();
    }

    /** @return the address it listens on (with the port chosen when 0 was given) */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void serveFeed(HttpExchange ex, GrowingFeed feed) throws IOException {
        if (!ex.getRequestURI().getPath().equals(FEED_PATH)) {
            answer(ex, 404, "text/plain", "not found\n");
            return;
        }
        if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().add("Allow", "GET, HEAD");
            answer(ex, 405, "text/plain", "use GET\n");
            return;
        }
        GrowingFeed.Snapshot now = feed.now();
        ex.getResponseHeaders().add("ETag", now.etag());
        ex.getResponseHeaders().add("Last-Modified", HTTP_DATE.format(now.lastModified()));
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(now.etag())) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        answer(ex, 200, "application/rss+xml; charset=utf-8", feed.xml(now));
    }

    private static void answer(HttpExchange ex, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
