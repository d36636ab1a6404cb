package io.liveblog.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT or SIGTERM) for a command that runs until stopped: the JVM's shutdown hook asks the command to stop,
 * then waits until the command has closed what it opened (streams app, consumers, embedded broker), at most
 * {@link #GRACE}, so what was processed is committed and the process exits within seconds.
 *
 * <p>Why not join the main thread: {@code Main} ends with {@code System.exit}, which waits for the shutdown hooks
 * to finish; a hook that joins the main thread then waits for itself, and the process hung for the join's timeout
 * (about a minute) on every Ctrl-C. Open this first, so that {@link #close} runs after every other resource is closed.
 *
 * <p>A second Ctrl-C while the command closes exits at once (status 130): an operator who presses it again does not
 * want to wait for the grace. Under exactly-once nothing is lost by that; what the command had not committed is done
 * again on its next start.
 */
final class GracefulShutdown implements AutoCloseable {

    /** How long a Ctrl-C waits for the orderly close before the JVM exits anyway. */
    static final Duration GRACE = Duration.ofSeconds(9);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();
    private final Thread hook;
    private final Duration grace;

    /** @param name name of the hook thread (shows in thread dumps) */
    GracefulShutdown(String name) {
        this(name, GRACE);
    }

    GracefulShutdown(String name, Duration grace) {
        this.grace = grace;
        this.hook = new Thread(() -> {
            exitAtOnceOnSecondSignal();
            stopAndWait();
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Adds something to do when a stop is requested (wake a consumer, end a loop); it must not block. */
    void onStop(Runnable action) {
        onStop.add(action);
    }

    /** @return whether a stop was requested */
    boolean stopRequested() {
        return requested.getCount() == 0;
    }

    /** Blocks until a stop is requested. */
    void awaitStop() throws InterruptedException {
        requested.await();
    }

    /**
     * From now on SIGINT and SIGTERM halt the JVM at once. The JVM's own handlers would start a second shutdown,
     * which waits for the first one, hooks and grace included.
     */
    private static void exitAtOnceOnSecondSignal() {
        System.err.println("liveblog: stopping (Ctrl-C again to exit at once)");
        for (String name : java.util.List.of("INT", "TERM")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    System.err.println("liveblog: second stop request; exiting at once");
                    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // the signal is ignored (a background job's SIGINT) or reserved here: the first one was the other
            }
        }
    }

    /**
     * What the hook does: ask the command to stop, then give it {@link #grace} to close. Visible for tests.
     *
     * @return whether the command closed within the grace (false: the JVM exits anyway)
     */
    boolean stopAndWait() {
        onStop.forEach(Runnable::run);
        requested.countDown(); // after the actions, so a command woken by awaitStop sees them done
        try {
            if (closed.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            System.err.printf("liveblog: not closed within %d s of the stop request; exiting anyway%n",
                    grace.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The command has closed everything: a waiting hook returns, and without a stop request the hook goes. */
    @Override
    public void close() {
        closed.countDown();
        if (!stopRequested()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs and returns at once, as closed is counted down
            }
        }
    }
}
