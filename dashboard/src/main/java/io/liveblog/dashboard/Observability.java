package io.liveblog.dashboard;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What {@code /metrics} exports, in the Prometheus text format: Kafka Streams' own metrics (threads, tasks,
 * stores, the embedded clients' consumer lag), the pipeline's counters ({@code liveblog_posts_total},
 * {@code liveblog_claims_total}, {@code liveblog_dead_letters_total}, the {@code liveblog_extraction_seconds}
 * histogram, from Micrometer's global registry) and the JVM's.
 */
public final class Observability implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** @param streams the app whose metrics to export, or null (a test driver has none) */
    public Observability(KafkaStreams streams) {
        Metrics.addRegistry(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        gc.bindTo(registry);
        streamsMetrics = streams == null ? null : new KafkaStreamsMetrics(streams);
        if (streamsMetrics != null) {
            streamsMetrics.bindTo(registry);
        }
    }

    /** @return every metric in the Prometheus text format */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        gc.close();
        registry.close();
    }
}
