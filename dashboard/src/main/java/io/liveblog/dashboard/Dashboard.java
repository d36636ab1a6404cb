package io.liveblog.dashboard;

import io.liveblog.geo.Gazetteer;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The dashboard of a running streams app: its HTTP server over the app's stores (page, API, {@code /metrics},
 * {@code /health}, {@code /ready}) and a feed of the aggregates topic that tells open pages when to ask again.
 */
public final class Dashboard implements AutoCloseable {

    private final DashboardServer server;
    private final AggregateFeed feed;
    private final Observability metrics;

    private Dashboard(DashboardServer server, AggregateFeed feed, Observability metrics) {
        this.server = server;
        this.feed = feed;
        this.metrics = metrics;
    }

    /**
     * Starts serving.
     *
     * @param config the app's config (cluster and topics, for the live feed)
     * @param streams the running app whose stores are queried
     * @param gazetteer places, for coordinates on the map
     * @param host address to bind ({@code 127.0.0.1} keeps it on this machine)
     * @param port port, or 0 for any free one
     * @return the running dashboard
     * @throws IOException when the address cannot be bound
     */
    public static Dashboard start(PipelineConfig config, KafkaStreams streams, Gazetteer gazetteer, String host,
                                  int port) throws IOException {
        Observability metrics = new Observability(streams);
        DashboardServer server;
        try {
            server = new DashboardServer(new InetSocketAddress(host, port), new StreamsQuerySource(streams),
                    gazetteer::byId, metrics);
        } catch (IOException | RuntimeException e) {
            metrics.close();
            throw e;
        }
        AggregateFeed feed = new AggregateFeed(config, server::aggregateChanged);
        server.start();
        feed.start();
        return new Dashboard(server, feed, metrics);
    }

    /** @return the page's address */
    public URI uri() {
        return server.uri();
    }

    @Override
    public void close() {
        feed.close();
        server.close();
        metrics.close();
    }
}
