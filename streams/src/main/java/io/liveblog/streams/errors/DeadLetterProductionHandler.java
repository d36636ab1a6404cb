package io.liveblog.streams.errors;

import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.Topic;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record the broker refuses for its own sake (too large) or that cannot be serialised goes to the
 * dead-letter topic; any other send failure fails the task, so a broken cluster is not mistaken for bad data.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private Topic<String, DeadLetter> topic;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (e instanceof RecordTooLargeException) {
            LOG.error("Output to {} too large ({}); sent to {}", record.topic(), e.getMessage(), topic.name());
            return Response.resume(List.of(DeadLetters.record(topic, ctx, "output record too large", e)));
        }
        LOG.error("Cannot write to {}: {}", record.topic(), e.toString());
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
                                             SerializationExceptionOrigin origin) {
        LOG.error("Cannot serialise the {} of an output record to {}: {}", origin, record.topic(), e.toString());
        return Response.resume(List.of(DeadLetters.record(topic, ctx, "output not serialisable", e)));
    }
}
