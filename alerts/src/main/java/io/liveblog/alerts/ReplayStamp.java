package io.liveblog.alerts;

import io.liveblog.schema.LocationAggregate;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks the aggregates that were already on the topic when the alerts app started (offset below the end offset it
 * saw then): alerts raised while catching up on history are labelled {@code replay}, so a new deployment or a
 * replay does not page anyone about last month as if it had just happened. The mark travels as a record header
 * through the repartition topic.
 */
final class ReplayStamp implements FixedKeyProcessor<String, LocationAggregate, LocationAggregate> {

    /** Header present on aggregates that were history when the app started. */
    static final String HEADER = "liveblog-replay";

    private final Map<Integer, Long> historyEnd;
    private FixedKeyProcessorContext<String, LocationAggregate> context;

    /** @param historyEnd per partition of the aggregates topic, its end offset when the app started */
    ReplayStamp(Map<Integer, Long> historyEnd) {
        this.historyEnd = historyEnd;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, LocationAggregate> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, LocationAggregate> record) {
        boolean history = context.recordMetadata()
                .map(m -> m.offset() < historyEnd.getOrDefault(m.partition(), 0L))
                .orElse(false);
        if (history) {
            record.headers().remove(HEADER);
            record.headers().add(HEADER, "1".getBytes(StandardCharsets.UTF_8));
        }
        context.forward(record);
    }
}
