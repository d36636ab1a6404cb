package io.liveblog.cli;

/** Exit codes of every command (documented in README and --help). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Failure while running (cluster unreachable, processing did not finish). */
    public static final int FAILURE = 1;
    /** Unusable input or options (missing file, unsupported format, invalid config). */
    public static final int USAGE = 2;
    /** Input read, but some records were dead-lettered (only with --strict). */
    public static final int DEAD_LETTERS = 3;
    /** Stopped by Ctrl-C (128 + SIGINT, as shells report an interrupted command). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
