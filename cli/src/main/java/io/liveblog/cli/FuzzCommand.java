package io.liveblog.cli;

import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.read.HostileInputs;
import io.liveblog.schema.DeadLetter;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import io.liveblog.streams.errors.PoisonRecords;
import io.liveblog.topics.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code liveblog fuzz}: hostile input at volume through the producer to a real broker. Writes N malformed inputs of
 * every format the producer reads ({@link HostileInputs}), publishes them as {@code produce} does, reads the
 * dead-letter topic back and checks that every input is there, with a reason and its source position. (A document cut
 * short still holds the complete entries before the cut; those are published as the posts they are.)
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Write N malformed inputs of every format the producer reads (JSON Lines lines, CNN-style "
                + "posts, RSS, Atom, Guardian JSON and HTML documents: truncated, invalid UTF-8, binary, empty, "
                + "control characters, over-long, deeply nested, billion laughs, external entities, wrong types, "
                + "dates far past and future), publish them to the cluster (embedded by default) as produce does, "
                + "and check on the dead-letter topic that every one is there with its reason and source position.",
            "Ends with: fuzz: ... all dead-lettered | NOT ALL."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input is on the dead-letter topic with a reason and its position",
            "1:some input is missing from the topic", "2:unusable options"})
final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--inputs", defaultValue = "10000", paramLabel = "N",
            description = "Malformed inputs per format (default ${DEFAULT-VALUE}).")
    int inputs;

    @Option(names = "--poison", defaultValue = "1000", paramLabel = "M",
            description = "Poison records (eight kinds) written straight to the updates topic with a plain producer, "
                    + "for the streams app to dead-letter (default ${DEFAULT-VALUE}).")
    int poison;

    @Option(names = "--seed", defaultValue = "11", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    WorkDirOption workDir = new WorkDirOption();

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws IOException {
        if (inputs < 1) {
            throw new UsageException("--inputs must be at least 1");
        }
        Path dir = workDir.open("liveblog-fuzz-");
        boolean passed = false;
        try {
            int exit = run(dir);
            passed = exit == ExitCodes.OK;
            return exit;
        } finally {
            workDir.close(dir, passed);
        }
    }

    private int run(Path dir) throws IOException {
        HostileInputs generate = new HostileInputs(seed);
        Path jsonl = dir.resolve("hostile.jsonl");
        generate.writeJsonLines(jsonl, inputs);
        Path text = dir.resolve("hostile.txt");
        List<Integer> postLines = generate.writeCnnText(text, inputs);
        List<Path> files = new ArrayList<>(List.of(jsonl, text));
        for (String ext : HostileInputs.DOCUMENT_FORMATS) {
            Path formatDir = Files.createDirectories(dir.resolve(ext));
            for (int i = 0; i < inputs; i++) {
                Path file = formatDir.resolve(i + "." + ext);
                Files.write(file, generate.document(ext, i));
                files.add(file);
            }
        }
        long started = System.nanoTime();
        // topics and application of its own: the run writes garbage and must not touch a pipeline's real topics
        String run = "fuzz-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        PipelineConfig config = cluster.config().withTopicSuffix("." + run)
                .withApplication("liveblog-" + run, Files.createDirectories(dir.resolve("state")));
        try (Cluster c = Cluster.open(config, true)) {
            Topic<String, DeadLetter> topic = c.config().deadLetters();
            Map<Integer, Long> before = DeadLetterTally.mark(c.clientProperties(), topic);
            PublishSummary summary;
            try (KafkaUpdateSink sink = Publishing.kafkaSink(c.config())) {
                summary = Publishing.publish(files, sink, null, Publishing.zones(Map.of()));
            }
            Set<String> sources = new HashSet<>();
            long[] blank = new long[1];
            long[] letters = new long[1];
            CompactedTopicReader.scanFrom(c.clientProperties(), topic, before, (key, letter) -> {
                letters[0]++;
                sources.add(letter.getSource());
                if (letter.getReason() == null || letter.getReason().isBlank()) {
                    blank[0]++;
                }
            });
            Set<String> postStarts = new HashSet<>();
            Set<String> documents = new HashSet<>();
            for (String source : sources) {
                int dash = source.indexOf('-', text.toString().length());
                if (source.startsWith(text + ":") && dash > 0) {
                    postStarts.add(source.substring(0, dash));
                }
                int hash = source.indexOf('#');
                documents.add(hash < 0 ? source : source.substring(0, hash));
            }
            long unaccounted = 0;
            long missing = count(inputs, i -> !sources.contains(jsonl + ":" + (i + 1)));
            report("JSON Lines lines", inputs, missing);
            unaccounted += missing;
            missing = postLines.stream().filter(l -> !postStarts.contains(text + ":" + l)).count();
            report("CNN-style posts", inputs, missing);
            unaccounted += missing;
            for (String ext : HostileInputs.DOCUMENT_FORMATS) {
                Path formatDir = dir.resolve(ext);
                missing = count(inputs, i -> !documents.contains(formatDir.resolve(i + "." + ext).toString()));
                report(ext + " documents", inputs, missing);
                unaccounted += missing;
            }
            long unlettered = poisonUnlettered(c);
            // a document cut short still holds the complete entries before the cut: those are published, once
            boolean ok = unaccounted == 0 && blank[0] == 0 && unlettered == 0;
            System.out.printf("fuzz: %,d malformed inputs of %d formats and %,d poison records in %.0f s: %,d "
                            + "producer dead letters (%d without a reason), %,d inputs and %,d poison records "
                            + "unaccounted; %,d intact posts of truncated documents published: %s%n",
                    (long) inputs * (2 + HostileInputs.DOCUMENT_FORMATS.size()), 2 + HostileInputs.DOCUMENT_FORMATS
                            .size(), poison, (System.nanoTime() - started) / 1e9, letters[0], blank[0], unaccounted,
                    unlettered, summary.published(), ok ? "all dead-lettered" : "NOT ALL");
            return ok ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /**
     * Writes the poison records straight to the updates topic, runs the streams app over the topic and counts the
     * poison records the dead-letter topic does not name (by their topic position, with a reason).
     */
    private long poisonUnlettered(Cluster c) {
        if (poison <= 0) {
            return 0;
        }
        Topic<String, DeadLetter> topic = c.config().deadLetters();
        Map<Integer, Long> before = DeadLetterTally.mark(c.clientProperties(), topic);
        Set<String> positions = new HashSet<>();
        java.util.Random random = new java.util.Random(seed);
        try (var plain = new org.apache.kafka.clients.producer.KafkaProducer<>(c.clientProperties(),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (int n = 0; n < poison; n++) {
                var metadata = plain.send(PoisonRecords.record(c.config().updatesTopic(), n, random)).get();
                positions.add(metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot write the poison records: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the poison records", e);
        }
        try (StreamsApp app = new StreamsApp(c.config(), Extraction.defaultExtractor())) {
            app.start();
            PipelineRun.awaitProcessed(app, c.config(), java.time.Duration.ofMinutes(10));
        }
        Set<String> lettered = new HashSet<>();
        CompactedTopicReader.scanFrom(c.clientProperties(), topic, before, (key, letter) -> {
            if (letter.getReason() != null && !letter.getReason().isBlank()) {
                lettered.add(letter.getSource().split(" ")[0]);
            }
        });
        long missing = positions.stream().filter(p -> !lettered.contains(p)).count();
        System.out.printf("fuzz: %-17s %,7d records, %,7d on the dead-letter topic with their position%s%n",
                "poison on topic", poison, poison - missing, missing == 0 ? "" : ", " + missing + " MISSING");
        return missing;
    }

    private static long count(int n, java.util.function.IntPredicate test) {
        return java.util.stream.IntStream.range(0, n).filter(test).count();
    }

    private static void report(String what, int n, long missing) {
        System.out.printf("fuzz: %-17s %,7d inputs, %,7d on the dead-letter topic with their position%s%n", what, n,
                n - missing, missing == 0 ? "" : ", " + missing + " MISSING");
    }
}
