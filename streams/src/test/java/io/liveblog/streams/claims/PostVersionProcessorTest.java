package io.liveblog.streams.claims;

import static io.liveblog.streams.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.PostClaims;
import io.liveblog.streams.Fixtures;
import io.liveblog.streams.InternalSerdes;
import io.liveblog.streams.MockStores;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostVersionProcessorTest {

    private static final String V1 = "Officials said "
            + "[[aid_trucks 55 exact incremental reported rafah-crossing Crossing|55 aid trucks]] crossed.";
    private static final String V2 = "Officials said "
            + "[[aid_trucks 57 exact incremental reported rafah-crossing Crossing|57 aid trucks]] crossed.";

    private MockProcessorContext<String, ClaimChange> context;
    private KeyValueStore<String, PostClaims> store;
    private PostVersionProcessor processor;
    private KeyValueStore<String, String> expiry;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        store = MockStores.keyValue(context, "posts", Serdes.String(), InternalSerdes.POST_CLAIMS);
        MockStores.keyValue(context, "clocks", Serdes.String(), Serdes.Long());
        expiry = MockStores.keyValue(context, "expiry", Serdes.String(), Serdes.String());
        processor = new PostVersionProcessor("posts", "clocks", "expiry", new ClaimFactory(Fixtures.EXTRACTOR),
                java.time.Duration.ofDays(30));
        processor.init(context);
    }

    private long streamTime;

    private void process(String key, LiveBlogUpdate u, long ts) {
        if (u != null) {
            streamTime = Math.max(streamTime, u.getPublishedAt().toEpochMilli());
        }
        context.setCurrentStreamTimeMs(streamTime);
        processor.process(new org.apache.kafka.streams.processor.api.Record<>(key, u, ts));
    }

    @Test
    void firstVersionAssertsItsClaims() {
        process("p1", update("p1", "2023-12-02T16:00:00Z", "h", V1), 1L);
        List<CapturedForward<? extends String, ? extends ClaimChange>> out = context.forwarded();
        assertEquals(1, out.size());
        assertFalse(out.get(0).record().value().getRetracted());
        assertEquals(55L, out.get(0).record().value().getClaim().getValue());
        assertEquals(1, store.get("p1").getVersion());
    }

    @Test
    void editRetractsOldClaimsBeforeAssertingNewOnes() {
        process("p1", update("p1", "2023-12-02T16:00:00Z", "h", V1), 1L);
        context.resetForwards();
        process("p1", update("p1", "2023-12-02T16:00:00Z", "h", V2), 2L);
        List<CapturedForward<? extends String, ? extends ClaimChange>> out = context.forwarded();
        assertEquals(2, out.size());
        assertTrue(out.get(0).record().value().getRetracted());
        assertEquals(55L, out.get(0).record().value().getClaim().getValue());
        assertFalse(out.get(1).record().value().getRetracted());
        assertEquals(57L, out.get(1).record().value().getClaim().getValue());
        assertEquals(2, out.get(1).record().value().getClaim().getPostVersion());
        assertEquals(2, store.get("p1").getVersion());
    }

    @Test
    void sameContentAgainChangesNothing() {
        LiveBlogUpdate u = update("p1", "2023-12-02T16:00:00Z", "h", V1);
        process("p1", u, 1L);
        context.resetForwards();
        process("p1", u, 1L);
        assertTrue(context.forwarded().isEmpty());
    }

    @Test
    void postsOlderThanTheRetentionOnTheirBlogsClockAreForgottenAndTheirEditsRejected() {
        process("old", update("old", "2023-11-01T10:00:00Z", "h", V1), 1L);
        process("new", update("new", "2023-12-05T10:00:00Z", "h", V1), 2L);
        PostClaims marker = store.get("old");
        assertTrue(marker.getForgotten(), "published more than 30 days before the blog's newest post");
        assertEquals(List.of(), marker.getClaims(), "a forgotten post keeps only its identity");
        assertFalse(store.get("new").getForgotten());
        context.resetForwards();
        process("old", update("old", "2023-11-01T10:00:00Z", "h", V1), 3L);
        assertTrue(context.forwarded().isEmpty(), "the same content again is still recognised");
        ExpiredPostException e = org.junit.jupiter.api.Assertions.assertThrows(ExpiredPostException.class,
                () -> process("old", update("old", "2023-11-01T10:00:00Z", "h", V2), 3L));
        assertTrue(e.getMessage().contains("post old") && e.getMessage().contains("edited after it was forgotten"),
                e.getMessage());
        assertThrowsOnDeletion("old");
    }

    @Test
    void anotherBlogsClockNeverExpiresAPost() {
        process("today", update("today", "2024-06-01T10:00:00Z", "h", V1), 1L);
        context.resetForwards();
        LiveBlogUpdate lastYear = LiveBlogUpdate.newBuilder(update("old", "2023-06-01T10:00:00Z", "h", V1))
                .setBlogId("another-blog").build();
        process("old", lastYear, 2L);
        assertEquals(1, context.forwarded().size(), "a post new to the pipeline is accepted however old");
        assertFalse(store.get("old").getForgotten());
        context.resetForwards();
        process("old", LiveBlogUpdate.newBuilder(lastYear).setBody(V2).setContentHash("v2").build(), 3L);
        assertEquals(2, context.forwarded().size(), "and can be edited: its own blog's clock says it is current");
    }

    @Test
    void markersGoAfterTheirLifetimeAndExpiryScansOnlyWhatIsDue() {
        process("old", update("old", "2023-01-01T10:00:00Z", "h", V1), 1L);
        process("mid", update("mid", "2023-02-15T10:00:00Z", "h", V1), 2L);
        assertTrue(store.get("old").getForgotten());
        assertEquals(2, count(expiry), "one index entry per post or marker");
        process("late", update("late", "2024-01-01T10:00:00Z", "h", V1), 3L);
        assertEquals(null, store.get("old"), "gone after 12 retentions (360 days)");
        assertTrue(store.get("mid").getForgotten());
        assertEquals(2, count(expiry));
    }

    @Test
    void retractionsCarryTheClaimsEventTimeNotTheDeletionsWallClock() {
        process("p1", update("p1", "2023-12-02T16:00:00Z", "h", V1), 1L);
        context.resetForwards();
        process("p1", null, java.time.Instant.parse("2026-12-06T00:00:00Z").toEpochMilli());
        assertEquals(java.time.Instant.parse("2023-12-02T16:00:00Z").toEpochMilli(),
                context.forwarded().get(0).record().timestamp());
    }

    private void assertThrowsOnDeletion(String postId) {
        ExpiredPostException e = org.junit.jupiter.api.Assertions.assertThrows(ExpiredPostException.class,
                () -> process(postId, null, 4L));
        assertTrue(e.getMessage().contains("deleted after it was forgotten"), e.getMessage());
    }

    private static int count(KeyValueStore<String, String> s) {
        int n = 0;
        try (var it = s.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void deletionRetractsEverythingAndForgetsThePost() {
        process("p1", update("p1", "2023-12-02T16:00:00Z", "h", V1), 1L);
        context.resetForwards();
        process("p1", null, 5L);
        assertEquals(1, context.forwarded().size());
        assertTrue(context.forwarded().get(0).record().value().getRetracted());
        assertEquals(null, store.get("p1"));
        context.resetForwards();
        process("p1", null, 6L);
        assertTrue(context.forwarded().isEmpty(), "deleting twice is harmless");
    }
}
