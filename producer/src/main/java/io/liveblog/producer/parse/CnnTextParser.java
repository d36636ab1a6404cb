package io.liveblog.producer.parse;

import io.liveblog.producer.identify.BlogIds;
import io.liveblog.producer.parse.CnnTextLines.SourceLine;
import io.liveblog.producer.text.Hashing;
import io.liveblog.producer.text.LineReader;
import io.liveblog.producer.text.Slugs;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the plain text of a CNN-style live blog page (format {@value #FORMAT}, version {@value #VERSION}).
 *
 * <h2>Layout</h2>
 * <pre>
 * title line                                   (the page title; the headline of the top post)
 * December 2, 2023 Israel-Hamas war            (date line: date and topic of the blog)
 * By A, B and C, CNN                           (page authors)
 * Updated 0504 GMT (1304 HKT) December 3, 2023
 * 18 Posts / Sort by...                        (page furniture)
 * 12:28 p.m. ET, December 2, 2023              (time line: opens a post)
 * Headline                                     (optional)
 * From CNN’s Someone                           (optional byline)
 * Caption text.                                (optional image caption, printed twice:
 * Caption text. (Photographer/Agency)           plain, then with its credit — both dropped)
 * Body paragraph, one per line ...
 * </pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>A post starts at every line that {@linkplain TimeLineParser#looksLikeTimeLine looks like a time line}. If
 *       that line cannot be read (unknown zone, no such date), the whole post — up to the next time line — is
 *       rejected; it is never merged into the post before it.</li>
 *   <li>Headline: the first line of the post, unless it is a byline, starts a caption pair, is longer than
 *       {@value #MAX_HEADLINE_LENGTH} characters or ends like a sentence ({@code . : ; ,}); then the post has no
 *       headline.</li>
 *   <li>Byline: the line after the headline when it reads {@code From ...} or {@code By ...} (prefix removed) or
 *       {@code Analysis/Opinion/Commentary/Reporting by ...} (kept as printed, since the genre matters to readers),
 *       is at most 200 characters and does not end with a full stop.</li>
 *   <li>Captions: two adjacent lines where the second repeats the first and adds at most
 *       {@value #MAX_CREDIT_LENGTH} characters (the credit), or repeats it exactly. Both are dropped wherever they
 *       occur in the post.</li>
 *   <li>Blog id: {@code cnn-<topic>-<yyyy-mm-dd>} from the date line, which stays the same all day, unlike the
 *       title, which follows the newest top post. Without a date line: {@code cnn-<slug of title>}; without a
 *       title: the slug of the file name.</li>
 *   <li>Truncation: when the input does not end with a newline and its last line does not end like a sentence, the
 *       last post is rejected as cut. A post with a time line and nothing else is rejected; a post with a headline
 *       but no body is rejected when it is the last one (cut), kept otherwise (a headline-only post).</li>
 *   <li>Text before the first time line that is neither known page furniture nor a short label (prose: long, or
 *       ending with a full stop) is rejected as "text before the first post", so a file that starts mid-post loses
 *       nothing silently.</li>
 * </ul>
 * Origins are {@code source:first-last} line ranges (1-based, inclusive) covering the post's non-blank lines.
 */
public final class CnnTextParser implements PostParser {

    /** Format name. */
    public static final String FORMAT = "cnn-text";
    /** Parser version written on every update. */
    public static final String VERSION = "cnn-text/1";
    /** Longest line still taken as a headline. */
    static final int MAX_HEADLINE_LENGTH = 250;
    /** Longest credit that may follow a repeated caption. */
    static final int MAX_CREDIT_LENGTH = 150;

    private static final Logger LOG = LoggerFactory.getLogger(CnnTextParser.class);

    private static final Pattern DATE_LINE = Pattern.compile(
            "^(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+(\\d{1,2}),\\s+(\\d{4})\\s+(\\S.*)$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
            Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
            Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11),
            Map.entry("December", 12));
    private static final Pattern PAGE_AUTHORS = Pattern.compile("^By\\s.+");
    private static final Pattern PAGE_UPDATED = Pattern.compile("^Updated\\s.+\\d{4}$");
    private static final Pattern POST_COUNT = Pattern.compile("^(\\d+)\\s+Posts?$");
    private static final Pattern SORT_BY = Pattern.compile("^Sort by.*");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?:From|By)\\s+(\\S.*)$");
    private static final Pattern BYLINE_GENRE =
            Pattern.compile("^(?:Analysis|Opinion|Commentary|Reporting|Reported|Written)\\s+by\\s+\\S.*$");

    private final TimeLineParser times;

    /** A parser with the {@linkplain ZoneAbbreviations#standard() standard zone table}. */
    public CnnTextParser() {
        this(ZoneAbbreviations.standard());
    }

    /** @param zones zone table for time lines (e.g. with {@code IST} configured) */
    public CnnTextParser(ZoneAbbreviations zones) {
        this.times = new TimeLineParser(zones);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ParseResult parse(String sourceName, byte[] content) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");
        List<ParsedPost> posts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (LineReader.startsWithUtf16Bom(content)) {
            rejected.add(new Rejected(sourceName, "file is UTF-16 encoded; save it as UTF-8", content, FORMAT, null));
            return new ParseResult(posts, rejected);
        }
        List<SourceLine> lines = CnnTextLines.readLines(content);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.text() != null && TimeLineParser.looksLikeTimeLine(line.text())) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            if (!lines.stream().allMatch(SourceLine::isBlank)) {
                rejected.add(new Rejected(sourceName, "no post time line (like '12:28 p.m. ET, December 2, 2023') "
                        + "found; is this the text of a CNN-style live blog?", content, FORMAT, null));
            }
            return new ParseResult(posts, rejected);
        }
        Header header = readHeader(lines.subList(0, starts.get(0)), sourceName, rejected);
        String blogId = header.blogId(sourceName);
        boolean endsWithNewline = lines.get(lines.size() - 1).terminated();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            boolean last = s + 1 == starts.size();
            readPost(lines.subList(from, to), sourceName, blogId, last && !endsWithNewline, last, posts, rejected);
        }
        int found = starts.size();
        if (header.declaredPosts() > found) {
            LOG.warn("{}: the page says {} posts but the text holds {}; the page loads the rest on demand, or the "
                    + "copy is incomplete", sourceName, header.declaredPosts(), found);
        }
        LOG.debug("{}: blog {}, {} posts, {} rejected", sourceName, blogId, posts.size(), rejected.size());
        return new ParseResult(posts, rejected);
    }

    private void readPost(List<SourceLine> segment, String sourceName, String blogId, boolean cutWithoutNewline,
                          boolean last, List<ParsedPost> posts, List<Rejected> rejected) {
        List<SourceLine> content = new ArrayList<>();
        for (SourceLine line : segment.subList(1, segment.size())) {
            if (!line.isBlank()) {
                content.add(line);
            }
        }
        SourceLine timeLine = segment.get(0);
        SourceLine lastLine = content.isEmpty() ? timeLine : content.get(content.size() - 1);
        String origin = sourceName + ":" + timeLine.number() + "-" + lastLine.number();
        byte[] raw = CnnTextLines.joinRaw(segment, lastLine);
        for (SourceLine line : segment) {
            if (line.error() != null) {
                rejected.add(new Rejected(origin, "line " + line.number() + ": " + line.error().getMessage()
                        + "; the file is not valid UTF-8 there", raw, FORMAT, line.error()));
                return;
            }
        }
        Instant published;
        java.time.ZoneOffset offset;
        try {
            published = times.parse(timeLine.text());
            offset = times.offset(timeLine.text(), published);
        } catch (TimeLineParser.TimeLineException e) {
            rejected.add(new Rejected(origin, e.getMessage(), raw, FORMAT, e));
            return;
        }
        if (cutWithoutNewline && !endsLikeSentence(lastLine.text())) {
            rejected.add(new Rejected(origin, "the input ends without a newline in the middle of a line; this last "
                    + "post looks cut off", raw, FORMAT, null));
            return;
        }
        if (content.isEmpty()) {
            rejected.add(new Rejected(origin, "post has a time line but no headline or text"
                    + (last ? " (the input may be cut off here)" : ""), raw, FORMAT, null));
            return;
        }
        boolean[] caption = markCaptions(content);
        int next = 0;
        String headline = "";
        if (!caption[0] && !isByline(content.get(0).text()) && looksLikeHeadline(content.get(0).text())) {
            headline = content.get(0).text();
            next = 1;
        }
        String byline = null;
        if (next < content.size() && !caption[next] && isByline(content.get(next).text())) {
            byline = bylineOf(content.get(next).text());
            next++;
        }
        List<String> body = new ArrayList<>();
        for (int i = next; i < content.size(); i++) {
            if (!caption[i]) {
                body.add(content.get(i).text());
            }
        }
        if (body.isEmpty()) {
            if (last) {
                rejected.add(new Rejected(origin, "post has no body text after its headline; the input may be cut "
                        + "off here", raw, FORMAT, null));
                return;
            }
            LOG.warn("{}: post '{}' has a headline but no body text", origin, headline);
        }
        posts.add(new ParsedPost(null, blogId, null, null, published, null, headline, byline,
                String.join("\n\n", body), FORMAT, VERSION, origin, offset));
    }

    /** Marks both lines of every caption pair. */
    private static boolean[] markCaptions(List<SourceLine> content) {
        boolean[] caption = new boolean[content.size()];
        for (int i = 0; i + 1 < content.size(); i++) {
            SourceLine a = content.get(i);
            SourceLine b = content.get(i + 1);
            if (b.number() == a.number() + 1 && isCaptionPair(a.text(), b.text())) {
                caption[i] = true;
                caption[i + 1] = true;
                i++;
            }
        }
        return caption;
    }

    /**
     * @param plain the first line
     * @param credited the line right after it
     * @return whether they are a caption printed plain and then with its credit (or twice the same)
     */
    static boolean isCaptionPair(String plain, String credited) {
        if (plain.isEmpty() || !credited.startsWith(plain)) {
            return false;
        }
        String credit = credited.substring(plain.length());
        if (credit.isEmpty()) {
            return true;
        }
        return credit.charAt(0) == ' ' && credit.strip().length() > 0 && credit.length() <= MAX_CREDIT_LENGTH;
    }

    static boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        String stripped = stripClosingQuotes(line);
        return stripped.isEmpty() || ".:;,".indexOf(stripped.charAt(stripped.length() - 1)) < 0;
    }

    static boolean isByline(String line) {
        if (line.length() > 200 || ".!?".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        return BYLINE_PREFIX.matcher(line).matches() || BYLINE_GENRE.matcher(line).matches();
    }

    private static String bylineOf(String line) {
        Matcher m = BYLINE_PREFIX.matcher(line);
        return m.matches() ? m.group(1) : line;
    }

    private static boolean endsLikeSentence(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && ".!?:)]…\"”’'".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    private static String stripClosingQuotes(String line) {
        int end = line.length();
        while (end > 0 && "\"”’')".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    private Header readHeader(List<SourceLine> lines, String sourceName, List<Rejected> rejected) {
        String title = null;
        String topic = null;
        LocalDate date = null;
        int declared = -1;
        List<SourceLine> prose = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            if (text == null) {
                prose.add(line);
                continue;
            }
            Matcher dateLine = DATE_LINE.matcher(text);
            Matcher count = POST_COUNT.matcher(text);
            LocalDate printedDate = date == null && dateLine.matches() ? dateOf(dateLine) : null;
            if (printedDate != null) {
                date = printedDate;
                topic = dateLine.group(4);
            } else if (count.matches()) {
                declared = Integer.parseInt(count.group(1));
            } else if (PAGE_AUTHORS.matcher(text).matches() || PAGE_UPDATED.matcher(text).matches()
                    || SORT_BY.matcher(text).matches()) {
                LOG.trace("{}:{}: page furniture '{}'", sourceName, line.number(), text);
            } else if (title == null && prose.isEmpty() && looksLikeHeadline(text)) {
                title = text;
            } else if (text.length() <= TimeLineParser.MAX_TIME_LINE_LENGTH && !endsLikeSentence(text)) {
                LOG.debug("{}:{}: ignoring short page label '{}'", sourceName, line.number(), text);
            } else {
                prose.add(line);
            }
        }
        if (!prose.isEmpty()) {
            SourceLine first = prose.get(0);
            SourceLine lastProse = prose.get(prose.size() - 1);
            rejected.add(new Rejected(sourceName + ":" + first.number() + "-" + lastProse.number(),
                    "text before the first post time line: the file may start in the middle of a post, or a post "
                            + "lost its time line", CnnTextLines.joinRaw(prose), FORMAT, null));
        }
        return new Header(title, date, topic, declared);
    }

    private static LocalDate dateOf(Matcher dateLine) {
        try {
            return LocalDate.of(Integer.parseInt(dateLine.group(3)), MONTHS.get(dateLine.group(1)),
                    Integer.parseInt(dateLine.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** What the page header says about the blog. */
    private record Header(String title, LocalDate date, String topic, int declaredPosts) {
        String blogId(String sourceName) {
            if (date != null) {
                String slug = Slugs.slug(topic);
                return "cnn-" + (slug.isEmpty() ? "blog" : slug) + "-" + date;
            }
            if (title != null) {
                String slug = Slugs.slug(title);
                return "cnn-" + (slug.isEmpty() ? Hashing.sha256Hex(title).substring(0, 16) : slug);
            }
            return BlogIds.fromSourceName(sourceName);
        }
    }
}
