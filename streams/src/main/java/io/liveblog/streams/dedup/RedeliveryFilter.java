package io.liveblog.streams.dedup;

import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Level 1 of deduplication: drops an update that was already delivered (same post id, content hash and
 * last-modified time), remembering deliveries in a bounded window store. A post edited back to an earlier text
 * carries a new last-modified time and passes; a feed that re-sends yesterday's items does not. Deletions
 * (tombstones) always pass: they are idempotent downstream.
 */
public final class RedeliveryFilter implements FixedKeyProcessor<String, LiveBlogUpdate, LiveBlogUpdate> {

    private static final Logger LOG = LoggerFactory.getLogger(RedeliveryFilter.class);

    private final String storeName;
    private final Duration retention;
    private FixedKeyProcessorContext<String, LiveBlogUpdate> context;
    private WindowStore<String, Long> seen;
    private Sensor dropped;

    /**
     * @param storeName the window store (retention = {@code retention})
     * @param retention how long a delivery is remembered
     */
    public RedeliveryFilter(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, LiveBlogUpdate> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
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
        String key = deliveryKey(update);
        long ts = record.timestamp();
        if (alreadySeen(key, ts)) {
            dropped.record(1);
            LOG.debug("Dropping re-delivered update of post {} (hash {})", update.getPostId(),
                    update.getContentHash());
            return;
        }
        seen.put(key, ts, ts);
        context.forward(record);
    }

    private boolean alreadySeen(String key, long ts) {
        long from = Math.max(0, ts - retention.toMillis());
        try (WindowStoreIterator<Long> it = seen.fetch(key, Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(ts + retention.toMillis()))) {
            return it.hasNext();
        }
    }

    /** @return the identity of one delivery of one post version */
    static String deliveryKey(LiveBlogUpdate u) {
        Instant updated = u.getUpdatedAt();
        return u.getPostId() + '|' + u.getContentHash() + '|' + (updated == null ? "-" : updated.toEpochMilli());
    }
}
