package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.fixture;
import static io.liveblog.cli.ItSupport.isolatedConfig;
import static io.liveblog.cli.ItSupport.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot command end to end on a real broker: produce, process, snapshot, replay. */
class ProcessCommandIT {

    @RegisterExtension
    static final SharedBroker kafka = new SharedBroker();

    @TempDir
    Path dir;

    private Snapshot process(String testName, Path... inputs) throws Exception {
        Path out = dir.resolve(testName + ".json");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("process",
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--config", isolatedConfig(dir, testName).toString(), "--snapshot", out.toString()));
        for (Path p : inputs) {
            args.add("--input");
            args.add(p.toString());
        }
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return Snapshot.read(out);
    }

    @Test
    void aidFiguresReachTheCrossingAndRollUpToTheStrip() throws Exception {
        Snapshot s = process("aid", fixture("border-day.txt"));
        SnapshotAggregate trucks = total(s, "rafah crossing", "aid_trucks").orElseThrow(
                () -> new AssertionError("no aid_trucks at the Rafah crossing: " + s.aggregates()));
        assertEquals(40L, trucks.value());
        assertTrue(trucks.locationPath().contains("Gaza Strip"), trucks.locationPath().toString());
        assertEquals(2L, total(s, "rafah crossing", "fuel_trucks").orElseThrow().value());
        assertEquals(40L, total(s, "gaza strip", "aid_trucks").orElseThrow().value());
        String claimId = trucks.claimIds().get(0);
        var claim = s.claims().stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
        assertTrue(claim.sentence().contains("Forty aid trucks"), claim.sentence());
    }

    @Test
    void theSameFileTwiceGivesTheSameAggregatesAsOnce() throws Exception {
        Snapshot once = process("once", fixture("border-day.txt"));
        Snapshot twice = process("twice", fixture("border-day.txt"), fixture("border-day.txt"));
        assertFalse(once.aggregates().isEmpty());
        assertEquals(once.aggregates(), twice.aggregates());
        assertEquals(once.claims(), twice.claims());
    }

    @Test
    void anEditedPostMovesTheAggregateToTheNewFigureOnly() throws Exception {
        Snapshot before = process("before-edit", fixture("edit-v1.jsonl"));
        assertEquals(212L, total(before, "gaza strip", "killed").orElseThrow().value());

        Snapshot after = process("after-edit", fixture("edit-v1.jsonl"), fixture("edit-v2.jsonl"));
        SnapshotAggregate killed = total(after, "gaza strip", "killed").orElseThrow();
        assertEquals(230L, killed.value());
        assertEquals(1, killed.claimIds().size(), "the old version's claim was retracted");
        assertTrue(after.claims().stream().noneMatch(c -> c.value() != null && c.value() == 212L));
        assertEquals(30L, total(after, "kerem shalom", "aid_trucks").orElseThrow().value(),
                "the other post is untouched");
    }

    @Test
    void unusableInputExitsWithTwoBeforeStartingAnything() throws Exception {
        Path bogus = dir.resolve("notes.docx");
        Files.writeString(bogus, "x");
        assertEquals(2, Main.run("process", "--input", bogus.toString(), "--snapshot",
                dir.resolve("x.json").toString()));
        assertEquals(2, Main.run("process", "--input", dir.resolve("missing.txt").toString(), "--snapshot",
                dir.resolve("x.json").toString()));
    }

    @Test
    void strictCountsWhatTheStreamsAppDeadLettersAndSaysWhy() throws Exception {
        Path config = isolatedConfig(dir, "strict");
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newBufferedReader(config)) {
            props.load(in);
        }
        java.util.Properties producer = new java.util.Properties();
        producer.put("bootstrap.servers", kafka.bootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(producer)) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(
                    props.getProperty("liveblog.topic.updates"), 1, (short) 1))).all().get();
        }
        try (var poison = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(producer,
                new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            // written by another tool straight to the topic: not a post, so only the streams app can reject it
            poison.send(new org.apache.kafka.clients.producer.ProducerRecord<>(props.getProperty(
                    "liveblog.topic.updates"), "poison".getBytes(), "not an Avro post".getBytes())).get();
        }
        Path out = dir.resolve("strict.json");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        int code;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            code = Main.run("process", "--strict", "--bootstrap-servers", kafka.bootstrapServers(), "--config",
                    config.toString(), "--snapshot", out.toString(), "--input", fixture("border-day.txt").toString());
        } finally {
            System.setErr(before);
        }
        String log = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, code, log);
        assertTrue(log.contains("Dead-lettered in this run: 1 "), log);
        assertTrue(log.lines().anyMatch(l -> l.trim().startsWith("streams") && l.contains("undecodable record")), log);
        assertEquals(40L, total(Snapshot.read(out), "rafah crossing", "aid_trucks").orElseThrow().value(),
                "the good posts are processed and the snapshot written");
    }

    private static Path seed() {
        Path seed = Path.of(System.getProperty("liveblog.seed",
                "../../shared/seeds/cnn-liveblog-2023-12-02.txt")).toAbsolutePath().normalize();
        assumeTrue(Files.isReadable(seed), "seed live blog not present at " + seed);
        return seed;
    }

    @Test
    void theSeedWithOnePostEditedMovesTheAggregateToTheNewFigureOnly() throws Exception {
        String text = Files.readString(seed());
        // the page has a no-break space after the number
        java.util.regex.Pattern toll = java.util.regex.Pattern.compile("at least 178([\\s\\u00A0]+people have been killed)");
        assertTrue(toll.matcher(text).find(), "the seed's toll sentence");
        Path edited = Files.createDirectories(dir.resolve("edited")).resolve("cnn-liveblog-2023-12-02.txt");
        Files.writeString(edited, toll.matcher(text).replaceFirst("at least 184$1"));

        Snapshot original = process("seed-original", seed());
        Snapshot after = process("seed-edited", seed(), edited);
        assertEquals(178L, total(original, "gaza strip", "killed").orElseThrow().value());
        SnapshotAggregate killed = total(after, "gaza strip", "killed").orElseThrow();
        assertEquals(184L, killed.value());
        assertTrue(after.claims().stream().noneMatch(c -> Long.valueOf(178L).equals(c.value())),
                "the 178 claim was retracted with the old version");
        assertEquals(2, after.claims().stream().filter(c -> c.text().contains("184")).findFirst().orElseThrow()
                .postVersion());
        // the edited post's other figures are re-asserted under new claim ids (new version); their values stay
        java.util.function.Function<Snapshot, List<String>> values = snap -> snap.aggregates().stream()
                .filter(a -> !a.metric().equals("killed"))
                .map(a -> a.locationId() + "|" + a.metric() + "|" + a.window() + "=" + a.value() + "/" + a.low()
                        + "/" + a.high() + "/" + a.factCount())
                .toList();
        assertEquals(values.apply(original), values.apply(after), "nothing else moved");
    }

    @Test
    void theSeedLiveBlogGivesTheAnalystsAidFigures() throws Exception {
        Snapshot s = process("seed", seed());
        SnapshotAggregate trucks = total(s, "rafah crossing", "aid_trucks").orElseThrow();
        assertEquals(55L, trucks.value());
        assertTrue(trucks.locationPath().contains("Gaza Strip"));
        assertEquals(3L, total(s, "rafah crossing", "fuel_trucks").orElseThrow().value());

        SnapshotAggregate wounded = total(s, "ahli", "injured").orElseThrow();
        assertEquals(150L, wounded.value());
        assertEquals(1, wounded.factCount(), "quoted in two posts, counted once");
        assertEquals(2, wounded.claimIds().size(), "both citations kept");
        SnapshotAggregate dead = total(s, "ahli", "killed").orElseThrow();
        assertEquals(100L, dead.value());
        assertEquals(1, dead.factCount());
        assertEquals(178L, total(s, "gaza strip", "killed").orElseThrow().value(), "178, not 178 plus its parts");

        java.util.Set<String> background = new java.util.HashSet<>();
        s.claims().stream().filter(c -> c.scope().equals("background")).forEach(c -> background.add(c.id()));
        assertFalse(background.isEmpty(), "the October 7 figures are background claims");
        assertTrue(s.aggregates().stream().flatMap(a -> a.claimIds().stream()).noneMatch(background::contains),
                "background figures are absent from aggregates");
    }
}
