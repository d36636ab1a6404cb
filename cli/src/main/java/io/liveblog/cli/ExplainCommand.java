package io.liveblog.cli;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import io.liveblog.cli.snapshot.Snapshot.SnapshotClaim;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog explain}: aggregate -> claims -> post and sentence, for audits. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Print how an aggregate was reached: the aggregate, the authorities' figures, and every "
                + "claim behind it with its post, version, span and sentence.",
            "Reads a snapshot file (--snapshot) or the live topics of a running app (--bootstrap-servers)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:no matching aggregate", "2:invalid options or unreadable snapshot"})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    SnapshotSource source = new SnapshotSource();

    @Option(names = "--location", required = true, paramLabel = "NAME",
            description = "Place name or gazetteer id, case-insensitive (e.g. \"Gaza Strip\").")
    String location;

    @Option(names = "--metric", required = true, paramLabel = "METRIC", description = "e.g. killed, aid_trucks.")
    String metric;

    @Option(names = "--window", defaultValue = "total", paramLabel = "WINDOW",
            description = "total (default) or a day YYYY-MM-DD.")
    String window;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws IOException {
        Snapshot s = source.load(cluster);
        return explain(s, location, metric, window, System.out);
    }

    /** Prints the explanation; returns the exit code. */
    static int explain(Snapshot s, String location, String metric, String window, PrintStream out) {
        String wanted = location.toLowerCase(Locale.ROOT);
        List<SnapshotAggregate> matches = s.aggregates().stream()
                .filter(a -> a.metric().equals(metric) && a.window().equals(window))
                .filter(a -> a.location().toLowerCase(Locale.ROOT).equals(wanted)
                        || a.locationId().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        if (matches.isEmpty()) {
            out.printf("No %s aggregate for '%s' in window %s.%n", metric, location, window);
            List<String> places = s.aggregates().stream().filter(a -> a.metric().equals(metric))
                    .map(SnapshotAggregate::location).distinct().sorted().toList();
            out.printf("Places with %s aggregates: %s%n", metric, places.isEmpty() ? "none" : String.join(", ", places));
            return ExitCodes.FAILURE;
        }
        Map<String, SnapshotClaim> claims = s.claims().stream()
                .collect(Collectors.toMap(SnapshotClaim::id, Function.identity()));
        for (SnapshotAggregate a : matches) {
            out.printf("%s — %s, window %s%n", String.join(" > ", a.locationPath()), a.metric(), a.window());
            out.printf("  best %s   low %s   high %s   (%d distinct facts, %d citations)%n", show(a.value()),
                    show(a.low()), a.high() == null ? "unbounded" : a.high(), a.factCount(), a.claimCount());
            if (a.baseline() != null) {
                out.printf("  series: counting from %s%n", describe(a.baseline(), a.baselineText()));
            }
            printFigures(out, a.authorities(), a.authorityCount(), a.revisions(), a.revisionCount(), a.claimIds(),
                    claims);
            printFactReasons(out, a.claimIds(), claims);
            if (a.claimCount() > a.claimIds().size()) {
                printPlacesBelow(out, a, s.aggregates());
            }
            for (Snapshot.Increment d : a.dailyNew()) {
                out.printf("  daily new (derived, not reported): %+d by %s in the series from %s: %d on %s -> %d%s%n",
                        d.value(), d.authority(), d.baseline(), d.fromValue(), d.fromDate(), d.toValue(),
                        d.correction() ? " (a correction: the total went down)" : "");
            }
            for (Snapshot.Series other : a.otherSeries()) {
                out.printf("  other series, counting from %s (never added to the figure above):%n",
                        describe(other.baseline(), other.baselineText()));
                out.printf("    best %s   low %s   high %s   (%d distinct facts, %d citations)%n",
                        show(other.value()), show(other.low()), other.high() == null ? "unbounded" : other.high(),
                        other.factCount(), other.claimCount());
                printFigures(out, other.authorities(), other.authorityCount(), other.revisions(),
                        other.revisionCount(), other.claimIds(), claims);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * An aggregate names only some of its claims ({@code claimIds} against {@code claimCount}): the places just below
     * it, each with its own figure and claims, are where the rest are found.
     */
    private static void printPlacesBelow(PrintStream out, SnapshotAggregate a, List<SnapshotAggregate> all) {
        out.printf("  %d of %d claims are named above; the places below this one, whose figures it adds:%n",
                a.claimIds().size(), a.claimCount());
        int depth = a.locationPath().size();
        for (SnapshotAggregate below : all) {
            if (below.metric().equals(a.metric()) && below.window().equals(a.window())
                    && below.locationPath().size() == depth + 1
                    && below.locationPath().subList(0, depth).equals(a.locationPath())) {
                out.printf("    %-40s best %s  (%d facts, %d claims): explain --location '%s' --metric %s"
                                + " --window %s%n", below.location(), show(below.value()), below.factCount(),
                        below.claimCount(), below.locationId(), a.metric(), a.window());
            }
        }
    }

    /**
     * Prints the authorities' figures, the revisions and the claims an aggregate names. An aggregate lists at most a
     * few authorities and the latest revisions and counts them all: the counts are printed beside a shortened list,
     * so an auditor knows the list is not everything.
     */
    private static void printFigures(PrintStream out, List<Snapshot.Authority> authorities, int authorityCount,
                                     List<String> revisions, int revisionCount, List<String> claimIds,
                                     Map<String, SnapshotClaim> claims) {
        out.println(authorityCount > authorities.size()
                ? String.format("  by authority (%d of %d: those with the largest figures; each place below lists its own):",
                        authorities.size(), authorityCount)
                : "  by authority:");
        for (Snapshot.Authority f : authorities) {
            out.printf("    %-40s best %s  low %s  high %s  claims %s%n", f.authority(), show(f.value()),
                    show(f.low()), f.high() == null ? "unbounded" : f.high(),
                    f.claimCount() > f.claimIds().size() ? f.claimIds() + " of " + f.claimCount() : f.claimIds());
        }
        if (revisionCount > revisions.size()) {
            out.printf("  revisions: the %d latest of %d%n", revisions.size(), revisionCount);
        }
        for (String r : revisions) {
            out.printf("  revision: %s%n", r);
        }
        out.println("  claims:");
        for (String id : claimIds) {
            SnapshotClaim c = claims.get(id);
            if (c == null) {
                out.printf("    %s (not in snapshot)%n", id);
                continue;
            }
            out.printf("    %s  %s %s %s, %s %s, at %s, source: %s%n", c.id(), c.qualifier(), show(c.value()),
                    c.metric(), c.scope(), c.modality(), c.location() == null ? "?" : c.location(),
                    c.source() == null ? "unattributed" : c.source());
            out.printf("      post %s version %d, %s[%d..%d] \"%s\"%n", c.postId(), c.postVersion(), c.field(),
                    c.spanStart(), c.spanEnd(), c.text());
            if (c.eventDateText() != null) {
                out.printf("      event day %s (\"%s\"), reported %s%n", c.eventDate(), c.eventDateText(),
                        c.reportDate());
            }
            if (c.eventDateNote() != null) {
                out.printf("      note: %s%n", c.eventDateNote());
            }
            out.printf("      sentence: %s%n", c.sentence());
        }
    }

    /** Which rule joined each citation to its fact, and which kept facts with the same figure apart. */
    private static void printFactReasons(PrintStream out, List<String> claimIds, Map<String, SnapshotClaim> claims) {
        List<io.liveblog.schema.Claim> regrouped = new java.util.ArrayList<>();
        for (String id : claimIds) {
            java.util.Optional<io.liveblog.schema.Claim> c = java.util.Optional.ofNullable(claims.get(id))
                    .flatMap(SnapshotClaim::toClaim);
            if (c.isEmpty()) {
                return; // a claim is missing or from an older snapshot: the grouping cannot be redone faithfully
            }
            regrouped.add(c.get());
        }
        List<String> lines = FactReasons.of(regrouped);
        if (!lines.isEmpty()) {
            out.println("  facts:");
            lines.forEach(l -> out.printf("    %s%n", l));
        }
    }

    /** "2023-10-07 (since October 7)", "unstated". */
    private static String describe(String baseline, String text) {
        return text == null ? baseline : baseline + " (\"" + text + "\")";
    }

    private static String show(Long v) {
        return v == null ? "-" : v.toString();
    }
}
