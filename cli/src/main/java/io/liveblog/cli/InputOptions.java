package io.liveblog.cli;

import io.liveblog.producer.publish.PublishSummary;
import io.liveblog.producer.publish.UpdateSink;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that read input files: how posts are identified and timed, and what a reject means. */
public final class InputOptions {

    @Option(names = "--blog-id", paramLabel = "ID", description = "Blog id for every post (default: derived "
            + "from each input).")
    String blogId;

    @Option(names = "--zone", paramLabel = "ABBR=ZONE", description = "Extra or overriding time-zone "
            + "abbreviation for time lines, e.g. --zone IST=Asia/Kolkata (repeatable).")
    Map<String, String> zones = new LinkedHashMap<>();

    @Option(names = "--strict", description = "Exit with 3 when any record was dead-lettered.")
    boolean strict;

    /** @return what publishing these files did */
    PublishSummary publish(List<Path> inputs, UpdateSink sink) {
        return Publishing.publish(inputs, sink, blogId, Publishing.zones(zones));
    }

    /** @return the exit code for a finished run */
    int exitCode(PublishSummary summary) {
        return exitCode(summary, 0);
    }

    /**
     * @param onTopic dead letters the run wrote to the dead-letter topic (the streams app's and the producer's)
     * @return the exit code for a finished run
     */
    int exitCode(PublishSummary summary, long onTopic) {
        return strict && (summary.deadLettered() > 0 || onTopic > 0) ? ExitCodes.DEAD_LETTERS : ExitCodes.OK;
    }
}
