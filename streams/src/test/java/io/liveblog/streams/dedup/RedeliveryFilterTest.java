package io.liveblog.streams.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.streams.FixedKeyContexts;
import io.liveblog.streams.Fixtures;
import io.liveblog.streams.MockStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The level-1 dedup processor under a mock context: what it forwards, what it drops and counts, and what it refuses
 * before any clock sees it. (The rule itself is {@link Deliveries}', tested in {@link DeliveriesTest}.)
 */
class RedeliveryFilterTest {

    private final List<FixedKeyRecord<String, LiveBlogUpdate>> forwarded = new ArrayList<>();
    private MockProcessorContext<String, LiveBlogUpdate> mock;
    private KeyValueStore<String, Long> clocks;
    private RedeliveryFilter filter;

    @BeforeEach
    void setUp() {
        mock = new MockProcessorContext<>();
        MockStores.keyValue(mock, "delivered", Serdes.String(), Serdes.Long());
        MockStores.keyValue(mock, "expiry", Serdes.String(), Serdes.String());
        clocks = MockStores.keyValue(mock, "clocks", Serdes.String(), Serdes.Long());
        filter = new RedeliveryFilter("delivered", "expiry", "clocks", Duration.ofDays(7));
        filter.init(FixedKeyContexts.of(mock, forwarded));
    }

    private void process(String postId, LiveBlogUpdate update, String recordTime) {
        filter.process(InternalFixedKeyRecordFactory.create(new Record<>(postId, update,
                Instant.parse(recordTime).toEpochMilli())));
    }

    private double droppedTotal() {
        return mock.metrics().metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("redelivered-updates-dropped-total"))
                .mapToDouble(e -> (Double) e.getValue().metricValue()).sum();
    }

    @Test
    void aPostVersionIsForwardedOnceAndItsRedeliveriesAreCounted() {
        LiveBlogUpdate post = Fixtures.update("p1", "2024-03-01T10:00:00Z", "", "Five people were killed.");
        process("p1", post, "2024-03-01T10:00:00Z");
        process("p1", post, "2024-03-01T10:05:00Z");
        process("p1", post, "2024-03-01T10:09:00Z");
        assertEquals(1, forwarded.size(), "the feed re-sent the same version twice");
        assertEquals(post, forwarded.get(0).value());
        assertEquals(2.0, droppedTotal(), "each dropped re-delivery is counted");
    }

    @Test
    void anEditIsANewVersionAndPasses() {
        LiveBlogUpdate post = Fixtures.update("p1", "2024-03-01T10:00:00Z", "", "Five people were killed.");
        LiveBlogUpdate edited = LiveBlogUpdate.newBuilder(
                        Fixtures.update("p1", "2024-03-01T10:00:00Z", "", "Six people were killed."))
                .setUpdatedAt(Instant.parse("2024-03-01T11:00:00Z")).build();
        process("p1", post, "2024-03-01T10:00:00Z");
        process("p1", edited, "2024-03-01T11:00:00Z");
        assertEquals(List.of(post, edited), forwarded.stream().map(FixedKeyRecord::value).toList());
        assertEquals(0.0, droppedTotal());
    }

    @Test
    void aDeletionAlwaysPasses() {
        process("p1", null, "2024-03-01T10:00:00Z");
        process("p1", null, "2024-03-01T10:00:00Z");
        assertEquals(2, forwarded.size(), "deletions are idempotent downstream, so they are never held back");
        assertNull(forwarded.get(0).value());
        assertEquals("p1", forwarded.get(1).key());
    }

    @Test
    void anImplausibleTimeIsRefusedBeforeAnyClockMoves() {
        LiveBlogUpdate fromTheFuture = Fixtures.update("p1", "2031-03-01T10:00:00Z", "", "Five people were killed.");
        ImplausibleTimeException e = assertThrows(ImplausibleTimeException.class,
                () -> process("p1", fromTheFuture, "2024-03-01T10:00:00Z"));
        assertTrue(e.getMessage().contains("post p1 of blog test-blog"), e.getMessage());
        assertTrue(forwarded.isEmpty());
        assertEquals(0, clocks.approximateNumEntries(), "no blog's clock moved for a refused update");
        LiveBlogUpdate onTime = Fixtures.update("p2", "2024-03-01T10:00:00Z", "", "Five people were killed.");
        process("p2", onTime, "2024-03-01T10:00:00Z");
        assertEquals(1, forwarded.size(), "the blog's next plausible post is not held back by the refused one");
    }
}
