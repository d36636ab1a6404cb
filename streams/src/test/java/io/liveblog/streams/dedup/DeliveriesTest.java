package io.liveblog.streams.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.Fixtures;
import io.liveblog.streams.MockStores;
import io.liveblog.streams.time.BlogClocks;
import io.liveblog.streams.time.ExpiryIndex;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Level-1 deduplication's rule: one post version counts once, for a retention on its own blog's clock. */
class DeliveriesTest {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final long DAY = Duration.ofDays(1).toMillis();

    private KeyValueStore<String, Long> delivered;
    private KeyValueStore<String, Long> clocks;
    private Deliveries deliveries;

    @BeforeEach
    void setUp() {
        MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
        delivered = MockStores.keyValue(context, "delivered", Serdes.String(), Serdes.Long());
        KeyValueStore<String, String> expiry = MockStores.keyValue(context, "expiry", Serdes.String(),
                Serdes.String());
        clocks = MockStores.keyValue(context, "clocks", Serdes.String(), Serdes.Long());
        deliveries = new Deliveries(delivered, new ExpiryIndex(expiry), new BlogClocks(clocks), RETENTION);
    }

    private static LiveBlogUpdate post(String blog, String id, String body, String updatedAt) {
        LiveBlogUpdate u = LiveBlogUpdate.newBuilder(Fixtures.update(blog + "-" + id, "2024-03-01T10:00:00Z",
                "", body)).setBlogId(blog).build();
        return updatedAt == null ? u : LiveBlogUpdate.newBuilder(u).setUpdatedAt(Instant.parse(updatedAt)).build();
    }

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aVersionCountsOnceAndAnEditIsANewVersion() {
        LiveBlogUpdate first = post("a", "1", "Five people were killed.", null);
        assertTrue(deliveries.first(first, at("2024-03-01T10:00:00Z")));
        assertFalse(deliveries.first(first, at("2024-03-01T10:00:00Z")), "the feed sent it again");
        LiveBlogUpdate edited = post("a", "1", "Six people were killed.", "2024-03-01T11:00:00Z");
        assertTrue(deliveries.first(edited, at("2024-03-01T10:00:00Z")));
        assertFalse(deliveries.first(first, at("2024-03-01T10:00:00Z")),
                "yesterday's item re-sent after the edit is still a re-delivery, not an edit back");
        LiveBlogUpdate editedBack = post("a", "1", "Five people were killed.", "2024-03-01T12:00:00Z");
        assertTrue(deliveries.first(editedBack, at("2024-03-01T10:00:00Z")),
                "an edit back to the first text carries a new last-modified time");
    }

    @Test
    void aDeliveryIsForgottenOnceItsOwnBlogsClockPassesTheRetention() {
        LiveBlogUpdate old = post("a", "1", "Five people were killed.", null);
        long t = at("2024-03-01T10:00:00Z");
        assertTrue(deliveries.first(old, t));
        assertTrue(deliveries.first(post("b", "1", "Much later, another blog.", null), t + 30 * DAY));
        assertFalse(deliveries.first(old, t), "another blog's clock forgets nothing of this one");
        assertTrue(deliveries.first(post("a", "2", "Six days on.", null), t + 6 * DAY));
        assertFalse(deliveries.first(old, t), "within the retention on its blog's clock");
        assertTrue(deliveries.first(post("a", "3", "Eight days on.", null), t + 8 * DAY));
        assertTrue(deliveries.first(old, t), "past the retention it is forgotten, so it counts as new");
        assertEquals(t + 8 * DAY, clocks.get("a"));
    }

    @Test
    void aReDeliveryMovesNoClock() {
        LiveBlogUpdate p = post("a", "1", "Five people were killed.", null);
        long t = at("2024-03-01T10:00:00Z");
        deliveries.first(p, t);
        deliveries.first(p, t + 20 * DAY);
        assertEquals(t, clocks.get("a"), "a re-sent item's time is not the blog's news");
        assertEquals(1, countDelivered());
    }

    private int countDelivered() {
        int n = 0;
        try (var it = delivered.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
