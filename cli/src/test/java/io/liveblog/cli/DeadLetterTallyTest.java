package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.liveblog.schema.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTallyTest {

    private static DeadLetter deadLetter(String stage, String errorClass, String reason, String source) {
        return DeadLetter.newBuilder().setStage(stage).setErrorClass(errorClass).setReason(reason).setSource(source)
                .setPayload(ByteBuffer.wrap(new byte[0])).setOccurredAt(Instant.EPOCH).build();
    }

    @Test
    void groupsByStageAndKindKeepingTheFirstExample() {
        DeadLetterTally tally = new DeadLetterTally();
        tally.add(deadLetter("streams", "io.liveblog.streams.claims.ExpiredPostException", "an edit of a forgotten post",
                "updates-0@7"));
        tally.add(deadLetter("streams", "io.liveblog.streams.claims.ExpiredPostException", "another", "updates-0@9"));
        tally.add(deadLetter("producer", null, "response larger than 1048576 bytes: nothing of it was read",
                "https://example.org/feed"));
        assertEquals(3, tally.total());
        assertEquals(List.of(
                new DeadLetterTally.Group("producer", "response larger than 1048576 bytes", 1,
                        "https://example.org/feed", "response larger than 1048576 bytes: nothing of it was read"),
                new DeadLetterTally.Group("streams", "ExpiredPostException", 2, "updates-0@7",
                        "an edit of a forgotten post")), tally.groups());
        assertEquals(List.of(
                "Dead-lettered in this run: 3 (records kept on the dead-letter topic with their reason)",
                "  producer      1  response larger than 1048576 bytes — first at https://example.org/feed: response"
                        + " larger than 1048576 bytes: nothing of it was read",
                "  streams       2  ExpiredPostException — first at updates-0@7: an edit of a forgotten post"),
                tally.describe());
    }

    @Test
    void aCleanRunSaysSo() {
        assertEquals(List.of("Dead-lettered in this run: none"), new DeadLetterTally().describe());
    }
}
