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
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
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

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("posts"), Serdes.String(),
                InternalSerdes.POST_CLAIMS).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        processor = new PostVersionProcessor("posts", new ClaimFactory(Fixtures.EXTRACTOR), java.time.Duration.ofDays(30));
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
    void postsOlderThanTheRetentionAreForgottenAndTheirLateUpdatesRejected() {
        process("old", update("old", "2023-11-01T10:00:00Z", "h", V1), 1L);
        process("new", update("new", "2023-12-05T10:00:00Z", "h", V1), 2L);
        assertEquals(1, context.scheduledPunctuators().size());
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(streamTime);
        assertEquals(null, store.get("old"), "published more than 30 days before stream time");
        assertEquals(1, store.get("new").getVersion());
        ExpiredPostException e = org.junit.jupiter.api.Assertions.assertThrows(ExpiredPostException.class,
                () -> process("old", update("old", "2023-11-01T10:00:00Z", "h", V2), 3L));
        assertTrue(e.getMessage().contains("post old"), e.getMessage());
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
