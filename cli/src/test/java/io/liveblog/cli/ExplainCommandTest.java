package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.snapshot.Snapshot;
import io.liveblog.cli.snapshot.Snapshot.Authority;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import io.liveblog.cli.snapshot.Snapshot.SnapshotClaim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path dir;

    private static Snapshot snapshot() {
        SnapshotClaim claim = new SnapshotClaim("c-1", "post-7", 2, "casualty", "killed", 178L, 178L, null,
                "at_least", null, "Gaza Strip", "gaza-strip", List.of("Palestinian territories", "Gaza Strip"),
                "Gaza health ministry", "cumulative", "reported", "at least 178 people have been killed",
                "The ministry said at least 178 people have been killed.", "body", 17, 53, "2023-12-02", "2023-12-02",
                null, null, "unstated", null, null, null, null, null);
        SnapshotAggregate agg = new SnapshotAggregate("Gaza Strip", "gaza-strip",
                List.of("Palestinian territories", "Gaza Strip"), "casualty", "killed", "total", 178L, 178L, null,
                List.of("c-1"), 1, List.of(new Authority("Gaza health ministry", 178L, 178L, null,
                List.of("c-1"))), List.of(), "unstated", null, List.of(), List.of());
        return new Snapshot(List.of(claim), List.of(agg));
    }

    @Test
    void showsEverySeriesOfRunningTotalsWithItsBaseline() throws Exception {
        SnapshotClaim war = new SnapshotClaim("c-war", "post-1", 1, "casualty", "killed", 15207L, 15207L, 15207L,
                "exact", null, "Gaza Strip", "gaza-strip", List.of("Palestinian territories", "Gaza Strip"),
                "Gaza health ministry", "cumulative", "reported", "15,207 people have been killed",
                "The ministry said 15,207 people have been killed since October 7.", "body", 18, 48, "2023-12-02",
                "2023-12-02", null, null, "2023-10-07", "since October 7", null, null, null, null);
        SnapshotClaim truce = new SnapshotClaim("c-truce", "post-2", 1, "casualty", "killed", 193L, 193L, 193L,
                "exact", null, "Gaza Strip", "gaza-strip", List.of("Palestinian territories", "Gaza Strip"),
                "Gaza health ministry", "cumulative", "reported", "193 people have been killed",
                "The ministry said 193 people have been killed since the truce ended on Friday.", "body", 18, 45,
                "2023-12-02", "2023-12-02", null, null, "2023-12-01", "since the truce ended on Friday", null, null,
                null, null);
        Authority ministry = new Authority("Gaza health ministry", 193L, 193L, 193L, List.of("c-truce"));
        SnapshotAggregate agg = new SnapshotAggregate("Gaza Strip", "gaza-strip",
                List.of("Palestinian territories", "Gaza Strip"), "casualty", "killed", "total", 15207L, 15207L,
                15207L, List.of("c-war"), 1, List.of(new Authority("Gaza health ministry", 15207L, 15207L,
                15207L, List.of("c-war"))), List.of(), "2023-10-07", "since October 7",
                List.of(new Snapshot.Series("2023-12-01", "since the truce ended on Friday", 193L, 193L, 193L,
                        List.of("c-truce"), 1, 1, List.of(ministry), List.of())), List.of());
        Path file = dir.resolve("series.json");
        new Snapshot(List.of(war, truce), List.of(agg)).write(file);
        String out = explained(file, "Gaza Strip", "killed", "total");
        assertTrue(out.contains("best 15207"), out);
        assertTrue(out.contains("series: counting from 2023-10-07 (\"since October 7\")"), out);
        assertTrue(out.contains("other series, counting from 2023-12-01 (\"since the truce ended on Friday\")"), out);
        assertTrue(out.contains("best 193"), out);
        assertTrue(out.contains("\"193 people have been killed\""), out);
        assertTrue(!out.contains("revision"), out);
    }

    private static SnapshotClaim strike(String id, String post, String blog, String time, String sentence) {
        return new SnapshotClaim(id, post, 1, "casualty", "killed", 4L, 4L, 4L, "exact", null, "Rafah", "rafah",
                List.of("Palestinian territories", "Gaza Strip", "Rafah Governorate", "Rafah"), "Gaza Civil Defense",
                "incremental", "reported", "Four people were killed", sentence, "body", 0, 23, time.substring(0, 10),
                time.substring(0, 10), null, null, null, null, blog, "h-" + id,
                List.of("ps", "gaza-strip", "rafah-gov", "rafah"), time);
    }

    @Test
    void saysWhichRuleJoinedEachCitationAndWhichKeptTwoStrikesApart() throws Exception {
        SnapshotClaim home = strike("c-home", "wire-1", "wire", "2023-12-05T09:30:00Z",
                "Four people were killed when a strike hit a family home in Rafah on Tuesday morning.");
        SnapshotClaim retold = strike("c-retold", "radio-1", "radio", "2023-12-05T11:00:00Z",
                "A strike on a family home in Rafah killed four people, medics said.");
        SnapshotClaim car = strike("c-car", "wire-2", "wire", "2023-12-05T19:50:00Z",
                "Four people were killed in the evening when a drone struck a car near a market in Rafah.");
        List<String> ids = List.of("c-car", "c-home", "c-retold");
        SnapshotAggregate agg = new SnapshotAggregate("Rafah", "rafah",
                List.of("Palestinian territories", "Gaza Strip", "Rafah Governorate", "Rafah"), "casualty", "killed",
                "total", 8L, 8L, 8L, ids, 2, List.of(new Authority("Gaza Civil Defense", 8L, 8L, 8L, ids)),
                List.of(), null, null, List.of(), List.of());
        Path file = dir.resolve("facts.json");
        new Snapshot(List.of(home, retold, car), List.of(agg)).write(file);
        String out = explained(file, "Rafah", "killed", "total");
        assertTrue(out.contains("  facts:"), out);
        assertTrue(out.contains("c-retold joins c-home: one incident: the same figure at the same or nested places "
                + "within 36 h, and what happened agrees"), out);
        assertTrue(out.contains("kept apart: c-home and c-car: different parts of the day"), out);
    }

    @Test
    void namesTheRuleThatKeptNumbersWhoseWordsAgreeApart() throws Exception {
        SnapshotClaim home = strike("c-home", "wire-1", "wire", "2023-12-05T09:30:00Z",
                "Four people were killed when a strike hit a family home in Rafah on Tuesday morning.");
        SnapshotClaim about = new SnapshotClaim("c-about", "radio-1", 1, "casualty", "killed", 5L, null, null, "about",
                null, "Rafah", "rafah", List.of("Palestinian territories", "Gaza Strip", "Rafah Governorate", "Rafah"),
                "Gaza Civil Defense", "incremental", "reported", "about five people were killed",
                "About five people were killed in the evening when a drone struck a car near a market in Rafah.",
                "body", 0, 28, "2023-12-05", "2023-12-05", null, null, null, null, "radio", "h-about",
                List.of("ps", "gaza-strip", "rafah-gov", "rafah"), "2023-12-05T19:50:00Z");
        List<String> ids = List.of("c-about", "c-home");
        SnapshotAggregate agg = new SnapshotAggregate("Rafah", "rafah",
                List.of("Palestinian territories", "Gaza Strip", "Rafah Governorate", "Rafah"), "casualty", "killed",
                "total", 9L, 9L, null, ids, 2, List.of(new Authority("Gaza Civil Defense", 9L, 9L, null, ids)),
                List.of(), null, null, List.of(), List.of());
        Path file = dir.resolve("numbers.json");
        new Snapshot(List.of(home, about), List.of(agg)).write(file);
        String out = explained(file, "Rafah", "killed", "total");
        assertTrue(out.contains("kept apart: c-home and c-about: different parts of the day"), out);
    }

    @Test
    void anOlderSnapshotWithoutPlaceIdsSkipsTheFactsSection() throws Exception {
        Path file = dir.resolve("old.json");
        snapshot().write(file);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExplainCommand.explain(Snapshot.read(file), "Gaza Strip", "killed", "total",
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertTrue(!buf.toString(StandardCharsets.UTF_8).contains("facts:"));
    }

    @Test
    void printsTheChainFromAggregateToPostAndSentence() throws Exception {
        Path file = dir.resolve("s.json");
        snapshot().write(file);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = ExplainCommand.explain(Snapshot.read(file), "gaza strip", "killed", "total",
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(out.contains("Palestinian territories > Gaza Strip — killed, window total"), out);
        assertTrue(out.contains("best 178"), out);
        assertTrue(out.contains("post post-7 version 2, body[17..53] \"at least 178 people have been killed\""), out);
        assertTrue(out.contains("sentence: The ministry said at least 178 people have been killed."), out);
        assertTrue(out.contains("Gaza health ministry"), out);
    }

    @Test
    void showsTheDerivedDailyIncrementOfADay() throws Exception {
        SnapshotAggregate day = new SnapshotAggregate("Gaza Strip", "gaza-strip",
                List.of("Palestinian territories", "Gaza Strip"), "casualty", "killed", "2023-12-03", 15523L, 15523L,
                15523L, List.of("c-1"), 1, List.of(), List.of(), "2023-10-07", "since October 7", List.of(),
                List.of(new Snapshot.Increment("2023-10-07", "Gaza health ministry", 316, "2023-12-02", 15207,
                        15523, false)));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExplainCommand.explain(new Snapshot(List.of(), List.of(day)), "Gaza Strip", "killed", "2023-12-03",
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("daily new (derived, not reported): +316 by Gaza health ministry in the series "
                + "from 2023-10-07: 15207 on 2023-12-02 -> 15523"), out);
    }

    @Test
    void unknownPlaceListsWhatExists() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = ExplainCommand.explain(snapshot(), "Atlantis", "killed", "total",
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("Places with killed aggregates: Gaza Strip"));
    }

    @Test
    void snapshotRoundTripsWithItsPublicFieldNames() throws Exception {
        Path file = dir.resolve("s.json");
        snapshot().write(file);
        String json = java.nio.file.Files.readString(file);
        for (String field : List.of("\"claims\"", "\"aggregates\"", "\"postId\"", "\"kind\"", "\"metric\"",
                "\"qualifier\"", "\"locationPath\"", "\"scope\"", "\"modality\"", "\"sentence\"", "\"window\"",
                "\"claimIds\"", "\"low\"", "\"high\"", "\"unit\"", "\"source\"", "\"text\"")) {
            assertTrue(json.contains(field), field);
        }
        assertEquals(snapshot(), Snapshot.read(file));
    }

    private static SnapshotAggregate killed(String name, String id, List<String> path, String metric, long value,
                                            List<String> named, int count) {
        return new SnapshotAggregate(name, id, path, "casualty", metric, "total", value, value, null, named, count,
                count, List.of(new Authority("Civil Defence", value, value, null, named, count)), 1, List.of(), 0,
                null, null, List.of(), List.of());
    }

    @Test
    void anAggregateNamingSomeOfItsClaimsPointsToThePlacesBelowIt() throws Exception {
        List<String> strip = List.of("Palestinian territories", "Gaza Strip");
        List<String> rafahPath = List.of("Palestinian territories", "Gaza Strip", "Rafah");
        SnapshotAggregate parent = killed("Gaza Strip", "gaza-strip", strip, "killed", 90, List.of("c-1", "c-2"), 30);
        SnapshotAggregate rafah = killed("Rafah", "rafah", rafahPath, "killed", 60, List.of("c-1"), 20);
        SnapshotAggregate khanYounis = killed("Khan Younis", "khan-younis",
                List.of("Palestinian territories", "Gaza Strip", "Khan Younis"), "killed", 30, List.of("c-2"), 10);
        SnapshotAggregate crossing = killed("Rafah crossing", "rafah-crossing",
                List.of("Palestinian territories", "Gaza Strip", "Rafah", "Rafah crossing"), "killed", 5,
                List.of("c-1"), 1);
        SnapshotAggregate injured = killed("Rafah", "rafah", rafahPath, "injured", 7, List.of("c-9"), 1);
        Path file = dir.resolve("partial.json");
        new Snapshot(List.of(), List.of(parent, rafah, khanYounis, crossing, injured)).write(file);
        String out = explained(file, "gaza-strip", "killed", "total");

        assertTrue(out.contains("(30 distinct facts, 30 citations)"), "citations counted, not named: " + out);
        assertTrue(out.contains("2 of 30 claims are named above"), out);
        assertTrue(out.contains("[c-1, c-2] of 30"), "the authority's figure says it names 2 of 30: " + out);
        assertTrue(out.contains("explain --location 'rafah' --metric killed --window total"), out);
        assertTrue(out.contains("explain --location 'khan-younis' --metric killed --window total"), out);
        assertTrue(!out.contains("rafah-crossing"), "only the places just below: " + out);
        assertTrue(!out.contains("best 7"), "only the same metric: " + out);
    }

    /** @return what {@code explain} prints for a snapshot file and a place, metric and window */
    /** An aggregate that lists 2 of its 14 authorities and the latest of its 23 revisions. */
    private static SnapshotAggregate shortenedLists() {
        Authority ministry = new Authority("Gaza health ministry", 178L, 178L, null, List.of("c-1"));
        Authority office = new Authority("Government media office", 150L, 150L, null, List.of());
        return new SnapshotAggregate("Gaza Strip", "gaza-strip", List.of("Palestinian territories", "Gaza Strip"),
                "casualty", "killed", "total", 178L, 178L, null, List.of("c-1"), 40, 31, List.of(ministry, office),
                14, List.of("Gaza health ministry: 180 (2023-12-01) -> 178 (2023-12-02)"), 23, "unstated", null,
                List.of(new Snapshot.Series("2023-12-01", "since Friday", 193L, 193L, 193L, List.of(), 5, 4,
                        List.of(ministry), 3, List.of(), 2)), List.of());
    }

    @Test
    void saysHowManyAuthoritiesAndRevisionsAShortenedListLeavesOut() throws Exception {
        Path file = dir.resolve("shortened.json");
        new Snapshot(snapshot().claims(), List.of(shortenedLists())).write(file);
        String out = explained(file, "Gaza Strip", "killed", "total");
        // the aggregate's lists, then the other series' lists
        for (String counted : List.of("by authority (2 of 14: those with the largest figures",
                "revisions: the 1 latest of 23", "by authority (1 of 3: those with the largest figures",
                "revisions: the 0 latest of 2")) {
            assertTrue(out.contains(counted), out);
        }
    }

    @Test
    void aSnapshotWrittenBeforeTheCountsReadsThemAsTheListsLengths() throws Exception {
        Path file = dir.resolve("older.json");
        new Snapshot(snapshot().claims(), List.of(shortenedLists())).write(file);
        // the fields are never first in their object, so each goes with the comma before it
        String older = java.nio.file.Files.readString(file)
                .replaceAll(",\\s*\"(authorityCount|revisionCount)\"\\s*:\\s*\\d+", "");
        assertTrue(!older.contains("authorityCount") && !older.contains("revisionCount"), older);
        java.nio.file.Files.writeString(file, older);
        SnapshotAggregate read = Snapshot.read(file).aggregates().get(0);
        assertEquals(2, read.authorityCount());
        assertEquals(1, read.revisionCount());
        assertEquals(1, read.otherSeries().get(0).authorityCount());
        assertEquals(0, read.otherSeries().get(0).revisionCount());
        String out = explained(file, "Gaza Strip", "killed", "total");
        assertTrue(out.contains("  by authority:"), out);
    }

    private static String explained(Path file, String place, String metric, String window) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ExplainCommand.explain(Snapshot.read(file), place, metric, window,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
    }
}
