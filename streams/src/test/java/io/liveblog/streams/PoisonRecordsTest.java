package io.liveblog.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
 * {@code CrashRecoveryIT} finds each such record on a real broker's dead-letter topic exactly once.
 */
class PoisonRecordsTest {

    private static final int POISON = 1000;
    private static final Instant NOW = Instant.parse("2024-02-01T12:00:00Z");

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
                    if (impossibleTime(sent)) {
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

    /** @return whether poison record n is a decodable update with impossible times (kinds 4 to 6) */
    private static boolean impossibleTime(int n) {
        return n % 8 >= 4 && n % 8 <= 6;
    }

    /** One poison record of eight kinds, in turn. */
    private static TestRecord<String, byte[]> poisonRecord(int n, Random random) {
        String key = "poison-" + n;
        LiveBlogUpdate valid = Fixtures.update(key, "2024-01-30T12:00:00Z", "Poison " + n,
                "[[killed 999 exact incremental reported gaza-strip Nobody|999 killed]]");
        byte[] encoded = Topics.UPDATE_SERDE.encode(valid);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = switch (n % 8) {
            case 0 -> randomBytes(random, 1 + random.nextInt(500));
            case 1 -> {
                byte[] b = randomBytes(random, 10 + random.nextInt(200));
                b[0] = (byte) 0xC3; // the single-object marker, then a fingerprint no schema has
                b[1] = 0x01;
                yield b;
            }
            case 2 -> Arrays.copyOf(encoded, 10 + random.nextInt(encoded.length - 20));
            case 3 -> Topics.DEAD_LETTER_SERDE.encode(DeadLetter.newBuilder().setReason("r").setStage("s")
                    .setSource("x").setPayload(ByteBuffer.wrap(new byte[0])).setOccurredAt(NOW).build());
            case 4 -> Topics.UPDATE_SERDE.encode(LiveBlogUpdate.newBuilder(valid)
                    .setPublishedAt(Instant.parse("9999-12-31T00:00:00Z")).build());
            case 5 -> Topics.UPDATE_SERDE.encode(LiveBlogUpdate.newBuilder(valid)
                    .setPublishedAt(Instant.parse("0001-01-01T00:00:00Z")).build());
            case 6 -> {
                headers.add(Topics.FETCH_TIME_HEADER, "2024-01-25T00:00:00Z".getBytes(StandardCharsets.UTF_8));
                yield encoded; // published five days after the producer read it
            }
            default -> new byte[0];
        };
        return new TestRecord<>(key, value, headers, NOW);
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
