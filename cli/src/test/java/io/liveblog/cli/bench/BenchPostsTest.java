package io.liveblog.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bench workload is what its Javadoc promises: the measured numbers mean nothing otherwise. */
class BenchPostsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.curated();

    private static List<LiveBlogUpdate> posts(long seed, int n) {
        List<LiveBlogUpdate> out = new ArrayList<>();
        new BenchPosts(seed, n, GAZETTEER).forEachRemaining(out::add);
        return out;
    }

    @Test
    void sameSeedSamePostsAndExactlyTheCountAskedFor() {
        List<LiveBlogUpdate> a = posts(3, 500);
        assertEquals(500, a.size());
        assertEquals(a, posts(3, 500));
    }

    @Test
    void manyBlogsFromDifferentMonthsArrivingOutOfOrderWithEditsAndRedeliveries() {
        List<LiveBlogUpdate> all = posts(5, 4000);
        Set<String> blogs = new HashSet<>();
        Map<String, Long> firstByBlog = new TreeMap<>();
        int outOfOrder = 0;
        int edits = 0;
        int redeliveries = 0;
        Map<String, LiveBlogUpdate> lastByPost = new HashMap<>();
        Map<String, Long> lastTimeByBlog = new HashMap<>();
        for (LiveBlogUpdate u : all) {
            blogs.add(u.getBlogId());
            firstByBlog.merge(u.getBlogId(), u.getPublishedAt().toEpochMilli(), Math::min);
            long t = u.getPublishedAt().toEpochMilli();
            Long last = lastTimeByBlog.put(u.getBlogId(), Math.max(t, lastTimeByBlog.getOrDefault(u.getBlogId(), t)));
            if (last != null && t < last) {
                outOfOrder++;
            }
            LiveBlogUpdate before = lastByPost.put(u.getPostId(), u);
            if (before != null && before.equals(u)) {
                redeliveries++;
            } else if (before != null) {
                edits++;
            }
        }
        assertTrue(blogs.size() >= 8, "blogs: " + blogs.size());
        long spread = firstByBlog.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - firstByBlog.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(spread > Duration.ofDays(365).toMillis(), "blogs start over more than a year");
        assertTrue(outOfOrder > 200, "out of order: " + outOfOrder);
        assertTrue(edits > 40, "edits: " + edits);
        assertTrue(redeliveries > 40, "re-deliveries: " + redeliveries);
        double meanLength = all.stream().mapToInt(u -> u.getBody().length()).average().orElseThrow();
        assertTrue(meanLength > 800 && meanLength < 1600, "mean body length " + meanLength);
    }

    @Test
    void mostPostsStateFiguresTheExtractorReadsAtGazetteerPlaces() {
        ClaimExtractor extractor = new ClaimExtractor(GAZETTEER);
        Map<String, Integer> byMetric = new TreeMap<>();
        int claims = 0;
        int located = 0;
        List<LiveBlogUpdate> sample = posts(11, 400);
        for (LiveBlogUpdate u : sample) {
            for (ExtractedClaim c : extractor.extract(new PostText(u.getPostId(), u.getPublishedAt(),
                    u.getHeadline(), u.getByline(), u.getBody()))) {
                claims++;
                byMetric.merge(c.metric().wireName(), 1, Integer::sum);
                if (!c.locationPath().isEmpty()) {
                    located++;
                }
            }
        }
        assertTrue(claims > sample.size(), "figures per post: " + (double) claims / sample.size() + " " + byMetric);
        assertTrue(located > claims * 0.8, "located: " + located + " of " + claims);
        for (String metric : List.of("killed", "injured", "displaced", "arrested", "aid_trucks", "fuel_trucks",
                "missing")) {
            assertTrue(byMetric.getOrDefault(metric, 0) > 5, metric + " in " + byMetric);
        }
    }
}
