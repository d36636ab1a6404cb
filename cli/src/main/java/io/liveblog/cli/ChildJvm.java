package io.liveblog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code liveblog} in a JVM of its own (this JVM's java and class path), its output to a log file: for runs that a
 * signal, a crash or a second process must reach as they would a real deployment (chaos, shutdown, security tests).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param log file that receives the JVM's standard output and error (its directory is created)
     * @param jvmOptions options before the class name ({@code -Xmx512m}, {@code -Dkey=value})
     * @param args the command and its options ({@code streams --config F})
     * @return the started process
     */
    public static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        return start(log, jvmOptions, Main.class, args);
    }

    /**
     * @param log file that receives the JVM's standard output and error (its directory is created)
     * @param jvmOptions options before the class name
     * @param mainClass the class whose {@code main} runs (on this JVM's class path)
     * @param args its arguments
     * @return the started process
     */
    public static Process start(Path log, List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException {
        if (log.getParent() != null) {
            Files.createDirectories(log.getParent());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
