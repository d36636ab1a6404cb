package io.liveblog.streams.errors;

import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.Topic;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record that cannot be decoded (not Avro, unknown schema) goes to the dead-letter topic; processing continues. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private Topic<String, DeadLetter> topic;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
        LOG.warn("Cannot decode record {}-{}@{}: {}; sent to {}", record.topic(), record.partition(),
                record.offset(), e.getMessage(), topic.name());
        return Response.resume(List.of(DeadLetters.record(topic, ctx, "undecodable record", e)));
    }
}
