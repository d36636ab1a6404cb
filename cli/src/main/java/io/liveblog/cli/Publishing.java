package io.liveblog.cli;

import io.liveblog.producer.parse.ZoneAbbreviations;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.ProducerSettings;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.publish.UpdateSink;
import io.liveblog.producer.read.FileSource;
import io.liveblog.producer.read.InputFileException;
import io.liveblog.producer.read.InputFiles;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import io.liveblog.streams.PipelineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Publishes input files to the updates topic (and bad records to the dead-letter topic). */
final class Publishing {

    private Publishing() {
    }

    /**
     * Checks every input before anything starts, so an unusable file fails fast with exit code 2.
     *
     * @param inputs files given by the user
     */
    static void checkInputs(List<Path> inputs) {
        InputFiles files = InputFiles.standard();
        for (Path p : inputs) {
            try {
                files.parserFor(p);
            } catch (InputFileException e) {
                throw new UsageException(e.getMessage());
            }
            if (!p.toFile().isFile() || !p.toFile().canRead()) {
                throw new UsageException("cannot read " + p + ": " + (p.toFile().exists()
                        ? "not a readable file" : "no such file"));
            }
        }
    }

    /** @return a Kafka sink for the config's updates and dead-letter topics */
    static KafkaUpdateSink kafkaSink(PipelineConfig config) {
        ProducerSettings settings = new ProducerSettings(config.bootstrapServers(), "liveblog-producer",
                config.kafkaProperties()).withValueSerializers(config.updates().valueSerde().serializer(),
                config.deadLetters().valueSerde().serializer());
        return KafkaUpdateSink.open(settings, config.updatesTopic(), config.deadLetterTopic());
    }

    /**
     * @param extra zone abbreviations given by the user ({@code IST=Asia/Kolkata}), on top of the standard table
     * @return the zone table
     */
    static ZoneAbbreviations zones(Map<String, String> extra) {
        ZoneAbbreviations zones = ZoneAbbreviations.standard();
        for (Map.Entry<String, String> e : extra.entrySet()) {
            try {
                zones = zones.with(e.getKey(), ZoneId.of(e.getValue()));
            } catch (DateTimeException | IllegalArgumentException ex) {
                throw new UsageException("--zone " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        return zones;
    }

    /**
     * @param inputs files, in order
     * @param sink where posts go
     * @param blogId blog id for every post, or null to derive it from each input
     * @param zones zone abbreviations for time lines
     * @return the summed summary
     */
    static PublishSummary publish(List<Path> inputs, UpdateSink sink, String blogId, ZoneAbbreviations zones) {
        FileSource source = new FileSource(InputFiles.withZones(zones), Clock.systemUTC());
        if (blogId != null) {
            source = source.withBlogId(blogId);
        }
        PublishSummary total = PublishSummary.EMPTY;
        UpdateSink withProgress = new ProgressSink(sink, System.err, 2_000, System::currentTimeMillis);
        for (Path p : inputs) {
            try {
                total = total.plus(source.publish(p, withProgress));
            } catch (InputFileException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return total;
    }
}
