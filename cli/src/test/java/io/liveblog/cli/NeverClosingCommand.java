package io.liveblog.cli;

import java.time.Duration;

/**
 * A command whose close never comes, in a JVM of its own ({@link CtrlCIT}): after a Ctrl-C its shutdown hook waits out
 * the whole grace given as the first argument (seconds), unless a second Ctrl-C ends it.
 */
final class NeverClosingCommand {

    private NeverClosingCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        GracefulShutdown shutdown = new GracefulShutdown("never-closing", Duration.ofSeconds(Long.parseLong(args[0])));
        System.err.println("ready");
        shutdown.awaitStop();
        Thread.sleep(Long.MAX_VALUE); // the close never comes
    }
}
