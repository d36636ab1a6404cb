package io.liveblog.cli.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.cli.snapshot.Snapshot.Authority;
import io.liveblog.cli.snapshot.Snapshot.SnapshotAggregate;
import io.liveblog.extract.Metric;
import io.liveblog.geo.Gazetteer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Aggregates as files that humanitarian tools read: CSV (one row per aggregate), HXL (one row per place and window,
 * a column per metric, under the standard hashtag row, so HDX tools read it) and GeoJSON (RFC 7946: one point
 * feature per place and window, longitude first, WGS 84; a place without coordinates has a null geometry).
 */
public final class AggregateExport {

    /** Export formats. */
    public enum Format { CSV, HXL, GEOJSON }

    private static final String[] CSV_HEADER = {"place_id", "place", "path", "country", "country_code", "adm1",
        "adm1_code", "adm2", "adm2_code", "latitude", "longitude", "kind", "metric", "window", "value", "low",
        "high", "authorities", "facts", "claims", "baseline"};

    private final List<SnapshotAggregate> aggregates;
    private final Map<String, ExportPlace> places = new LinkedHashMap<>();

    /**
     * @param aggregates the aggregates to export, already chosen (by window, metric)
     * @param gazetteer the gazetteer for codes and coordinates
     */
    public AggregateExport(List<SnapshotAggregate> aggregates, Gazetteer gazetteer) {
        this.aggregates = aggregates.stream().sorted(Comparator.comparing((SnapshotAggregate a) ->
                        String.join("\u0001", a.locationPath())).thenComparing(SnapshotAggregate::window)
                .thenComparing(a -> metricOrder(a.metric()))).toList();
        for (SnapshotAggregate a : this.aggregates) {
            places.computeIfAbsent(a.locationId(), id -> ExportPlace.of(id, a.locationPath(), gazetteer));
        }
    }

    /** Writes the aggregates in a format. */
    public void write(Format format, Writer out) throws IOException {
        switch (format) {
            case CSV -> csv(out);
            case HXL -> hxl(out);
            case GEOJSON -> geoJson(out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private void csv(Writer out) throws IOException {
        Csv.row(out, List.of(CSV_HEADER));
        for (SnapshotAggregate a : aggregates) {
            ExportPlace p = places.get(a.locationId());
            List<Object> row = new ArrayList<>(placeColumns(p));
            row.addAll(List.of(a.kind(), a.metric(), a.window()));
            row.add(a.value());
            row.add(a.low());
            row.add(a.high());
            row.add(authorities(a));
            row.add(a.factCount());
            row.add(a.claimCount());
            row.add(a.baseline());
            Csv.row(out, row);
        }
    }

    /** The HXL export: a header row, the hashtag row, then one row per place and window. */
    private void hxl(Writer out) throws IOException {
        List<String> metrics = aggregates.stream().map(SnapshotAggregate::metric).distinct()
                .sorted(Comparator.comparingInt(AggregateExport::metricOrder)).toList();
        List<String> headers = new ArrayList<>(List.of("Place id", "Place", "Path", "Country", "Country code",
                "Admin 1", "Admin 1 code", "Admin 2", "Admin 2 code", "Latitude", "Longitude", "Window", "Date"));
        List<String> tags = new ArrayList<>(List.of("#loc+code", "#loc+name", "#loc+path", "#country+name",
                "#country+code", "#adm1+name", "#adm1+code", "#adm2+name", "#adm2+code", "#geo+lat", "#geo+lon",
                "#meta+window", "#date+occurred"));
        for (String m : metrics) {
            String label = m.replace('_', ' ');
            String tag = Hxl.tagOf(m);
            headers.addAll(List.of(label, label + " (low)", label + " (high)", label + " (authorities)"));
            tags.addAll(List.of(tag, tag + "+min", tag + "+max", "#meta+source+" + m));
        }
        Csv.row(out, headers);
        Csv.row(out, tags);
        for (Map.Entry<String, Map<String, SnapshotAggregate>> group : byPlaceAndWindow().entrySet()) {
            SnapshotAggregate first = group.getValue().values().iterator().next();
            List<Object> row = new ArrayList<>(placeColumns(places.get(first.locationId())));
            row.add(first.window());
            row.add("total".equals(first.window()) ? null : first.window());
            for (String m : metrics) {
                SnapshotAggregate a = group.getValue().get(m);
                row.add(a == null ? null : a.value());
                row.add(a == null ? null : a.low());
                row.add(a == null ? null : a.high());
                row.add(a == null ? null : authorities(a));
            }
            Csv.row(out, row);
        }
    }

    private void geoJson(Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Map.Entry<String, Map<String, SnapshotAggregate>> group : byPlaceAndWindow().entrySet()) {
            SnapshotAggregate first = group.getValue().values().iterator().next();
            ExportPlace p = places.get(first.locationId());
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", group.getKey());
            if (p.latitude() == null) {
                f.putNull("geometry");
            } else {
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                ArrayNode c = g.putArray("coordinates");
                c.add(round(p.longitude()));
                c.add(round(p.latitude()));
            }
            ObjectNode props = f.putObject("properties");
            props.put("place_id", p.id());
            props.put("name", p.name());
            ArrayNode path = props.putArray("path");
            p.path().forEach(path::add);
            props.put("country", p.countryName());
            props.put("country_code", p.countryCode());
            props.put("adm1", p.adm1Name());
            props.put("adm1_code", p.adm1Code());
            props.put("adm2", p.adm2Name());
            props.put("adm2_code", p.adm2Code());
            props.put("window", first.window());
            ObjectNode figures = props.putObject("figures");
            for (SnapshotAggregate a : group.getValue().values()) {
                ObjectNode m = figures.putObject(a.metric());
                m.put("kind", a.kind());
                m.put("value", a.value());
                m.put("low", a.low());
                m.put("high", a.high());
                m.put("facts", a.factCount());
                m.put("claims", a.claimCount());
                ArrayNode auth = m.putArray("authorities");
                for (Authority x : a.authorities()) {
                    auth.addObject().put("authority", x.authority()).put("value", x.value());
                }
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, collection);
        out.write('\n');
    }

    /** @return aggregates grouped by place and window ({@code placeId|window}), each group by metric */
    private Map<String, Map<String, SnapshotAggregate>> byPlaceAndWindow() {
        Map<String, Map<String, SnapshotAggregate>> groups = new LinkedHashMap<>();
        for (SnapshotAggregate a : aggregates) {
            groups.computeIfAbsent(a.locationId() + "|" + a.window(), k -> new TreeMap<>()).put(a.metric(), a);
        }
        return groups;
    }

    private static List<Object> placeColumns(ExportPlace p) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        row.add(p.name());
        row.add(String.join(" > ", p.path()));
        row.add(p.countryName());
        row.add(p.countryCode());
        row.add(p.adm1Name());
        row.add(p.adm1Code());
        row.add(p.adm2Name());
        row.add(p.adm2Code());
        row.add(p.latitude());
        row.add(p.longitude());
        return row;
    }

    /** @return "authority=value" pairs, as "Gaza health ministry=30960; Israel Defense Forces=..." */
    private static String authorities(SnapshotAggregate a) {
        return a.authorities().stream().map(x -> x.authority() + "=" + (x.value() == null ? "?" : x.value()))
                .collect(Collectors.joining("; "));
    }

    /** Metrics in the order of the data model (casualties, then aid); unknown ones last. */
    private static int metricOrder(String metric) {
        return Metric.fromWireName(metric).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    /** Six decimals (about 0.1 m), as RFC 7946 suggests. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** @return the format named (case-insensitive) */
    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "': use csv, hxl or geojson");
        }
    }
}
