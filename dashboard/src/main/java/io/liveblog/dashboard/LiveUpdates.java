package io.liveblog.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-sent event stream of {@code /api/events}: every connected page gets each published event; a client
 * whose connection broke is dropped on the next write. A comment line is sent on {@link #heartbeat()} so proxies and
 * browsers keep idle connections open.
 */
final class LiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final int maxClients;
    private final List<OutputStream> clients = new ArrayList<>();
    private long published;

    /** @param maxClients connections served at once; more are refused (HTTP 503) */
    LiveUpdates(int maxClients) {
        this.maxClients = maxClients;
    }

    /**
     * @param out the response body of a new connection (headers already sent)
     * @param hello the first event it gets
     * @return whether the client was taken (false when the limit is reached)
     */
    synchronized boolean connect(OutputStream out, String hello) {
        if (clients.size() >= maxClients) {
            return false;
        }
        if (write(out, frame("hello", hello))) {
            clients.add(out);
        }
        return true;
    }

    /** Sends an event to every client. */
    synchronized void publish(String event, String dataJson) {
        published++;
        broadcast(frame(event, dataJson));
    }

    /** Keeps idle connections open (a comment line, ignored by browsers). */
    synchronized void heartbeat() {
        broadcast(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** @return connected clients */
    synchronized int clients() {
        return clients.size();
    }

    /** @return events published since start */
    synchronized long published() {
        return published;
    }

    @Override
    public synchronized void close() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("Closing an event stream failed", e);
            }
        }
        clients.clear();
    }

    private void broadcast(byte[] frame) {
        clients.removeIf(out -> !write(out, frame));
    }

    private static boolean write(OutputStream out, byte[] frame) {
        try {
            out.write(frame);
            out.flush();
            return true;
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the connection is gone either way
            }
            return false;
        }
    }

    /** One event; data is single-line JSON (the API's writer never emits a raw line break). */
    private static byte[] frame(String event, String dataJson) {
        return ("event: " + event + "\ndata: " + dataJson + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
