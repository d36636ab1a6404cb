package io.liveblog.producer.watch;

import java.time.Duration;

/** Waits between polls; injected so tests never sleep for real. */
@FunctionalInterface
public interface Sleeper {

    /**
     * @param duration how long to wait
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
