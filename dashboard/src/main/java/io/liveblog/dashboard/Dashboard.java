package io.liveblog.dashboard;

import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.Alert;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topic;
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
    private final StreamsQuerySource source;
    private final TopicFeed<LocationAggregate> feed;
    private final TopicFeed<Alert> alertFeed;
    private final Observability metrics;

    private Dashboard(DashboardServer server, StreamsQuerySource source, TopicFeed<LocationAggregate> feed,
                      TopicFeed<Alert> alertFeed, Observability metrics) {
        this.server = server;
        this.source = source;
        this.feed = feed;
        this.alertFeed = alertFeed;
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
        return start(config, streams, gazetteer, host, port, null, null);
    }

    /**
     * Starts serving, one of several instances of the app: queries for data another instance holds are routed to
     * it.
     *
     * @param endpoint this instance's {@code application.server} ({@code host:port}), or null when it is alone
     * @param alerts the alerts topic whose latest alerts the page lists, or null for none
     * @return the running dashboard
     * @throws IOException when the address cannot be bound
     */
    public static Dashboard start(PipelineConfig config, KafkaStreams streams, Gazetteer gazetteer, String host,
                                  int port, String endpoint, Topic<String, Alert> alerts) throws IOException {
        Observability metrics = new Observability(streams);
        DashboardServer server;
        StreamsQuerySource source = new StreamsQuerySource(streams, config, endpoint);
        try {
            server = new DashboardServer(new InetSocketAddress(host, port), source, gazetteer::byId, metrics);
        } catch (IOException | RuntimeException e) {
            source.close();
            metrics.close();
            throw e;
        }
        TopicFeed<LocationAggregate> feed = new TopicFeed<>(config, config.aggregates(), false,
                (key, value) -> server.aggregateChanged(key, value == null ? null : value.getValue()));
        TopicFeed<Alert> alertFeed = alerts == null ? null : new TopicFeed<>(config, alerts, true,
                (key, value) -> {
                    if (value != null) {
                        server.alertRaised(value);
                    }
                });
        server.start();
        feed.start();
        if (alertFeed != null) {
            alertFeed.start();
        }
        return new Dashboard(server, source, feed, alertFeed, metrics);
    }

    /** @return the page's address */
    public URI uri() {
        return server.uri();
    }

    @Override
    public void close() {
        feed.close();
        if (alertFeed != null) {
            alertFeed.close();
        }
        server.close();
        source.close();
        metrics.close();
    }
}
