package io.liveblog.producer.publish;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * {@code --dry-run}: writes every record that {@link KafkaUpdateSink} would send — updates, tombstones and dead
 * letters, built by the same {@link UpdateRecords} — as one JSON line each ({@link RecordJson}) to a stream.
 * Counting and skipping of unchanged versions are the same as in Kafka mode, so the summary matches too.
 * The stream is flushed, never closed (it is usually standard output).
 */
public final class DryRunSink extends CountingSink {

    private final PrintStream out;

    /**
     * @param out where the JSON lines go
     * @param updatesTopic updates topic name shown in the output
     * @param deadLetterTopic dead-letter topic name shown in the output
     * @param clock clock for fetch, deletion and rejection times
     */
    public DryRunSink(PrintStream out, String updatesTopic, String deadLetterTopic, Clock clock) {
        super(new UpdateRecords(updatesTopic, deadLetterTopic), clock);
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    protected void sendUpdate(ProducerRecord<String, LiveBlogUpdate> record, Outcome outcome) {
        write(RecordJson.toJsonLine(record), outcome);
    }

    @Override
    protected void sendDeadLetter(ProducerRecord<String, DeadLetter> record, Outcome outcome) {
        write(RecordJson.toJsonLine(record), outcome);
    }

    private void write(String line, Outcome outcome) {
        out.println(line);
        if (out.checkError()) {
            outcome.failed(new java.io.IOException("cannot write dry-run output"));
        } else {
            outcome.succeeded();
        }
    }

    @Override
    protected void awaitDeliveries() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
