package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.geo.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP server: the page ({@code /}), its script and style, the JSON API ({@link ApiRoutes}) and the
 * live event stream ({@code /api/events}, server-sent events). Binds to the loopback address unless told otherwise.
 *
 * <p>Every response forbids what an injected string would need to run: a content security policy that allows only
 * this server's own script and style (no inline script, no {@code javascript:} URLs, no plugins, no framing) and
 * {@code nosniff}, so a JSON answer is never read as a page.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    /** Policy of every response: own script and style only, no inline code, no third-party requests. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html",
            "/dashboard.js", "dashboard.js", "/dashboard.css", "dashboard.css");

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    /** An app further behind its input than this is alive but not ready. */
    static final long READY_MAX_LAG = 1_000;

    private final ApiRoutes api;
    private final LiveUpdates live;
    private final RecentAlerts alerts = new RecentAlerts();
    private final QuerySource source;
    private final Observability metrics;

    /**
     * @param address where to listen (port 0 picks a free one)
     * @param source the stores to query
     * @param places gazetteer lookup by place id (coordinates for the map)
     * @throws IOException when the address cannot be bound
     */
    public DashboardServer(InetSocketAddress address, QuerySource source, Function<String, Optional<Place>> places)
            throws IOException {
        this(address, source, places, null);
    }

    /**
     * @param address where to listen (port 0 picks a free one)
     * @param source the stores to query
     * @param places gazetteer lookup by place id (coordinates for the map)
     * @param metrics what {@code /metrics} exports, or null for no metrics endpoint
     * @throws IOException when the address cannot be bound
     */
    public DashboardServer(InetSocketAddress address, QuerySource source, Function<String, Optional<Place>> places,
                           Observability metrics) throws IOException {
        this.source = source;
        this.metrics = metrics;
        this.api = new ApiRoutes(source, new ApiJson(places), alerts);
        this.live = new LiveUpdates(64);
        this.server = HttpServer.create(address, 64);
        this.handlers = Executors.newFixedThreadPool(4, daemon("liveblog-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("liveblog-sse-heartbeat"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /** Starts serving. */
    public void start() {
        server.start();
        heartbeat.scheduleAtFixedRate(live::heartbeat, 15, 15, TimeUnit.SECONDS);
        LOG.info("Dashboard at {}", uri());
    }

    /** @return the page's address */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /**
     * Tells every open page that an aggregate changed (the page then asks again).
     *
     * @param key the aggregate's key {@code locationId|metric|window}
     * @param value its new best value, or null when withdrawn
     */
    public void aggregateChanged(String key, Long value) {
        ObjectNode n = ApiJson.object();
        n.put("key", key);
        n.put("value", value);
        n.put("withdrawn", value == null);
        live.publish("aggregate", new String(ApiJson.bytes(n), StandardCharsets.UTF_8));
    }

    /**
     * Lists an alert on the page (once per id) and tells every open page.
     *
     * @param alert an alert from the alerts topic
     */
    public void alertRaised(io.liveblog.schema.Alert alert) {
        ObjectNode n = alerts.add(alert);
        if (n != null) {
            live.publish("alert", new String(ApiJson.bytes(n), StandardCharsets.UTF_8));
        }
    }

    /** @return pages connected to the event stream */
    public int liveClients() {
        return live.clients();
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        heartbeat.shutdownNow();
        handlers.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        boolean keepOpen = false;
        try {
            Headers h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cache-Control", "no-store");
            if (!"GET".equals(ex.getRequestMethod())) {
                h.set("Allow", "GET");
                error(ex, 405, "only GET is served");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if ("/metrics".equals(path) && metrics != null) {
                send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                        metrics.scrape().getBytes(StandardCharsets.UTF_8));
            } else if ("/health".equals(path) || "/ready".equals(path)) {
                probe(ex, "/ready".equals(path));
            } else if (STATIC.containsKey(path)) {
                serveStatic(ex, STATIC.get(path));
            } else if ("/api/events".equals(path)) {
                keepOpen = events(ex);
            } else if (path.startsWith("/api/")) {
                api(ex, path);
            } else {
                error(ex, 404, "no such page");
            }
        } catch (IOException e) {
            LOG.debug("Dashboard client {} went away", ex.getRemoteAddress(), e);
        } catch (RuntimeException e) {
            LOG.warn("Dashboard request {} failed", ex.getRequestURI(), e);
        } finally {
            if (!keepOpen) {
                ex.close();
            }
        }
    }

    private void api(HttpExchange ex, String path) throws IOException {
        ApiRoutes.Answer answer;
        try {
            Optional<ApiRoutes.Answer> routed = api.answer(path, params(ex.getRequestURI().getRawQuery()));
            if (routed.isEmpty()) {
                error(ex, 404, "no such API call: see README, section Dashboard and API");
                return;
            }
            answer = routed.get();
        } catch (ApiRoutes.BadRequest e) {
            error(ex, 400, e.getMessage());
            return;
        } catch (InvalidStateStoreException e) {
            // starting, or tasks moving in a rebalance: say so, marked stale, instead of failing the page
            ObjectNode n = api.head();
            n.put("stale", true);
            n.put("error", "the state stores cannot be queried right now (" + e.getMessage() + "); try again");
            answer = new ApiRoutes.Answer(503, n);
        }
        send(ex, answer.status(), "application/json; charset=utf-8", ApiJson.bytes(answer.body()));
    }

    /** @return whether the stream stays open (the event hub writes to it and closes it) */
    private boolean events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ObjectNode hello = api.head();
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        if (!live.connect(out, new String(ApiJson.bytes(hello), StandardCharsets.UTF_8))) {
            out.write("event: busy\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    /**
     * Liveness ({@code /health}): the app is not dead (not failed, not shut down). Readiness ({@code /ready}): it
     * is running and at most {@link #READY_MAX_LAG} records behind its input, so its answers are current.
     */
    private void probe(HttpExchange ex, boolean readiness) throws IOException {
        String state = source.state();
        ObjectNode n = api.head();
        boolean alive = !state.equals("ERROR") && !state.equals("PENDING_ERROR") && !state.equals("NOT_RUNNING")
                && !state.equals("PENDING_SHUTDOWN");
        boolean ok = alive;
        if (readiness) {
            long lag = source.inputLag();
            n.put("inputLag", lag);
            ok = "RUNNING".equals(state) && lag <= READY_MAX_LAG;
        }
        n.put("status", ok ? "UP" : "DOWN");
        send(ex, ok ? 200 : 503, "application/json; charset=utf-8", ApiJson.bytes(n));
    }

    private void serveStatic(HttpExchange ex, String name) throws IOException {
        try (InputStream in = DashboardServer.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                error(ex, 500, "the dashboard's " + name + " is missing from the build");
                return;
            }
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : "text/html";
            send(ex, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private void error(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode n = api.head();
        n.put("error", message);
        send(ex, status, "application/json; charset=utf-8", ApiJson.bytes(n));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    /** @return decoded query parameters (the last of a repeated name wins) */
    static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiRoutes.BadRequest("malformed query string: " + e.getMessage());
            }
        }
        return out;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
