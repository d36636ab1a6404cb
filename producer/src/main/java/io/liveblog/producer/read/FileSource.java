package io.liveblog.producer.read;

import io.liveblog.producer.identify.BlogIds;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.parse.PostParser;
import io.liveblog.producer.parse.Rejected;
import io.liveblog.producer.parse.StreamingPostParser;
import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.publish.UpdateSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads input files and hands their posts and rejects to an {@link UpdateSink}.
 *
 * <p>JSON Lines are streamed record by record, whatever the file size. Whole-document formats (CNN text) are read
 * into memory up to {@value #MAX_DOCUMENT_BYTES} bytes. Origins name the file as given.
 */
public final class FileSource {

    /** Largest whole-document input (64 MiB); a live-blog page is well under 1 MiB. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileSource.class);

    private final InputFiles inputs;
    private final Clock clock;
    private final String blogIdOverride;

    /**
     * @param inputs parser choice by extension
     * @param clock clock for the fetch time (when the file was read)
     */
    public FileSource(InputFiles inputs, Clock clock) {
        this(inputs, clock, null);
    }

    private FileSource(InputFiles inputs, Clock clock, String blogIdOverride) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.blogIdOverride = blogIdOverride;
    }

    /**
     * @param blogId blog id for every post read (instead of the one derived from the input), e.g. to keep ids stable
     *               across exports of one blog under different file names
     * @return a source that uses it
     */
    public FileSource withBlogId(String blogId) {
        String id = BlogIds.fromDeclared(Objects.requireNonNull(blogId, "blogId"));
        return new FileSource(inputs, clock, id);
    }

    /**
     * @param file an input file
     * @return its posts and rejects
     * @throws InputFileException when the file cannot be used at all
     */
    public ParseResult parse(Path file) throws InputFileException {
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejects = new ArrayList<>();
        read(file, posts::add, rejects::add);
        return new ParseResult(posts, rejects);
    }

    /**
     * Publishes every post and reject of a file, then flushes the sink.
     *
     * @param file an input file
     * @param sink where they go
     * @return what the sink did with this file
     * @throws InputFileException when the file cannot be used at all (nothing of it is published)
     * @throws io.liveblog.producer.publish.PublishException when sends failed
     */
    public PublishSummary publish(Path file, UpdateSink sink) throws InputFileException {
        PublishSummary before = sink.summary();
        Instant fetchedAt = clock.instant();
        if (inputs.parserFor(file) instanceof StreamingPostParser) {
            check(file);
            read(file, post -> sink.publish(post, fetchedAt), rejected -> sink.reject(rejected, fetchedAt));
        } else {
            // parse first: an unreadable file publishes nothing
            ParseResult result = parse(file);
            result.posts().forEach(post -> sink.publish(post, fetchedAt));
            result.rejected().forEach(rejected -> sink.reject(rejected, fetchedAt));
        }
        sink.flush();
        PublishSummary done = sink.summary().minus(before);
        LOG.info("{}: {}", file, done);
        return done;
    }

    private void read(Path file, Consumer<ParsedPost> posts, Consumer<Rejected> rejects) throws InputFileException {
        PostParser parser = inputs.parserFor(file);
        long size = check(file);
        String sourceName = file.toString();
        if (size == 0) {
            // every parser reads nothing from it: say so on the dead-letter topic rather than publish nothing quietly
            rejects.accept(new Rejected(sourceName, "empty file: no bytes to read (an export that failed, or the"
                    + " wrong file?)", new byte[0], parser.format(), null));
            return;
        }
        Consumer<ParsedPost> sink = blogIdOverride == null ? posts : post -> posts.accept(
                post.withBlogId(blogIdOverride));
        try {
            if (parser instanceof StreamingPostParser streaming) {
                try (InputStream in = Files.newInputStream(file)) {
                    streaming.parse(sourceName, in, sink, rejects);
                }
            } else {
                if (size > MAX_DOCUMENT_BYTES) {
                    throw new InputFileException(file, "cannot read " + file + ": " + size + " bytes, over the "
                            + MAX_DOCUMENT_BYTES + "-byte limit for " + parser.format() + " files", null);
                }
                ParseResult result = parser.parse(sourceName, Files.readAllBytes(file));
                result.posts().forEach(sink);
                result.rejected().forEach(rejects);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static long check(Path file) throws InputFileException {
        if (Files.isDirectory(file)) {
            throw new InputFileException(file, "cannot read " + file + ": it is a directory", null);
        }
        if (!Files.exists(file)) {
            throw new InputFileException(file, "cannot read " + file + ": no such file", null);
        }
        if (!Files.isReadable(file)) {
            throw new InputFileException(file, "cannot read " + file + ": permission denied", null);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InputFileException unreadable(Path file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new InputFileException(file, "cannot read " + file + ": " + why, e);
    }
}
