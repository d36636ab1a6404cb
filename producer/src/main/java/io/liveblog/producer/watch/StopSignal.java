package io.liveblog.producer.watch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running {@link FeedWatcher} to stop, e.g. from a shutdown hook. A watcher waiting between polls wakes up at
 * once; one in the middle of a poll finishes it (so what it published is also recorded in the state file) and stops.
 */
public final class StopSignal implements Sleeper {

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Requests the stop; idempotent and safe from any thread. */
    public void requestStop() {
        stopped.countDown();
    }

    /** @return true once {@link #requestStop()} was called */
    public boolean isStopRequested() {
        return stopped.getCount() == 0;
    }

    /** Waits for the duration or until a stop is requested, whichever comes first. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        stopped.await(Math.max(0, duration.toMillis()), TimeUnit.MILLISECONDS);
    }
}
