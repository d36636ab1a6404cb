package io.liveblog.cli;

import io.liveblog.cli.export.AggregateExport;
import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog export}: aggregates as CSV, HXL or GeoJSON for spreadsheets, HDX tools and maps. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write aggregates as CSV (one row per aggregate), HXL (a column per metric under the HXL "
                + "hashtag row, for HDX tools) or GeoJSON (RFC 7946 points), with place codes, path and "
                + "coordinates.",
            "Reads a snapshot file (--snapshot) or the live topics of a running app (--bootstrap-servers)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:failed while writing", "2:invalid options or unreadable snapshot"})
final class ExportCommand implements Callable<Integer> {

    private static final Pattern WINDOW = Pattern.compile("total|all|\\d{4}-\\d{2}-\\d{2}");

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, hxl or geojson.")
    String format;

    @Option(names = "--window", defaultValue = "total", paramLabel = "WINDOW",
            description = "total (default: running totals), a day YYYY-MM-DD, or all.")
    String window;

    @Option(names = "--metric", paramLabel = "METRIC", description = "Only this metric (e.g. killed, aid_trucks).")
    String metric;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    SnapshotSource source = new SnapshotSource();

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Override
    public Integer call() throws IOException {
        AggregateExport.Format f;
        try {
            f = AggregateExport.format(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!WINDOW.matcher(window).matches()) {
            throw new UsageException("--window must be total, all or a day YYYY-MM-DD, got '" + window + "'");
        }
        Snapshot s = source.load(pipeline.cluster);
        List<SnapshotAggregate> chosen = s.aggregates().stream()
                .filter(a -> "all".equals(window) || a.window().equals(window))
                .filter(a -> metric == null || a.metric().equals(metric))
                .toList();
        AggregateExport export = new AggregateExport(chosen, pipeline.places.gazetteer());
        if (output == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            export.write(f, out);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                export.write(f, out);
            }
            System.err.printf("Wrote %d aggregates as %s to %s%n", chosen.size(), f.name().toLowerCase(), output);
        }
        return ExitCodes.OK;
    }

}
