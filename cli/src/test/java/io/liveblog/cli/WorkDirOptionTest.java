package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirOptionTest {

    @Test
    void aTemporaryDirectoryIsDeletedAfterAPassingCheckAndKeptAfterAFailingOne() throws Exception {
        WorkDirOption option = new WorkDirOption();
        Path passed = option.open("liveblog-test-");
        Files.writeString(passed.resolve("inputs.jsonl"), "{}\n");
        option.close(passed, true);
        assertFalse(Files.exists(passed), "a passing run's files are of no use");

        Path failed = option.open("liveblog-test-");
        Files.writeString(failed.resolve("inputs.jsonl"), "{}\n");
        try {
            option.close(failed, false);
            assertTrue(Files.exists(failed.resolve("inputs.jsonl")), "a failing run's files are its evidence");
        } finally {
            io.liveblog.cli.files.Directories.delete(failed);
        }
    }

    @Test
    void aNamedDirectoryIsCreatedAndNeverDeleted(@TempDir Path parent) throws Exception {
        WorkDirOption option = new WorkDirOption();
        option.workDir = parent.resolve("runs/one");
        Path dir = option.open("liveblog-test-");
        assertEquals(parent.resolve("runs/one"), dir);
        assertTrue(Files.isDirectory(dir));
        option.close(dir, true);
        assertTrue(Files.isDirectory(dir), "the user's directory is the user's");
    }
}
