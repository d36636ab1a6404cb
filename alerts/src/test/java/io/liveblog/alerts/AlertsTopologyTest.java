package io.liveblog.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.schema.Alert;
import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.PipelineConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alerts app on a TopologyTestDriver: each rule, raised once, artifacts labelled, evidence with sentences. */
class AlertsTopologyTest {

    private static final List<String> STRIP = List.of("Palestinian territories", "Gaza Strip");
    private static final List<String> CROSSING = List.of("Palestinian territories", "Gaza Strip",
            "Rafah Governorate", "Kerem Shalom crossing");
    private static final List<String> CAMP = List.of("Palestinian territories", "Gaza Strip",
            "North Gaza Governorate", "Jabalya camp");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, LocationAggregate> aggregates;
    private TestInputTopic<String, Claim> claims;
    private TestOutputTopic<String, Alert> alerts;

    private void start(AlertRules rules, Map<Integer, Long> historyEnd) {
        PipelineConfig config = PipelineConfig.defaults().withApplication("alerts-test", stateDir);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertsTopology.build(config, AlertsTopology.alertsTopic("alerts"), rules,
                historyEnd), props);
        aggregates = driver.createInputTopic(config.aggregatesTopic(), Serdes.String().serializer(),
                config.aggregates().valueSerde().serializer());
        claims = driver.createInputTopic(config.claimsTopic(), Serdes.String().serializer(),
                config.claims().valueSerde().serializer());
        alerts = driver.createOutputTopic("alerts", Serdes.String().deserializer(),
                AlertsTopology.alertsTopic("alerts").valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    private static AlertRules rules(String json) throws Exception {
        Path file = java.nio.file.Files.createTempFile("rules", ".json");
        java.nio.file.Files.writeString(file, json);
        return AlertRules.read(file);
    }

    private void pipe(LocationAggregate a) {
        aggregates.pipeInput(a.getLocationId() + "|" + a.getMetric() + "|" + a.getWindow(), a,
                a.getAsOf().toEpochMilli());
    }

    private static LocationAggregate agg(List<String> path, String metric, String window, long value,
                                         String authority, String day) {
        String place = path.get(path.size() - 1);
        return LocationAggregate.newBuilder()
                .setLocation(place).setLocationId("id:" + place.toLowerCase().replace(' ', '-'))
                .setLocationPath(path).setKind(metric.contains("trucks") ? "aid" : "casualty").setMetric(metric)
                .setWindow(window).setValue(value).setLow(value).setHigh(value)
                .setClaimIds(List.of("c-" + metric + "-" + window + "-" + value)).setFactCount(1)
                .setAuthorities(List.of(AuthorityFigure.newBuilder().setAuthority(authority).setValue(value)
                        .setLow(value).setHigh(value).setClaimIds(List.of()).build()))
                .setRevisions(List.of()).setAsOf(Instant.parse(day + "T12:00:00Z")).setBaseline(null)
                .setOtherSeries(List.of()).setDailyNew(List.of()).build();
    }

    /** @return the aggregate of a day's window, as of noon that day */
    private static LocationAggregate day(List<String> path, String metric, String day, long value, String authority) {
        return agg(path, metric, day, value, authority, day);
    }

    /** @return the ISO date of a day of March 2024 */
    private static String march(int day) {
        return String.format("2024-03-%02d", day);
    }

    /** Pipes the day windows of March {@code from} to {@code to} in order, each with the same value. */
    private void pipeDays(List<String> path, String metric, int from, int to, long value, String authority) {
        for (int d = from; d <= to; d++) {
            pipe(day(path, metric, march(d), value, authority));
        }
    }

    private List<Alert> raised() {
        List<Alert> out = new ArrayList<>();
        alerts.readValuesToList().forEach(out::add);
        return out;
    }

    /** @return the one alert raised since the last look (fails when there are none or several) */
    private Alert raisedOnce() {
        List<Alert> out = raised();
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    @Test
    void aFirstReportIsRaisedOnceHoweverOftenItsAggregateIsEmitted() throws Exception {
        start(AlertRules.defaults(), Map.of());
        pipe(agg(CAMP, "killed", "total", 12, "Gaza health ministry", "2024-03-04"));
        pipe(agg(CAMP, "killed", "total", 12, "Gaza health ministry", "2024-03-04"));
        pipe(agg(CAMP, "injured", "total", 30, "Gaza health ministry", "2024-03-04"));
        Alert a = raisedOnce();
        assertEquals("first_report", a.getRule());
        assertEquals("info", a.getSeverity());
        assertEquals("Jabalya camp", a.getLocation());
        assertTrue(a.getMessage().startsWith("First report from Jabalya camp: killed 12"), a.getMessage());
        assertEquals(List.of(), a.getLabels());
    }

    @Test
    void aThresholdFiresOnceWhenReached() throws Exception {
        start(rules("{\"thresholds\":[{\"place\":\"Gaza Strip\",\"metric\":\"killed\",\"atLeast\":100}],"
                + "\"firstReport\":{\"enabled\":false}}"), Map.of());
        pipe(agg(STRIP, "killed", "total", 90, "Gaza health ministry", "2024-03-04"));
        assertEquals(List.of(), raised());
        pipe(agg(STRIP, "killed", "total", 120, "Gaza health ministry", "2024-03-05"));
        pipe(agg(STRIP, "killed", "total", 130, "Gaza health ministry", "2024-03-06"));
        Alert threshold = raisedOnce();
        assertEquals("threshold", threshold.getRule());
        assertEquals(120L, threshold.getValue());
        assertEquals(100.0, threshold.getReference());
        assertEquals("warning", threshold.getSeverity());
    }

    @Test
    void aDayFarAboveItsTrailingDaysIsASpike() throws Exception {
        start(rules("{\"firstReport\":{\"enabled\":false}}"), Map.of());
        long[] quiet = {5, 6, 4, 5};
        for (int d = 0; d < quiet.length; d++) {
            pipe(day(CAMP, "killed", march(d + 1), quiet[d], "Gaza health ministry"));
        }
        assertEquals(List.of(), raised());
        pipe(day(CAMP, "killed", "2024-03-05", 40, "Gaza health ministry"));
        Alert spike = raisedOnce();
        assertEquals("spike", spike.getRule());
        assertEquals("warning", spike.getSeverity());
        assertEquals(40L, spike.getValue());
        assertEquals(5.0, spike.getReference());
        assertTrue(spike.getMessage().contains("40 against a mean of 5.0 over the 4 days before"),
                spike.getMessage());
    }

    @Test
    void aRiseExplainedByReportingIsAJumpWithItsLabelsNotASpike() throws Exception {
        start(rules("{\"firstReport\":{\"enabled\":false}}"), Map.of());
        pipeDays(CAMP, "killed", 1, 4, 5, "Gaza health ministry");
        pipe(day(CAMP, "killed", "2024-03-05", 60, "Civil defence"));
        // a running total silent for five days: its increment spans them
        LocationAggregate gap = LocationAggregate.newBuilder(day(CAMP, "killed", "2024-03-06", 300,
                        "Gaza health ministry"))
                .setBaseline("2023-10-07")
                .setDailyNew(List.of(DailyIncrement.newBuilder().setBaseline("2023-10-07")
                        .setAuthority("Gaza health ministry").setValue(80).setFromDate("2024-03-01")
                        .setFromValue(220).setToValue(300).setCorrection(false).build()))
                .build();
        pipe(gap);
        List<Alert> out = raised();
        assertEquals(2, out.size(), out.toString());
        assertEquals("jump", out.get(0).getRule());
        assertEquals(List.of("new_authority"), out.get(0).getLabels());
        assertEquals("info", out.get(0).getSeverity());
        assertEquals("jump", out.get(1).getRule());
        assertEquals(List.of("reporting_gap"), out.get(1).getLabels());
        assertEquals(80L, out.get(1).getValue(), "the increment is the day's figure, not the running total");
        assertTrue(out.get(1).getMessage().contains("last reported on 2024-03-01"), out.get(1).getMessage());
    }

    @Test
    void backfillAndReplayAreLabelled() throws Exception {
        start(rules("{\"firstReport\":{\"enabled\":true}}"), Map.of(0, 1L));
        pipe(agg(CAMP, "killed", "total", 12, "Gaza health ministry", "2024-03-10")); // offset 0: history
        pipe(agg(STRIP, "killed", "total", 500, "Gaza health ministry", "2024-03-10")); // offset 1: live
        pipeDays(CROSSING, "killed", 1, 4, 2, "UN");
        pipe(day(CROSSING, "killed", "2024-03-05", 50, "UN"));
        List<Alert> out = raised();
        assertEquals(List.of("replay"), out.get(0).getLabels(), out.get(0).toString());
        assertEquals(List.of(), out.get(1).getLabels(), out.get(1).toString());
        Alert jump = out.stream().filter(a -> a.getRule().equals("jump")).findFirst().orElseThrow();
        assertEquals(List.of("backfill"), jump.getLabels(), "five days behind the theatre's newest report");
    }

    @Test
    void aidStoppingWhileTheTheatreKeepsReportingIsRaisedOncePerStop() throws Exception {
        start(rules("{\"firstReport\":{\"enabled\":false},\"aidStopped\":{\"days\":3}}"), Map.of());
        pipeDays(CROSSING, "aid_trucks", 1, 3, 30, "UNRWA");
        pipe(day(STRIP, "killed", "2024-03-05", 20, "Gaza health ministry"));
        assertEquals(List.of(), raised(), "two days without deliveries is not yet a stop");
        pipeDays(STRIP, "killed", 6, 7, 20, "Gaza health ministry");
        Alert stop = raisedOnce();
        assertEquals("aid_stopped", stop.getRule());
        assertEquals("Kerem Shalom crossing", stop.getLocation());
        assertEquals(3.0, stop.getReference());
        assertEquals("2024-03-03", stop.getWindow());
        assertEquals("c-aid_trucks-2024-03-03-30", stop.getEvidence().get(0).getClaimId());
        pipe(day(CROSSING, "aid_trucks", "2024-03-08", 10, "UNRWA"));
        pipeDays(STRIP, "killed", 9, 11, 20, "Gaza health ministry");
        assertEquals(List.of("2024-03-08"), raised().stream().map(Alert::getWindow).toList(),
                "deliveries resumed and stopped again: a new alert");
    }

    @Test
    void aDownwardRevisionCarriesTheClaimAndItsSentence() throws Exception {
        start(rules("{\"firstReport\":{\"enabled\":false}}"), Map.of());
        claims.pipeInput("c-9", Claim.newBuilder().setClaimId("c-9").setPostId("post-3").setPostVersion(2)
                .setContentHash("h").setBlogId("blog").setKind("casualty").setMetric("killed").setValue(180L)
                .setQualifier("exact").setScope("cumulative").setModality("reported").setText("180 people")
                .setSentence("The ministry now says 180 people were killed.").setField("body").setSpanStart(0)
                .setSpanEnd(10).setEventTime(Instant.parse("2024-03-05T10:00:00Z")).setEventDate("2024-03-05")
                .setLocationPath(STRIP).setLocationIds(List.of("ps", "gaza")).setSource("Gaza health ministry")
                .build());
        LocationAggregate revised = LocationAggregate.newBuilder(agg(STRIP, "killed", "total", 180,
                        "Gaza health ministry", "2024-03-05"))
                .setRevisions(List.of("Gaza health ministry revised killed at Gaza Strip from 200 to 180 "
                        + "(claim c-9)")).build();
        pipe(revised);
        pipe(revised);
        Alert a = raisedOnce();
        assertEquals("revised_down", a.getRule());
        assertEquals(180L, a.getValue());
        assertEquals(200.0, a.getReference());
        assertEquals("c-9", a.getEvidence().get(0).getClaimId());
        assertEquals("post-3", a.getEvidence().get(0).getPostId());
        assertEquals("The ministry now says 180 people were killed.", a.getEvidence().get(0).getSentence());
    }

    @Test
    void withdrawnAggregatesRaiseNothing() throws Exception {
        start(AlertRules.defaults(), Map.of());
        aggregates.pipeInput("id:x|killed|total", null, 0L);
        assertEquals(List.of(), raised());
        assertNull(driver.getKeyValueStore(AlertsTopology.Names.PLACES_STORE).get("id:x"));
    }

    @Test
    void everyOperatorStoreAndTopicKeepsItsName() {
        TopologyDescription d = AlertsTopology.build(PipelineConfig.defaults(), AlertsTopology.alertsTopic(
                "liveblog.alerts.v1"), AlertRules.defaults(), Map.of()).describe();
        TreeSet<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology s : d.subtopologies()) {
            s.nodes().forEach(n -> names.add(n.name()));
        }
        for (TopologyDescription.GlobalStore g : d.globalStores()) {
            names.add(g.source().name());
            names.add(g.processor().name());
            names.addAll(g.processor().stores());
        }
        for (TopologyDescription.Subtopology s : d.subtopologies()) {
            for (TopologyDescription.Node n : s.nodes()) {
                if (n instanceof TopologyDescription.Processor p) {
                    names.addAll(p.stores());
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("read-aggregates", "stamp-replay", "drop-withdrawn", "key-by-theatre",
                "aggregates-by-theatre-repartition-filter", "aggregates-by-theatre-repartition-sink",
                "aggregates-by-theatre-repartition-source", "raise-alerts", "write-alerts", "read-claims-global",
                "read-claims-global-source", "alert-claims-store", "alert-key-state-store",
                "alert-theatre-clocks-store", "alert-places-store", "alerts-raised-store")), names);
    }
}
