package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void theHookAsksToStopThenWaitsUntilTheCommandHasClosed() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        GracefulShutdown shutdown = new GracefulShutdown("test-shutdown", Duration.ofSeconds(30));
        shutdown.onStop(() -> events.add("wake the consumer"));
        Thread command = new Thread(() -> {
            try (shutdown) {
                shutdown.awaitStop();
                events.add("closed streams app and broker");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        command.start();
        assertFalse(shutdown.stopRequested());
        assertTrue(shutdown.stopAndWait(), "the command closed within the grace"); // what the JVM runs on Ctrl-C
        events.add("hook returned");
        command.join();
        assertTrue(shutdown.stopRequested());
        assertEquals(List.of("wake the consumer", "closed streams app and broker", "hook returned"), events);
    }

    @Test
    void aCommandThatNeverClosesDoesNotHoldTheExitBeyondTheGrace() {
        GracefulShutdown shutdown = new GracefulShutdown("test-shutdown", Duration.ofMillis(50));
        try {
            assertFalse(shutdown.stopAndWait(), "the hook gives up after the grace: close() never came");
            assertTrue(shutdown.stopRequested());
        } finally {
            shutdown.close();
        }
    }
}
