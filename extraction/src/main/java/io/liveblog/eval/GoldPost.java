package io.liveblog.eval;

import io.liveblog.extract.PostText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One annotated post of the gold corpus. Its first keys are the producer's JSON Lines input format, so a gold
 * file can be fed to the pipeline as it is.
 *
 * @param id stable post id, unique across the corpus
 * @param published publication instant
 * @param headline headline, empty when the post has none
 * @param byline byline without "From", or null
 * @param body plain text, paragraphs separated by a blank line
 * @param url permalink, or null
 * @param figures the figures an analyst codes in this post
 * @param negatives substrings that state numbers which are not figures (dates, ages, strike counts, ...)
 * @param file name of the gold file it was read from
 * @param line line number (1-based) in that file
 * @param zone the offset of {@code published} as written, for relative days ("on Thursday")
 * @param blog the blog the post belongs to when the corpus says (a cross-outlet corpus), else null
 */
public record GoldPost(String id, Instant published, String headline, String byline, String body, String url,
                       List<GoldFigure> figures, List<String> negatives, String file, int line, ZoneOffset zone,
                       String blog) {

    /** A post of a corpus that does not name blogs. */
    public GoldPost(String id, Instant published, String headline, String byline, String body, String url,
                    List<GoldFigure> figures, List<String> negatives, String file, int line, ZoneOffset zone) {
        this(id, published, headline, byline, body, url, figures, negatives, file, line, zone, null);
    }

    /** A post published in UTC. */
    public GoldPost(String id, Instant published, String headline, String byline, String body, String url,
                    List<GoldFigure> figures, List<String> negatives, String file, int line) {
        this(id, published, headline, byline, body, url, figures, negatives, file, line, ZoneOffset.UTC, null);
    }

    public GoldPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        figures = List.copyOf(figures);
        negatives = List.copyOf(negatives);
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /** @return the post as the extractor sees it */
    public PostText toPostText() {
        return new PostText(id, published, headline, byline, body, zone);
    }

    /** @return where the post was read from, {@code file:line} */
    public String origin() {
        return file + ":" + line;
    }

    /** @return the file name without its {@code .jsonl} extension: the crisis the post belongs to */
    public String crisis() {
        return file.endsWith(GoldCorpusReader.EXTENSION)
                ? file.substring(0, file.length() - GoldCorpusReader.EXTENSION.length())
                : file;
    }

    /** @return the text of a field, {@code headline} or {@code body}; null for any other name */
    String field(String name) {
        return switch (name) {
            case Span.HEADLINE -> headline;
            case Span.BODY -> body;
            default -> null;
        };
    }
}
