package io.liveblog.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.PostClaims;
import io.liveblog.topics.AvroSerde;
import io.liveblog.topics.ReleasedSchemas;
import io.liveblog.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records written by a released version stay readable after the schemas changed: the updates topic retained for
 * audits, the changelogs state stores are restored from and the repartition topic all hold records of the version
 * that wrote them. Each record here is written as the released version would write it (its own schema, its own
 * fingerprint) and read by today's serdes; a topic holding both versions gives the aggregates a topic of today's
 * records gives.
 */
class ReleasedVersionsTest {

    private static final String V1 = "v1";

    @TempDir
    Path dir;

    @Test
    void everyTopicAndStoreSerdeReadsWhatTheFirstReleaseWrote() {
        Claim claim = claim();
        assertReadsV1(Topics.UPDATE_SERDE, Fixtures.update("p1", "2023-12-02T10:00:00Z", "h", "body"));
        assertReadsV1(Topics.CLAIM_SERDE, claim);
        assertReadsV1(InternalSerdes.STORED_CLAIM, claim);
        assertReadsV1(InternalSerdes.CLAIM_CHANGE, new ClaimChange(claim, false, "gaza-strip"));
        assertReadsV1(InternalSerdes.POST_CLAIMS, PostClaims.newBuilder().setPostId("p1").setVersion(1)
                .setContentHash("h1").setPublishedAt(Instant.parse("2023-12-02T10:00:00Z"))
                .setClaims(List.of(claim)).build());
        assertReadsV1(Topics.AGGREGATE_SERDE, aggregate());
    }

    @Test
    void theReleasedSchemasDifferFromTodaysSoTheTestReadsAnotherWriter() {
        for (String name : List.of("LiveBlogUpdate", "Claim", "LocationAggregate", "PostClaims")) {
            Schema released = ReleasedSchemas.of(V1, name);
            Schema today = "LocationAggregate".equals(name) ? LocationAggregate.getClassSchema()
                    : "Claim".equals(name) ? Claim.getClassSchema()
                    : "PostClaims".equals(name) ? PostClaims.getClassSchema() : LiveBlogUpdate.getClassSchema();
            assertNotEquals(SchemaNormalization.parsingFingerprint64(today),
                    SchemaNormalization.parsingFingerprint64(released), name);
        }
    }

    @Test
    void aSerdeWithoutTheReleasedSchemasCannotReadThem() {
        AvroSerde<LiveBlogUpdate> todayOnly = new AvroSerde<>(LiveBlogUpdate.class, LiveBlogUpdate.getClassSchema(),
                List.of());
        byte[] v1 = writtenBy(ReleasedSchemas.of(V1, "LiveBlogUpdate"),
                Fixtures.update("p1", "2023-12-02T10:00:00Z", "h", "body"));
        assertThrowsSerialization(() -> todayOnly.decode(v1));
    }

    @Test
    void aTopicOfBothVersionsGivesTheAggregatesOfOneVersion() {
        List<LiveBlogUpdate> posts = List.of(
                Fixtures.update("p1", "2023-12-02T10:00:00Z", "Convoy",
                        "Officials said [[aid_trucks 55 exact incremental reported rafah-crossing Crossing_authority"
                                + "|55 aid trucks]] entered."),
                Fixtures.update("p2", "2023-12-02T11:00:00Z", "Toll",
                        "The ministry said [[killed 178 at_least cumulative reported gaza-strip Gaza_MoH"
                                + "|at least 178 killed]]."),
                Fixtures.update("p3", "2023-12-02T12:00:00Z", "Toll rises",
                        "The ministry said [[killed 184 at_least cumulative reported gaza-strip Gaza_MoH"
                                + "|at least 184 killed]]."),
                Fixtures.update("p4", "2023-12-02T13:00:00Z", "Strike",
                        "Medics said [[killed 4 exact incremental reported jabalya Medics|four people]] died."));
        Map<String, LocationAggregate> today = run("today", posts, i -> false);
        Map<String, LocationAggregate> mixed = run("mixed", posts, i -> i % 2 == 0);
        assertFalse(today.isEmpty());
        assertEquals(today, mixed);
        assertEquals(55L, today.get("rafah-crossing|aid_trucks|total").getValue());
        assertEquals(184L, today.get("gaza-strip|killed|total").getValue());
    }

    /** Pipes the posts as raw bytes, those chosen written by the first release, and returns the aggregates. */
    private Map<String, LocationAggregate> run(String app, List<LiveBlogUpdate> posts,
                                               java.util.function.IntPredicate byV1) {
        PipelineConfig config = PipelineConfig.defaults().withApplication(app, dir.resolve(app));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        Map<String, LocationAggregate> out = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(LiveBlogTopology.build(config, Fixtures.EXTRACTOR),
                props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(config.updatesTopic(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            Schema v1 = ReleasedSchemas.of(V1, "LiveBlogUpdate");
            for (int i = 0; i < posts.size(); i++) {
                LiveBlogUpdate u = posts.get(i);
                byte[] bytes = byV1.test(i) ? writtenBy(v1, u) : Topics.UPDATE_SERDE.encode(u);
                in.pipeInput(u.getPostId(), bytes, u.getPublishedAt());
            }
            driver.advanceWallClockTime(config.commitInterval());
            var aggregates = driver.createOutputTopic(config.aggregatesTopic(), Serdes.String().deserializer(),
                    Topics.AGGREGATE_SERDE.deserializer());
            for (KeyValue<String, LocationAggregate> kv : aggregates.readKeyValuesToList()) {
                if (kv.value == null) {
                    out.remove(kv.key);
                } else {
                    out.put(kv.key, kv.value);
                }
            }
            var deadLetters = driver.createOutputTopic(config.deadLetterTopic(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            assertTrue(deadLetters.isEmpty(), "nothing dead-lettered");
        }
        return out;
    }

    /** Writes a record as it is today, reads it into the given writer schema and encodes it as that writer would. */
    private static byte[] writtenBy(Schema writer, SpecificRecord today) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            BinaryEncoder enc = EncoderFactory.get().binaryEncoder(buf, null);
            new SpecificDatumWriter<SpecificRecord>(today.getSchema()).write(today, enc);
            enc.flush();
            GenericRecord old = new GenericDatumReader<GenericRecord>(today.getSchema(), writer)
                    .read(null, DecoderFactory.get().binaryDecoder(buf.toByteArray(), null));
            ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(old);
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The record today's serde reads from the bytes the released version wrote: the fields that version had, and the
     * defaults of those added since (the test's records leave them at their defaults, so the whole record matches).
     */
    private static <T extends SpecificRecord> void assertReadsV1(AvroSerde<T> serde, T today) {
        Schema released = ReleasedSchemas.of(V1, today.getSchema().getName());
        byte[] bytes = writtenBy(released, today);
        assertEquals(SchemaNormalization.parsingFingerprint64(released), ByteBuffer.wrap(bytes, 2, 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(), "written with the released schema's fingerprint");
        assertEquals(today, serde.decode(bytes), today.getSchema().getName());
        assertNull(serde.deserializer().deserialize("t", null));
    }

    private static void assertThrowsSerialization(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.kafka.common.errors.SerializationException.class, e);
    }

    private static Claim claim() {
        return Claim.newBuilder()
                .setClaimId("c1").setPostId("p1").setPostVersion(1).setBlogId("b").setContentHash("h1")
                .setKind("casualty")
                .setMetric("killed").setValue(4L).setLow(4L).setHigh(4L).setQualifier("exact")
                .setScope("incremental").setModality("reported").setLocation("Gaza Strip")
                .setLocationIds(List.of("ps", "gaza-strip")).setLocationPath(List.of("Palestinian territories",
                        "Gaza Strip"))
                .setSource("Medics").setField("body").setText("four people").setSentence("Four people died.")
                .setSpanStart(0).setSpanEnd(11).setEventTime(Instant.parse("2023-12-02T10:00:00Z"))
                .setEventDate("2023-12-02").build();
    }

    private static LocationAggregate aggregate() {
        return LocationAggregate.newBuilder()
                .setLocation("Gaza Strip").setLocationId("gaza-strip")
                .setLocationPath(List.of("Palestinian territories", "Gaza Strip")).setKind("casualty")
                .setMetric("killed").setWindow("total").setValue(4L).setLow(4L).setHigh(4L)
                .setClaimIds(List.of("c1")).setFactCount(1)
                .setAuthorities(List.of(AuthorityFigure.newBuilder().setAuthority("medics").setValue(4L).setLow(4L)
                        .setHigh(4L).setClaimIds(List.of("c1")).build()))
                .setAsOf(Instant.parse("2023-12-02T10:00:00Z")).build();
    }
}
