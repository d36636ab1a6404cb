package io.liveblog.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.errors.PoisonRecords;
import io.liveblog.topics.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input written straight to the updates topic, as another producer or a broken connector would: a thousand
 * poison records of eight kinds mixed into a blog's posts. Nothing escapes the app, and the blog's numbers, including
 * an edit that comes after a record dated 9999, are those of the same posts without the poison. Updates with
 * impossible times land on the dead-letter topic once each, with the reason and their position.
 *
 * <p>The records that cannot be decoded at all (random bytes, an unknown schema, a cut datum, another record type,
 * an empty value) go through the deserialization handler, whose dead letters {@code TopologyTestDriver} does not
 * deliver to its output topics: {@code DeadLetterHandlersTest} checks the letter the handler makes, and
 * {@code HostileInputIT} ({@code liveblog fuzz} reduced) finds every poison record of the eight kinds on a real
 * broker's dead-letter topic, named by its position.
 */
class PoisonRecordsTest {

    private static final int POISON = 1000;

    @TempDir
    Path dir;

    @Test
    void aThousandPoisonRecordsAreDeadLetteredOnceEachAndTheBlogCountsOnAsWithout() {
        List<LiveBlogUpdate> posts = posts();
        Run clean = run("clean", posts, 0);
        Run poisoned = run("poisoned", posts, POISON);
        assertTrue(clean.deadLetters.isEmpty(), "clean posts are not dead-lettered: " + clean.deadLetters);
        assertFalse(clean.aggregates.isEmpty());
        assertEquals(clean.aggregates, poisoned.aggregates);
        assertEquals(poisoned.timePoisonOffsets.size(), poisoned.deadLetters.size(), "each impossible time once");
        Set<Long> lettered = new TreeSet<>();
        for (DeadLetter d : poisoned.deadLetters) {
            assertFalse(d.getReason().isBlank());
            assertEquals("streams", d.getStage());
            String prefix = poisoned.updatesTopic + "-0@";
            assertTrue(d.getSource().startsWith(prefix), d.getSource());
            lettered.add(Long.parseLong(d.getSource().substring(prefix.length()).split(" ")[0]));
        }
        assertEquals(poisoned.timePoisonOffsets, lettered, "the dead letters name exactly those records");
        assertEquals(3 * POISON / 8, lettered.size());
        assertTrue(poisoned.deadLetters.stream().anyMatch(d -> d.getReason().contains("9999")
                && d.getReason().contains("placeholder")), "a date of 9999 is named as such");
        assertTrue(poisoned.deadLetters.stream().anyMatch(d -> d.getReason().contains("after the producer read")),
                "a post from after its fetch is named as such");
    }

    /** A blog's day: a toll, a convoy, a strike, and late in the day an edit of the first post. */
    private static List<LiveBlogUpdate> posts() {
        List<LiveBlogUpdate> out = new ArrayList<>();
        out.add(Fixtures.update("p1", "2024-01-30T08:00:00Z", "Toll", "The ministry said "
                + "[[killed 178 at_least cumulative reported gaza-strip Gaza_MoH|at least 178 killed]]."));
        out.add(Fixtures.update("p2", "2024-01-30T09:00:00Z", "Convoy", "Officials said "
                + "[[aid_trucks 55 exact incremental reported rafah-crossing Crossing_authority|55 aid trucks]] "
                + "entered."));
        out.add(Fixtures.update("p3", "2024-01-30T10:00:00Z", "Strike", "Medics said "
                + "[[killed 4 exact incremental reported jabalya Medics|four people]] died."));
        for (int i = 4; i <= 30; i++) {
            out.add(Fixtures.update("p" + i, String.format("2024-01-30T%02d:%02d:00Z", 10 + i / 4, (i % 4) * 15),
                    "Update " + i, "No figures in post " + i + "."));
        }
        LiveBlogUpdate edit = Fixtures.update("p1", "2024-01-30T08:00:00Z", "Toll", "The ministry said "
                + "[[killed 184 at_least cumulative reported gaza-strip Gaza_MoH|at least 184 killed]].");
        out.add(LiveBlogUpdate.newBuilder(edit).setUpdatedAt(Instant.parse("2024-01-30T20:00:00Z")).build());
        return out;
    }

    private record Run(String updatesTopic, Map<String, LocationAggregate> aggregates, List<DeadLetter> deadLetters,
                       Set<Long> timePoisonOffsets) {
    }

    private Run run(String app, List<LiveBlogUpdate> posts, int poison) {
        PipelineConfig config = PipelineConfig.defaults().withApplication(app, dir.resolve(app))
                .withBootstrapServers("unused:9092");
        // the app's own settings: its exception handlers write the dead letters
        Properties props = StreamsApp.streamsProperties(config);
        props.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        Random random = new Random(7);
        Set<Long> timePoisonOffsets = new TreeSet<>();
        Map<String, LocationAggregate> aggregates = new TreeMap<>();
        List<DeadLetter> letters = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(LiveBlogTopology.build(config, Fixtures.EXTRACTOR),
                props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(config.updatesTopic(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            long offset = 0;
            int sent = 0;
            for (int i = 0; i < posts.size(); i++) {
                // the poison is spread between the posts, most of it before the edit at the end
                int due = poison * (i + 1) / posts.size();
                while (sent < due) {
                    in.pipeInput(poisonRecord(sent, random));
                    if (PoisonRecords.impossibleTime(sent)) {
                        timePoisonOffsets.add(offset);
                    }
                    offset++;
                    sent++;
                }
                LiveBlogUpdate u = posts.get(i);
                in.pipeInput(u.getPostId(), Topics.UPDATE_SERDE.encode(u), u.getPublishedAt());
                offset++;
            }
            driver.advanceWallClockTime(config.commitInterval());
            for (KeyValue<String, LocationAggregate> kv : driver.createOutputTopic(config.aggregatesTopic(),
                    Serdes.String().deserializer(), Topics.AGGREGATE_SERDE.deserializer()).readKeyValuesToList()) {
                if (kv.value == null) {
                    aggregates.remove(kv.key);
                } else {
                    aggregates.put(kv.key, kv.value);
                }
            }
            letters.addAll(driver.createOutputTopic(config.deadLetterTopic(), Serdes.String().deserializer(),
                    Topics.DEAD_LETTER_SERDE.deserializer()).readValuesToList());
        }
        return new Run(config.updatesTopic(), aggregates, letters, timePoisonOffsets);
    }

    /** Poison record n ({@link PoisonRecords}) as the test driver takes it. */
    private static TestRecord<String, byte[]> poisonRecord(int n, Random random) {
        org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> r = PoisonRecords.record("unused", n, random);
        return new TestRecord<>(r.key(), r.value(), r.headers(), Instant.ofEpochMilli(r.timestamp()));
    }
}
