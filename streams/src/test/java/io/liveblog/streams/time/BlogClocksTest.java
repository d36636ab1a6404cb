package io.liveblog.streams.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.streams.MockStores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each blog's clock only moves forward, and clocks kept in memory read and write the store they mirror. */
class BlogClocksTest {

    private KeyValueStore<String, Long> store;

    @BeforeEach
    void setUp() {
        store = MockStores.keyValue(new MockProcessorContext<>(), "clocks", Serdes.String(), Serdes.Long());
    }

    @Test
    void aClockMovesForwardOnlyAndBlogsKeepTheirOwn() {
        BlogClocks clocks = new BlogClocks(store);
        assertEquals(BlogClocks.NEVER, clocks.of("a"));
        assertEquals(100, clocks.advance("a", 100));
        assertEquals(100, clocks.advance("a", 40), "an older post does not move the clock back");
        assertEquals(7, clocks.advance("b", 7));
        assertEquals(100, clocks.of("a"));
        assertEquals(100L, store.get("a"));
    }

    @Test
    void clocksKeptInMemoryStartFromTheStoreAndWriteThrough() {
        store.put("restored", 500L); // what a restored changelog holds when the task starts
        BlogClocks clocks = BlogClocks.keptInMemory(store);
        assertEquals(500, clocks.of("restored"));
        assertEquals(900, clocks.advance("restored", 900));
        assertEquals(900, clocks.of("restored"), "what was written is what is read");
        assertEquals(900, clocks.advance("restored", 600), "an older post does not move the clock back");
        assertEquals(900L, store.get("restored"), "the store stays the truth a restart restores from");
        assertEquals(900, BlogClocks.keptInMemory(store).of("restored"), "new clocks read what was written");
        assertEquals(BlogClocks.NEVER, clocks.of("unseen"));
        store.put("unseen", 3L);
        assertEquals(3, clocks.of("unseen"), "a blog not seen before is read from the store, not remembered absent");
    }
}
