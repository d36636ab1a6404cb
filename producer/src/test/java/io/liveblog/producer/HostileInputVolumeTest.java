package io.liveblog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.feed.Fixtures;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input at volume, for every format the producer reads: ten thousand generated malformed inputs each (lines
 * of JSON Lines, posts of CNN-style text, documents of RSS, Atom, Guardian JSON and HTML: truncated, invalid UTF-8,
 * binary, empty, control characters, over-long bodies and lines, deeply nested, billion laughs and external entities,
 * wrong types, dates far in the past or future), published through the producer's own path ({@link FileSource} into a
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
        Random random = new Random(1);
        Path file = dir.resolve("hostile.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < INPUTS; i++) {
                out.write(malformedJsonLine(i, random));
                out.write('\n');
            }
        }
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
        Random random = new Random(2);
        Path file = dir.resolve("hostile.txt");
        int line = 1;
        List<Integer> firstLines = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Hostile live blog\n\n".getBytes(StandardCharsets.UTF_8));
            line += 2;
            for (int i = 0; i < INPUTS; i++) {
                byte[] post = malformedTextPost(i, random);
                firstLines.add(line);
                out.write(post);
                for (byte b : post) {
                    line += b == '\n' ? 1 : 0;
                }
            }
        }
        LetterSink sink = publish(file);
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
        Map<String, BiFunction<Integer, Random, byte[]>> formats = Map.of(
                "rss", (i, r) -> malformedXml(i, r, Fixtures.text("feed/nepal-quake-live.rss")),
                "atom", (i, r) -> malformedXml(i, r, Fixtures.text("feed/mozambique-cyclone-live.atom")),
                "json", HostileInputVolumeTest::malformedGuardianJson,
                "html", HostileInputVolumeTest::malformedHtml);
        for (Map.Entry<String, BiFunction<Integer, Random, byte[]>> format : formats.entrySet()) {
            Random random = new Random(format.getKey().hashCode());
            Path formatDir = Files.createDirectories(dir.resolve(format.getKey()));
            LetterSink sink = new LetterSink();
            FileSource source = new FileSource(InputFiles.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
            for (int i = 0; i < INPUTS; i++) {
                Path file = formatDir.resolve(i + "." + format.getKey());
                Files.write(file, format.getValue().apply(i, random));
                int before = sink.letters.size();
                source.publish(file, sink);
                assertTrue(sink.letters.size() > before, () -> format.getKey() + " input " + file.getFileName()
                        + " (kind " + (file.getFileName().toString().split("\\.")[0]) + ") left no dead letter");
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

    /** One malformed JSON line of eleven kinds, by {@code i}; every thousandth an over-long line. */
    private static byte[] malformedJsonLine(int i, Random random) {
        String ok = "{\"id\": \"p" + i + "\", \"published\": \"2024-05-01T10:00:00Z\", \"body\": \"Four were killed.\"}";
        return switch (i % 1_000 == 999 ? 4 : i % 11 == 4 ? 10 : i % 11) {
            case 0 -> utf8(ok.substring(0, 1 + random.nextInt(ok.length() - 2)));              // truncated
            case 1 -> utf8("{\"published\": 2024, \"body\": [\"wrong types\"]}");
            case 2 -> withBytes(ok, random, new byte[] {(byte) 0xC3, 0x28});                   // invalid UTF-8
            case 3 -> utf8(ok.replace("Four were", "Four\u0001were"));                          // raw control char
            case 4 -> utf8("{\"published\": \"2024-05-01T10:00:00Z\", \"body\": \"" + "x".repeat(1_100_000)
                    + "\"}");                                                                   // > 1 MiB line
            case 5 -> utf8("[".repeat(2_000) + "]".repeat(2_000));                              // deep, not an object
            case 6 -> utf8(ok.replace("2024-05-01T10:00:00Z", "0001-01-01T00:00:00Z"));         // far past
            case 7 -> utf8(ok.replace("2024-05-01T10:00:00Z", "9999-12-31T23:59:59Z"));         // far future
            case 8 -> utf8(ok.replace("2024-05-01T10:00:00Z", "2024-05-01T10:00:00"));          // no offset
            case 9 -> utf8(ok.replace("Four were killed.", "   "));                             // blank body
            default -> randomBinary(random, true);
        };
    }

    /**
     * One malformed post of CNN-style text of six kinds, by {@code i}; every thousandth with an over-long body; each
     * ends with a blank line.
     */
    private static byte[] malformedTextPost(int i, Random random) {
        String time = "5:40 p.m. ET, March 9, 2024\n\n";
        return switch (i % 1_000 == 999 ? 5 : i % 5) {
            case 0 -> utf8(time + "\n");                                                       // no text at all
            case 1 -> utf8("5:40 p.m. ET, February 30, 2024\n\nA headline\n\nText of a post.\n\n"); // no such day
            case 2 -> concat(utf8(time + "Headline\n\n"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n', '\n'});
            case 3 -> utf8(time.replace("2024", "1850") + "Old news\n\nA post dated long before the web.\n\n");
            case 4 -> utf8(time.replace("2024", "2999") + "Future news\n\nA post from the future.\n\n");
            default -> utf8(time + "A headline\n\n" + "y".repeat(1_100_000 + random.nextInt(100)) + ".\n\n");
        };
    }

    /**
     * One malformed XML feed of nine kinds, by {@code i}, most of them a mutation of a valid feed; the deeply nested
     * kind, slow to parse by design, every hundredth.
     */
    private static byte[] malformedXml(int i, Random random, String valid) {
        return switch (i % 100 == 99 ? 8 : i % 8) {
            case 0 -> utf8(valid.substring(0, valid.length() / 4 + random.nextInt(valid.length() / 2)));
            case 1 -> withBytes(valid, random, new byte[] {(byte) 0xC3, 0x28});
            case 2 -> randomBinary(random, false);
            case 3 -> new byte[0];
            case 4 -> utf8("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                    + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                    + "<rss version=\"2.0\"><channel><item><title>&lol3;</title></item></channel></rss>");
            case 5 -> utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><item><guid>a</guid>"
                    + "<pubDate>Sat, 02 Dec 2023 17:28:00 GMT</pubDate><title>t</title><description>&x;"
                    + "</description></item></channel></rss>");
            case 6 -> utf8(valid.replaceFirst("<title>", "<title>\u0001"));                    // control character
            case 7 -> utf8(valid.replaceAll("20(2\\d)", "29$1"));                               // every date far ahead
            default -> utf8("<rss version=\"2.0\"><channel>" + "<x>".repeat(20_000) + "</x>".repeat(20_000)
                    + "</channel></rss>");                                                     // nested, no entries
        };
    }

    /** One malformed Guardian-style JSON document of seven kinds, by {@code i}; the deeply nested every hundredth. */
    private static byte[] malformedGuardianJson(int i, Random random) {
        String valid = Fixtures.text("feed/sudan-el-fasher-live.json");
        return switch (i % 100 == 99 ? 4 : i % 6 == 4 ? 6 : i % 6) {
            case 0 -> utf8(valid.substring(0, valid.length() / 4 + random.nextInt(valid.length() / 2)));
            case 1 -> withBytes(valid, random, new byte[] {(byte) 0xC3, 0x28});
            case 2 -> randomBinary(random, false);
            case 3 -> new byte[0];
            case 4 -> utf8("{\"response\": {\"content\": {\"blocks\": " + "[".repeat(5_000) + "]".repeat(5_000)
                    + "}}}");
            case 5 -> utf8("{\"response\": {\"content\": {\"blocks\": {\"body\": \"not a list\"}}}}"); // wrong types
            default -> utf8(valid.replaceAll("20(2\\d)", "29$1"));
        };
    }

    /** One malformed HTML page of six kinds, by {@code i}; the deeply nested kind every hundredth. */
    private static byte[] malformedHtml(int i, Random random) {
        String valid = Fixtures.text("html/json-ld-floods.html");
        return switch (i % 100 == 99 ? 3 : i % 5 == 3 ? 5 : i % 5) {
            case 0 -> withBytes(valid, random, new byte[] {(byte) 0xC3, 0x28});
            case 1 -> randomBinary(random, false);
            case 2 -> new byte[0];
            case 3 -> utf8("<html><body>" + "<div>".repeat(20_000) + "</div>".repeat(20_000) + "</body></html>");
            case 4 -> utf8(valid.replaceAll("20(2\\d)", "29$1"));
            default -> utf8("<html><body><p>" + "z".repeat(random.nextInt(2_000)) + "</p></body></html>");
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBytes(String valid, Random random, byte[] bad) {
        byte[] text = utf8(valid);
        int at = random.nextInt(text.length);
        return concat(java.util.Arrays.copyOf(text, at), concat(bad, java.util.Arrays.copyOfRange(text, at,
                text.length)));
    }

    private static byte[] randomBinary(Random random, boolean oneLine) {
        byte[] b = new byte[1 + random.nextInt(4_096)];
        random.nextBytes(b);
        b[0] = 0; // binary, whatever else the bytes happen to be
        if (oneLine) {
            for (int k = 0; k < b.length; k++) {
                if (b[k] == '\n' || b[k] == '\r') {
                    b[k] = 0;
                }
            }
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
