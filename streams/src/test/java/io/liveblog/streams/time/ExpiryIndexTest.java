package io.liveblog.streams.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.streams.MockStores;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entries are taken once they are due on their blog's clock, whatever order they were indexed in. */
class ExpiryIndexTest {

    private KeyValueStore<String, String> store;

    @BeforeEach
    void setUp() {
        store = MockStores.keyValue(new MockProcessorContext<>(), "expiry", Serdes.String(), Serdes.String());
    }

    @Test
    void takesWhatIsDueInDueOrderAndOnlyOnce() {
        ExpiryIndex index = new ExpiryIndex(store);
        index.put("blog", 30, "c");
        index.put("blog", 10, "a");
        index.put("blog", 20, "b");
        index.put("other", 5, "x");
        assertEquals(List.of("a", "b"), index.takeDue("blog", 25));
        assertEquals(List.of(), index.takeDue("blog", 25));
        assertEquals(List.of("c"), index.takeDue("blog", 40));
        assertEquals(List.of("x"), index.takeDue("other", 40), "another blog's entries are its own");
    }

    @Test
    void anEntryIndexedBelowWhatWasAlreadyTakenIsStillTaken() {
        ExpiryIndex index = new ExpiryIndex(store);
        index.put("blog", 100, "late-news");
        assertEquals(List.of(), index.takeDue("blog", 50));
        assertEquals(List.of("late-news"), index.takeDue("blog", 150));
        // a backfilled post due long ago, indexed after the scan moved past its time
        index.put("blog", 20, "backfill");
        index.put("blog", 200, "future");
        assertEquals(List.of("backfill"), index.takeDue("blog", 160));
    }

    @Test
    void aNewInstanceOverTheSameStoreFindsEverythingStillIndexed() {
        ExpiryIndex first = new ExpiryIndex(store);
        first.put("blog", 10, "a");
        first.put("blog", 300, "b");
        assertEquals(List.of("a"), first.takeDue("blog", 100));
        // after a restart the index starts from the blog's first key again
        ExpiryIndex restarted = new ExpiryIndex(store);
        restarted.put("blog", 50, "c");
        assertEquals(List.of("c", "b"), restarted.takeDue("blog", 400));
    }
}
