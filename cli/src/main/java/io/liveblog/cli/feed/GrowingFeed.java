package io.liveblog.cli.feed;

import io.liveblog.producer.feed.RssWriter;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.text.Hashing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished live blog told again as a live feed: its post versions are revealed one at a time in the order they
 * were written (publication, or edit, time), a first few at once and then one every interval of the wall clock, so
 * a feed watcher sees the blog grow and its posts edited as it would on the day. The feed lists each post once, at its
 * latest revealed version, newest first, as live-blog feeds do.
 *
 * <p>Each state of the feed has its own entity tag and last-modified time, so conditional GETs of an unchanged feed
 * can be answered 304.
 */
public final class GrowingFeed {

    /** One state of the feed: what identifies it for conditional GETs; its XML is written only when asked for. */
    public record Snapshot(String etag, Instant lastModified, int revealed, int total) {
    }

    private final String title;
    private final String link;
    private final List<RssWriter.Item> versions;
    private final int initial;
    private final Duration every;
    private final Clock clock;
    private final Instant start;
    private final String contentTag;

    /**
     * @param title the channel's title
     * @param link the live blog's page
     * @param posts the blog's post versions, in any order (a post id given twice is a post and its edit)
     * @param initial versions shown from the start
     * @param every time between two reveals
     * @param clock the wall clock (reveals count from the moment this feed is made)
     */
    public GrowingFeed(String title, String link, List<RssWriter.Item> posts, int initial, Duration every,
                       Clock clock) {
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("a feed needs at least one post");
        }
        if (initial < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("at least one post shown at first, and a positive interval");
        }
        this.title = title;
        this.link = link;
        this.versions = posts.stream().sorted(Comparator.comparing(GrowingFeed::writtenAt)
                .thenComparing(RssWriter.Item::guid)).toList();
        this.initial = initial;
        this.every = every;
        this.clock = clock;
        this.start = clock.instant();
        this.contentTag = Hashing.sha256Hex(title, link, versions.toString()).substring(0, 12);
    }

    /**
     * @param title the channel's title
     * @param posts the posts as the input parsers read them; their blog page is the feed's link
     * @param fallbackLink the link when no post names its blog's page
     * @return the feed of those posts
     */
    public static GrowingFeed of(String title, List<ParsedPost> posts, String fallbackLink, int initial,
                                 Duration every, Clock clock) {
        String link = posts.stream().map(ParsedPost::blogUrl).filter(u -> u != null && !u.isBlank()).findFirst()
                .orElse(fallbackLink);
        return new GrowingFeed(title, link, posts.stream().map(RssWriter.Item::of).toList(), initial, every, clock);
    }

    /** @return how many post versions the feed will have shown when it is complete */
    public int size() {
        return versions.size();
    }

    /** @return the feed as it stands now */
    public Snapshot now() {
        long elapsed = Duration.between(start, clock.instant()).toMillis();
        int revealed = (int) Math.min(versions.size(), initial + Math.max(0, elapsed) / every.toMillis());
        Instant modified = start.plus(every.multipliedBy(Math.max(0, revealed - initial)));
        return new Snapshot('"' + contentTag + '-' + revealed + '"', modified, revealed, versions.size());
    }

    /** @return the feed's XML in a state: each post once, at its latest revealed version, newest first */
    public String xml(Snapshot state) {
        Map<String, RssWriter.Item> latest = new LinkedHashMap<>();
        for (RssWriter.Item v : versions.subList(0, state.revealed())) {
            latest.put(v.guid(), v);
        }
        List<RssWriter.Item> shown = new ArrayList<>(latest.values());
        shown.sort(Comparator.comparing(RssWriter.Item::published).thenComparing(RssWriter.Item::guid).reversed());
        return RssWriter.write(title, link, shown);
    }

    private static Instant writtenAt(RssWriter.Item item) {
        return item.updated() != null ? item.updated() : item.published();
    }
}
