package io.liveblog.streams.errors;

import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.Topic;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing throws (e.g. a post the extractor cannot handle) goes to the dead-letter topic with the
 * exception, and the app moves on instead of dying on one bad post.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private Topic<String, DeadLetter> topic;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, org.apache.kafka.streams.processor.api.Record<?, ?> record,
                                Exception e) {
        LOG.error("Processing failed in {} for key {} ({}-{}@{}); sent to {}", ctx.processorNodeId(), record.key(),
                ctx.topic(), ctx.partition(), ctx.offset(), topic.name(), e);
        return Response.resume(List.of(DeadLetters.record(topic, ctx, "processing failed in "
                + ctx.processorNodeId(), e)));
    }
}
