package io.liveblog.producer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.publish.CountingSink;
import io.liveblog.producer.publish.UpdateRecords;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input at volume, for every format the producer reads: ten thousand malformed inputs each
 * ({@link HostileInputs}: lines of JSON Lines, posts of CNN-style text, documents of RSS, Atom, Guardian JSON and HTML),
 * published through the producer's own path ({@link FileSource} into a
 * counting sink). Every malformed input must come out as a dead letter with a reason and its source position
 * (file:line for lines and posts, the file for documents), and nothing may throw. What the streams app does with
 * poison on the topic is {@code PoisonRecordsTest}'s; what {@code produce --strict} makes of it on a real broker is
 * {@code HostileInputIT}'s.
 */
class HostileInputVolumeTest {

    private static final int INPUTS = 10_000;
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void tenThousandMalformedJsonLinesAreTenThousandDeadLettersEachWithItsLine() throws Exception {
        Path file = dir.resolve("hostile.jsonl");
        new HostileInputs(1).writeJsonLines(file, INPUTS);
        LetterSink sink = publish(file);
        assertEquals(0, sink.updates, "no malformed line became a post");
        assertEquals(INPUTS, sink.letters.size());
        for (int i = 0; i < INPUTS; i++) {
            DeadLetter letter = sink.letters.get(i);
            assertEquals(file + ":" + (i + 1), letter.getSource(), "line " + (i + 1) + " in order, with its number");
            assertFalse(letter.getReason().isBlank());
        }
    }

    @Test
    void tenThousandMalformedTextPostsAreTenThousandDeadLettersEachWithItsLines() throws Exception {
        Path file = dir.resolve("hostile.txt");
        List<Integer> firstLines = new HostileInputs(2).writeCnnText(file, INPUTS);
        LetterSink sink = publish(file);
        assertEquals(0, sink.updates, "no malformed post became one");
        assertEquals(INPUTS, sink.letters.size());
        // the parser's letters come after the posts it read, and the sink's (dates, sizes) with them: match by position
        List<Integer> lettered = new ArrayList<>();
        for (DeadLetter letter : sink.letters) {
            String source = letter.getSource();
            assertTrue(source.startsWith(file + ":"), source);
            lettered.add(Integer.parseInt(source.substring(file.toString().length() + 1, source.indexOf('-',
                    file.toString().length()))));
            assertFalse(letter.getReason().isBlank());
        }
        java.util.Collections.sort(lettered);
        assertEquals(firstLines, lettered, "one letter per post, each naming the post's lines");
    }

    @Test
    void tenThousandMalformedDocumentsOfEachWebFormatEachLeaveADeadLetter() throws Exception {
        FileSource source = new FileSource(InputFiles.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
        for (String ext : HostileInputs.DOCUMENT_FORMATS) {
            Path valid = dir.resolve("valid." + ext);
            Files.writeString(valid, HostileInputs.validDocument(ext));
            assertEquals(2, source.parse(valid).posts().size(), "the base the malformed " + ext + " are made from");
            HostileInputs inputs = new HostileInputs(ext.hashCode());
            LetterSink sink = new LetterSink();
            for (int i = 0; i < INPUTS; i++) {
                Path file = dir.resolve(i + "." + ext);
                Files.write(file, inputs.document(ext, i));
                int before = sink.letters.size();
                source.publish(file, sink);
                assertTrue(sink.letters.size() > before, () -> ext + " input " + file.getFileName() + " left no"
                        + " dead letter");
                for (DeadLetter letter : sink.letters.subList(before, sink.letters.size())) {
                    assertTrue(letter.getSource().startsWith(file.toString()), letter.getSource());
                    assertFalse(letter.getReason().isBlank());
                }
                Files.delete(file);
            }
        }
    }

    @Test
    void anEmptyFileOfAnyFormatIsADeadLetterNotASilentNothing() throws Exception {
        for (String ext : InputFiles.standard().supportedExtensions()) {
            Path file = Files.createFile(dir.resolve("empty." + ext));
            LetterSink sink = publish(file);
            assertEquals(1, sink.letters.size(), ext);
            assertEquals(file.toString(), sink.letters.get(0).getSource());
            assertTrue(sink.letters.get(0).getReason().startsWith("empty"), sink.letters.get(0).getReason());
        }
    }

    private LetterSink publish(Path file) throws InputFileException {
        LetterSink sink = new LetterSink();
        new FileSource(InputFiles.standard(), Clock.fixed(NOW, ZoneOffset.UTC)).publish(file, sink);
        return sink;
    }

    /** Counts updates and keeps every dead letter, in order. */
    private static final class LetterSink extends CountingSink {
        final List<DeadLetter> letters = new ArrayList<>();
        int updates;

        LetterSink() {
            super(new UpdateRecords("updates", "dlq"), Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Override
        protected void sendUpdate(ProducerRecord<String, LiveBlogUpdate> record, Outcome outcome) {
            updates++;
            outcome.succeeded();
        }

        @Override
        protected void sendDeadLetter(ProducerRecord<String, DeadLetter> record, Outcome outcome) {
            letters.add(record.value());
            outcome.succeeded();
        }

        @Override
        protected void awaitDeliveries() {
        }

        @Override
        public void close() {
        }
    }
}
