package io.liveblog.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.cli.snapshot.Snapshot.Authority;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateExportTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Place CROSSING = GAZETTEER.lookup("Kerem Shalom crossing").get(0);
    private static final Place STRIP = GAZETTEER.lookup("Gaza Strip").get(0);

    private static SnapshotAggregate aggregate(Place place, String metric, String window, long value,
                                               Authority... authorities) {
        List<String> path = GAZETTEER.pathOf(place).stream().map(Place::name).toList();
        String kind = metric.equals("killed") ? "casualty" : "aid";
        return new SnapshotAggregate(place.name(), place.id(), path, kind, metric, window, value, value, null,
                List.of("c-" + metric + window), 1, List.of(authorities), List.of(), null, null, List.of(),
                List.of());
    }

    private static final List<SnapshotAggregate> AGGREGATES = List.of(
            aggregate(CROSSING, "aid_trucks", "total", 32, new Authority("UNRWA", 32L, 32L, null, List.of())),
            aggregate(STRIP, "killed", "total", 30960,
                    new Authority("=HYPERLINK(\"http://x\")", 30960L, 30960L, null, List.of())),
            aggregate(STRIP, "aid_trucks", "total", 32),
            aggregate(STRIP, "killed", "2024-03-04", 12),
            new SnapshotAggregate("Atlantis", "nowhere:atlantis", List.of("Atlantis"), "casualty", "killed", "total",
                    3L, 3L, 3L, List.of("c-x"), 1, List.of(), List.of(), null, null, List.of(), List.of()));

    private static String write(AggregateExport.Format format) throws Exception {
        StringWriter out = new StringWriter();
        new AggregateExport(AGGREGATES, GAZETTEER).write(format, out);
        return out.toString();
    }

    @Test
    void csvHasOneRowPerAggregateWithCodesAndCoordinates() throws Exception {
        List<List<String>> rows = parse(write(AggregateExport.Format.CSV));
        List<String> header = rows.get(0);
        assertEquals(AGGREGATES.size() + 1, rows.size());
        List<String> crossing = rows.stream().filter(r -> r.get(0).equals(CROSSING.id())).findFirst().orElseThrow();
        assertEquals(CROSSING.name(), crossing.get(header.indexOf("place")));
        assertEquals("Gaza Strip", crossing.get(header.indexOf("adm1")));
        assertEquals(GAZETTEER.codeOf(STRIP).orElse(""), crossing.get(header.indexOf("adm1_code")));
        assertEquals(CROSSING.latitude(), Double.parseDouble(crossing.get(header.indexOf("latitude"))));
        assertEquals(CROSSING.longitude(), Double.parseDouble(crossing.get(header.indexOf("longitude"))));
        assertEquals("32", crossing.get(header.indexOf("value")));
        assertEquals("", crossing.get(header.indexOf("high")), "an open upper bound is an empty cell");
        assertEquals("UNRWA=32", crossing.get(header.indexOf("authorities")));
        List<String> strip = rows.stream().filter(r -> r.get(0).equals(STRIP.id()) && r.contains("killed")
                && r.contains("total")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x\")=30960", strip.get(header.indexOf("authorities")),
                "a cell a spreadsheet would run as a formula starts with an apostrophe");
        List<String> atlantis = rows.stream().filter(r -> r.get(0).equals("nowhere:atlantis")).findFirst()
                .orElseThrow();
        assertEquals("", atlantis.get(header.indexOf("latitude")), "unknown place: no coordinates, no codes");
    }

    @Test
    void hxlPutsTheHashtagRowUnderTheHeadersAndAColumnPerMetric() throws Exception {
        List<List<String>> rows = parse(write(AggregateExport.Format.HXL));
        List<String> tags = rows.get(1);
        assertEquals(rows.get(0).size(), tags.size());
        for (String tag : List.of("#loc+name", "#adm1+name", "#adm1+code", "#country+code", "#geo+lat", "#geo+lon",
                "#date+occurred", "#affected+killed", "#affected+killed+min", "#output+num+aid_trucks",
                "#meta+source+killed")) {
            assertTrue(tags.contains(tag), tag + " in " + tags);
        }
        tags.forEach(t -> assertTrue(t.matches("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*"), "valid HXL: " + t));
        assertTrue(tags.indexOf("#affected+killed") < tags.indexOf("#output+num+aid_trucks"),
                "casualties before aid");
        List<String> stripTotal = rows.stream().filter(r -> r.get(0).equals(STRIP.id()) && r.contains("total"))
                .findFirst().orElseThrow();
        assertEquals("30960", stripTotal.get(tags.indexOf("#affected+killed")));
        assertEquals("32", stripTotal.get(tags.indexOf("#output+num+aid_trucks")));
        assertEquals("", stripTotal.get(tags.indexOf("#date+occurred")), "the running total has no day");
        List<String> stripDay = rows.stream().filter(r -> r.get(0).equals(STRIP.id()) && r.contains("2024-03-04"))
                .findFirst().orElseThrow();
        assertEquals("2024-03-04", stripDay.get(tags.indexOf("#date+occurred")));
        assertEquals("12", stripDay.get(tags.indexOf("#affected+killed")));
        assertEquals("", stripDay.get(tags.indexOf("#output+num+aid_trucks")));
        assertEquals(2 + 4, rows.size(), "one row per place and window");
    }

    @Test
    void geoJsonIsAnRfc7946FeatureCollectionOfPoints() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(AggregateExport.Format.GEOJSON));
        assertEquals("FeatureCollection", root.get("type").asText());
        assertFalse(root.has("crs"), "RFC 7946 has no crs member: coordinates are WGS 84");
        JsonNode features = root.get("features");
        assertEquals(4, features.size());
        for (JsonNode f : features) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(f.has("geometry") && f.has("properties"), f.toString());
            JsonNode g = f.get("geometry");
            if (!g.isNull()) {
                assertEquals("Point", g.get("type").asText());
                double lon = g.get("coordinates").get(0).asDouble();
                double lat = g.get("coordinates").get(1).asDouble();
                assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, g.toString());
            }
        }
        JsonNode crossing = find(features, CROSSING.id() + "|total");
        assertEquals(CROSSING.longitude(), crossing.get("geometry").get("coordinates").get(0).asDouble(), 1e-6,
                "longitude first");
        assertEquals(CROSSING.latitude(), crossing.get("geometry").get("coordinates").get(1).asDouble(), 1e-6);
        assertEquals(32, crossing.get("properties").get("figures").get("aid_trucks").get("value").asLong());
        JsonNode strip = find(features, STRIP.id() + "|total").get("properties");
        assertEquals(30960, strip.get("figures").get("killed").get("value").asLong());
        assertEquals(32, strip.get("figures").get("aid_trucks").get("value").asLong());
        assertTrue(find(features, "nowhere:atlantis|total").get("geometry").isNull());
    }

    private static JsonNode find(JsonNode features, String id) {
        for (JsonNode f : features) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    /** RFC 4180 rows (quoted cells with doubled quotes; CRLF line ends). */
    private static List<List<String>> parse(String csv) {
        assertTrue(csv.endsWith("\r\n"), "CRLF line ends");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
