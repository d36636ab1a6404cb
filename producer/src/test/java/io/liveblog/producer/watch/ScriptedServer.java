package io.liveblog.producer.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A local HTTP server on 127.0.0.1 and an ephemeral port that answers each request with the next scripted reply,
 * and records every request's headers. An unscripted request gets a 599 so a test notices it.
 */
final class ScriptedServer implements AutoCloseable {

    /** One scripted answer. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        static Reply ok(String contentType, String body, Map<String, String> extraHeaders) {
            Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
            headers.put("Content-Type", contentType);
            return new Reply(200, headers, body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0]);
        }
    }

    /** What a request carried. */
    record Request(String path, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Deque<Function<Request, Reply>> script = new ArrayDeque<>();
    final List<Request> requests = new ArrayList<>();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the URL of a path on this server */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Queues a reply that does not depend on the request. */
    ScriptedServer then(Reply reply) {
        return then(request -> reply);
    }

    /** Queues a reply computed from the request. */
    synchronized ScriptedServer then(Function<Request, Reply> reply) {
        script.add(reply);
        return this;
    }

    synchronized int remaining() {
        return script.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Function<Request, Reply> next;
        Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
        synchronized (this) {
            requests.add(request);
            next = script.poll();
        }
        Reply reply = next == null ? new Reply(599, Map.of(), "unscripted request".getBytes(StandardCharsets.UTF_8))
                : next.apply(request);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = reply.status() == 304 || reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
