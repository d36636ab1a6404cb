package io.liveblog.cli.bench;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling the bench measures the pipeline against: a Kafka Streams app that reads the same Avro updates,
 * deserialises them, re-serialises them and writes them out, under the same processing guarantee, and nothing else.
 */
public final class PassthroughTopology {

    private PassthroughTopology() {
    }

    /**
     * @param inputTopic the updates topic
     * @param outputTopic where the copies go
     * @return the topology
     */
    public static Topology build(String inputTopic, String outputTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(inputTopic, Consumed.with(Serdes.String(), Topics.UPDATE_SERDE).withName("read-updates"))
                .to(outputTopic, Produced.with(Serdes.String(), Topics.UPDATE_SERDE).withName("write-copies"));
        return builder.build();
    }
}
