package io.liveblog.streams.dedup;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.PlausibleTimes;
import io.liveblog.streams.time.BlogClocks;
import io.liveblog.streams.time.ExpiryIndex;
import java.time.Duration;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Level 1 of deduplication: drops an update that was already delivered (same post id, content hash and
 * last-modified time; the rule is {@link Deliveries}'). A post edited back to an earlier text carries a new last-modified time and passes; a feed
 * that re-sends yesterday's items does not — also after the post was edited since, when the re-sent old version
 * would otherwise look like an edit back. Deletions (tombstones) always pass: they are idempotent downstream.
 *
 * <p>First, an update whose times cannot be a live blog's ({@link PlausibleTimes}) is dead-lettered before any clock
 * sees it.
 *
 * <p>A delivery is remembered for the retention on its own blog's clock ({@link BlogClocks}), found again for
 * forgetting through an index by (blog, due time); so what is remembered does not depend on other blogs in the topic
 * or on how the topic is partitioned.
 */
public final class RedeliveryFilter implements FixedKeyProcessor<String, LiveBlogUpdate, LiveBlogUpdate> {

    private static final Logger LOG = LoggerFactory.getLogger(RedeliveryFilter.class);

    private final String storeName;
    private final String expiryStoreName;
    private final String clocksStoreName;
    private final Duration retention;
    private FixedKeyProcessorContext<String, LiveBlogUpdate> context;
    private Deliveries deliveries;
    private Sensor dropped;

    /**
     * @param storeName key-value store of deliveries ({@link Deliveries#key} -> event time)
     * @param expiryStoreName key-value store indexing deliveries by blog and due time ({@link ExpiryIndex})
     * @param clocksStoreName key-value store of each blog's clock ({@link BlogClocks})
     * @param retention how long a delivery is remembered, on its blog's clock
     */
    public RedeliveryFilter(String storeName, String expiryStoreName, String clocksStoreName, Duration retention) {
        this.storeName = storeName;
        this.expiryStoreName = expiryStoreName;
        this.clocksStoreName = clocksStoreName;
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, LiveBlogUpdate> context) {
        this.context = context;
        KeyValueStore<String, Long> delivered = context.getStateStore(storeName);
        KeyValueStore<String, String> expiryStore = context.getStateStore(expiryStoreName);
        KeyValueStore<String, Long> clockStore = context.getStateStore(clocksStoreName);
        // the clocks store is version-posts' too: read it without a copy in memory that would miss its writes
        this.deliveries = new Deliveries(delivered, new ExpiryIndex(expiryStore), new BlogClocks(clockStore),
                retention);
        this.dropped = context.metrics().addSensor("redelivered-updates-dropped", Sensor.RecordingLevel.INFO);
        MetricName name = new MetricName("redelivered-updates-dropped-total", "liveblog-dedup",
                "Updates dropped because the same post version was already delivered",
                java.util.Map.of("task-id", context.taskId().toString()));
        dropped.add(name, new CumulativeSum());
    }

    @Override
    public void process(FixedKeyRecord<String, LiveBlogUpdate> record) {
        LiveBlogUpdate update = record.value();
        if (update == null) {
            context.forward(record);
            return;
        }
        long ts = record.timestamp();
        var header = record.headers().lastHeader(io.liveblog.topics.Topics.FETCH_TIME_HEADER);
        PlausibleTimes.problem(update, ts, PlausibleTimes.fetchedAt(header == null ? null : header.value()))
                .ifPresent(problem -> {
                    throw new ImplausibleTimeException("post " + update.getPostId() + " of blog " + update.getBlogId()
                            + ": " + problem + "; the update is not applied, so no blog's clock moves for it");
                });
        if (!deliveries.first(update, ts)) {
            dropped.record(1);
            LOG.debug("Dropping re-delivered update of post {} (hash {})", update.getPostId(),
                    update.getContentHash());
            return;
        }
        context.forward(record);
    }
}
