package io.liveblog.cli;

import io.liveblog.cli.files.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --work-dir} of the commands that write a run's files (generated inputs, brokers' logs, state directories)
 * before checking something ({@code chaos}, {@code fuzz}): a directory the user names is theirs and is kept; a
 * temporary one is deleted when the check passes and kept, its path printed, when it fails, since its files are
 * then the evidence.
 */
final class WorkDirOption {

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the run's files go (default: a new temporary directory, deleted when the check "
                    + "passes, kept and named when it fails).")
    Path workDir;

    /** @return the directory to work in: the named one (created if need be), else a new temporary directory */
    Path open(String prefix) throws IOException {
        return workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory(prefix);
    }

    /** Deletes a temporary {@code dir} after a passing check; says where it is after a failing one. */
    void close(Path dir, boolean passed) {
        if (workDir != null) {
            return;
        }
        if (passed) {
            Directories.deleteIfPossible(dir);
        } else {
            System.out.println("work dir kept: " + dir);
        }
    }
}
