package io.liveblog.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code liveblog} command line. */
@Command(name = "liveblog", mixinStandardHelpOptions = true, version = "liveblog-pipeline 0.1.0",
        description = {"Turns news live blogs about wars and disasters into deduplicated, traceable casualty and aid "
                + "figures on Kafka.", ""},
        subcommands = {DemoCommand.class, ProcessCommand.class, ProduceCommand.class, StreamsCommand.class,
            ReplayCommand.class, ExplainCommand.class, ExportCommand.class, AlertsCommand.class, EvaluateCommand.class,
            BenchCommand.class, ServeFeedCommand.class, ChaosCommand.class, FuzzCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure while running", "2:unusable input or options",
            "3:done, but records were dead-lettered (process --strict)"})
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    /**
     * Runs a command and returns its exit code (no {@code System.exit} here, so tests can call it).
     *
     * @param args command-line arguments
     * @return exit code
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException) {
                cmd.getErr().println("liveblog: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            LOG.error("{} failed", cmd.getCommandName(), e);
            cmd.getErr().println("liveblog " + cmd.getCommandName() + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }

    /** Entry point of the {@code ./liveblog} script. */
    public static void main(String[] args) {
        int code = run(args);
        System.exit(code);
    }
}
