package io.liveblog.producer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.producer.publish.KafkaUpdateSinkTest;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    @TempDir
    Path dir;

    private final FileSource source = new FileSource(InputFiles.standard(), KafkaUpdateSinkTest.CLOCK);
    private final MockProducer<String, LiveBlogUpdate> updates = new MockProducer<>(true, null,
            new StringSerializer(), Topics.UPDATES.valueSerde().serializer());
    private final MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null,
            new StringSerializer(), Topics.DEAD_LETTERS.valueSerde().serializer());
    private final KafkaUpdateSink sink = new KafkaUpdateSink(updates, deadLetters, "u", "d",
            KafkaUpdateSinkTest.CLOCK);

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void publishesATextFileAndAJsonLinesFileWithPerFileSummaries() throws Exception {
        Path txt = write("quake.txt", Fixtures.bytes("cnn-summer-zones.txt"));
        Path jsonl = write("gaza.ndjson", Fixtures.bytes("posts-good-and-bad.jsonl"));

        PublishSummary first = source.publish(txt, sink);
        PublishSummary second = source.publish(jsonl, sink);
        PublishSummary again = source.publish(txt, sink);

        assertEquals(new PublishSummary(7, 4, 0, 0, 3, 0), first);
        assertEquals(new PublishSummary(14, 4, 0, 0, 10, 0), second);
        assertEquals(new PublishSummary(7, 0, 4, 0, 3, 0), again);
        assertEquals(first.plus(second).plus(again), sink.summary());
        assertEquals(txt + ":10-16", KafkaUpdateSinkTest.header(updates.history().get(0), "source"));
        assertEquals(KafkaUpdateSinkTest.NOW.toString(),
                KafkaUpdateSinkTest.header(updates.history().get(0), "fetch-time"));
    }

    @Test
    void truncatedFilesGiveTheCompletePostsAndOneRejectForTheCutOne() throws Exception {
        byte[] blog = Fixtures.bytes("cnn-quake-winter.txt");
        Path cutTxt = write("cut.txt", Arrays.copyOf(blog, blog.length - 30));
        ParseResult txt = source.parse(cutTxt);
        assertEquals(5, txt.posts().size());
        assertEquals(1, txt.rejected().size());

        String jsonl = "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":\"complete\"}\n"
                + "{\"published\":\"2023-12-02T12:05:00Z\",\"bo";
        ParseResult lines = source.parse(write("cut.jsonl", Fixtures.utf8(jsonl)));
        assertEquals(1, lines.posts().size());
        assertTrue(lines.rejected().get(0).reason().contains("cut off"));
    }

    @Test
    void unusableFilesThrowWithAClearMessage() throws Exception {
        InputFileException missing = assertThrows(InputFileException.class,
                () -> source.publish(dir.resolve("nope.txt"), sink));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        assertEquals(dir.resolve("nope.txt"), missing.file());

        Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));
        assertTrue(assertThrows(InputFileException.class, () -> source.parse(folder)).getMessage()
                .contains("directory"));

        Path pdf = write("blog.pdf", new byte[] {1, 2, 3});
        InputFileException unsupported = assertThrows(InputFileException.class, () -> source.publish(pdf, sink));
        assertTrue(unsupported.getMessage().contains(".txt (cnn-text), .jsonl (jsonl), .ndjson (jsonl)"),
                unsupported.getMessage());
        assertTrue(assertThrows(InputFileException.class, () -> source.parse(write("README", new byte[0])))
                .getMessage().contains("no extension"));

        assertEquals(PublishSummary.EMPTY, sink.summary());
    }

    @Test
    void blogIdCanBeGivenForEveryPost() throws Exception {
        Path jsonl = write("export-17.jsonl", Fixtures.bytes("posts-good-and-bad.jsonl"));
        ParseResult result = source.withBlogId("gaza-live").parse(jsonl);
        assertEquals("gaza-live", result.posts().stream().map(ParsedPost::blogId).distinct()
                .collect(Collectors.joining(",")));
    }

    @Test
    void extensionsAreCaseInsensitive() throws Exception {
        Path upper = write("BLOG.TXT", Fixtures.bytes("cnn-quake-winter.txt"));
        assertEquals(6, source.parse(upper).posts().size());
    }
}
