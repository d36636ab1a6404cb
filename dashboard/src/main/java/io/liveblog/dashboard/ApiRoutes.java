package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.ClaimCounts;
import io.liveblog.streams.query.PipelineQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KeyValue;

/**
 * The JSON API under {@code /api/}. Every answer carries the app's {@code state} and a {@code stale} flag (true
 * unless the app is running: the stores may lag their topics, e.g. during a rebalance).
 *
 * <ul>
 *   <li>{@code GET /api/health}: state and whether the stores can be queried</li>
 *   <li>{@code GET /api/aggregates?window=total&metric=killed&blog=B}: aggregates of a window (metric and blog
 *       optional; with a blog, that blog's share recomputed from its claims), and the day windows that exist</li>
 *   <li>{@code GET /api/aggregate?location=ID&metric=M&window=W}: one aggregate with its provenance: every claim it
 *       rests on with post, version, sentence and the figure's place in it</li>
 *   <li>{@code GET /api/series?location=ID&metric=M}: the day aggregates of a place and metric</li>
 *   <li>{@code GET /api/post?id=P}: the live claims of a post, and its current version's text (read from the
 *       updates topic at the position the pipeline keeps)</li>
 *   <li>{@code GET /api/blogs}: blogs with live claims</li>
 *   <li>{@code GET /api/claims?ids=A,B}: claims by id</li>
 *   <li>{@code GET /api/alerts}: the latest alerts of the alerts topic, newest first</li>
 * </ul>
 *
 * <p>With several instances of the app, each holds some partitions. A call for one aggregate goes to the instance
 * whose active task holds its key (Kafka Streams' metadata); a call over everything asks every instance and merges
 * the answers; provenance fetches the claims this instance does not hold from the others. Peers are asked with
 * {@code local=true}, which answers from the own stores only. An instance that does not answer is named in
 * {@code unreachable} and the answer is marked stale.
 */
final class ApiRoutes {

    /** Claims listed by one provenance answer; beyond this the answer says how many were left out. */
    static final int MAX_CLAIMS = 500;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern METRIC = Pattern.compile("[a-z_]{1,40}");

    private final QuerySource source;
    private final ApiJson json;
    private final Peers peers = new Peers();
    private final RecentAlerts alerts;

    ApiRoutes(QuerySource source, ApiJson json, RecentAlerts alerts) {
        this.source = source;
        this.json = json;
        this.alerts = alerts;
    }

    /** An answer: HTTP status and body. */
    record Answer(int status, ObjectNode body) {
    }

    /** A request the API cannot answer as asked (HTTP 400, with the reason). */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /**
     * @param path request path, starting {@code /api/}
     * @param params decoded query parameters
     * @return the answer, or empty when no route has this path
     */
    Optional<Answer> answer(String path, Map<String, String> params) {
        boolean local = params.containsKey("local");
        return switch (path) {
            case "/api/health" -> Optional.of(health());
            case "/api/aggregates" -> Optional.of(ok(merged(aggregates(params), path, params, local)));
            case "/api/aggregate" -> Optional.of(local || params.containsKey("routed") ? aggregate(params, local)
                    : routed(params));
            case "/api/series" -> Optional.of(ok(merged(series(params), path, params, local)));
            case "/api/post" -> Optional.of(ok(merged(post(params), path, params, local)));
            case "/api/blogs" -> Optional.of(ok(merged(blogs(), path, params, local)));
            case "/api/claims" -> Optional.of(ok(claims(params)));
            case "/api/alerts" -> Optional.of(ok(recentAlerts()));
            default -> Optional.empty();
        };
    }

    /** A call over everything: this instance's answer with every other instance's merged in. */
    private ObjectNode merged(ObjectNode mine, String path, Map<String, String> params, boolean local) {
        List<String> others = local ? List.of() : source.otherInstances();
        if (others.isEmpty()) {
            return mine;
        }
        List<String> unreachable = new ArrayList<>();
        for (Peers.Reply r : peers.ask(others, path, params, unreachable)) {
            if (r.status() != 200) {
                unreachable.add(r.instance() + " (HTTP " + r.status() + ")");
                continue;
            }
            mine.put("stale", mine.get("stale").asBoolean() || r.body().path("stale").asBoolean());
            if (!mine.has("post") && r.body().has("post")) {
                mine.set("post", r.body().get("post")); // one instance holds a post
            }
            for (String list : List.of("aggregates", "days", "claims", "blogs", "metrics")) {
                if (mine.has(list) && r.body().has(list)) {
                    ((ArrayNode) mine.get(list)).addAll((ArrayNode) r.body().get(list));
                }
            }
        }
        distinctSorted(mine, "blogs");
        distinctSorted(mine, "metrics");
        // /api/series lists day aggregates under "days", /api/aggregates the names of the days
        if (path.equals("/api/series")) {
            sortBy(mine, "days", "window");
        } else {
            distinctSorted(mine, "days");
        }
        if (!unreachable.isEmpty()) {
            mine.put("stale", true);
            ArrayNode u = mine.putArray("unreachable");
            unreachable.forEach(u::add);
        }
        return mine;
    }

    /** One aggregate: answered by the instance that holds its key. */
    private Answer routed(Map<String, String> params) {
        String key = required(params, "location") + "|" + metric(params.get("metric"), true) + "|"
                + window(params.getOrDefault("window", "total"));
        Optional<String> owner = source.ownerOf(io.liveblog.streams.LiveBlogTopology.Names.AGGREGATES_STORE, key);
        if (owner.isPresent()) {
            try {
                Peers.Reply r = peers.get(owner.get(), "/api/aggregate", params, false);
                return new Answer(r.status(), (ObjectNode) r.body());
            } catch (java.io.IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                ObjectNode n = head();
                n.put("stale", true);
                n.put("error", "the instance holding " + key + " (" + owner.get() + ") does not answer: " + e);
                return new Answer(503, n);
            }
        }
        return aggregate(params, false);
    }

    /** @return the head every answer starts with */
    ObjectNode head() {
        ObjectNode n = ApiJson.object();
        n.put("state", source.state());
        n.put("stale", source.stale());
        return n;
    }

    private Answer health() {
        ObjectNode n = head();
        boolean ready;
        try {
            source.queries().aggregate("", "", "");
            ready = true;
        } catch (RuntimeException e) {
            ready = false;
            n.put("error", e.getMessage());
        }
        n.put("queryable", ready);
        return new Answer(200, n);
    }

    private ObjectNode aggregates(Map<String, String> params) {
        String window = window(params.getOrDefault("window", "total"));
        String metric = metric(params.get("metric"), false);
        String blog = params.get("blog");
        PipelineQueries q = source.queries();
        List<LocationAggregate> every = q.aggregates(null, null);
        List<LocationAggregate> list = blog == null || blog.isBlank()
                ? every.stream().filter(a -> a.getWindow().equals(window)
                        && (metric == null || a.getMetric().equals(metric))).toList()
                : q.aggregatesOfBlog(blog, window, metric);
        ObjectNode n = head();
        n.put("window", window);
        n.put("metric", metric);
        n.put("blog", blog);
        ArrayNode out = n.putArray("aggregates");
        list.forEach(a -> out.add(json.aggregate(a)));
        TreeSet<String> days = new TreeSet<>();
        TreeSet<String> metrics = new TreeSet<>();
        for (LocationAggregate a : every) {
            if (!"total".equals(a.getWindow())) {
                days.add(a.getWindow());
            }
            metrics.add(a.getMetric());
        }
        ArrayNode dayList = n.putArray("days");
        days.forEach(dayList::add);
        ArrayNode metricList = n.putArray("metrics");
        metrics.forEach(metricList::add);
        return n;
    }

    private Answer aggregate(Map<String, String> params, boolean local) {
        String location = required(params, "location");
        String metric = metric(params.get("metric"), true);
        String window = window(params.getOrDefault("window", "total"));
        PipelineQueries q = source.queries();
        Optional<LocationAggregate> found = q.aggregate(location, metric, window);
        ObjectNode n = head();
        if (found.isEmpty()) {
            n.put("error", "no aggregate of " + metric + " at " + location + " in window " + window);
            return new Answer(404, n);
        }
        LocationAggregate a = found.get();
        n.set("aggregate", json.aggregate(a));
        ArrayNode claims = n.putArray("claims");
        List<KeyValue<String, Optional<Claim>>> behind = q.claimsBehind(a);
        List<String> elsewhere = new ArrayList<>();
        for (KeyValue<String, Optional<Claim>> kv : behind.subList(0, Math.min(MAX_CLAIMS, behind.size()))) {
            if (kv.value.isPresent()) {
                claims.add(ApiJson.claim(kv.value.get()));
            } else {
                elsewhere.add(kv.key);
            }
        }
        int missing = elsewhere.size();
        List<String> others = local ? List.of() : source.otherInstances();
        if (!elsewhere.isEmpty() && !others.isEmpty()) {
            // the claims table is partitioned by claim id: the other instances hold the rest
            List<String> unreachable = new ArrayList<>();
            for (Peers.Reply r : peers.ask(others, "/api/claims", Map.of("ids", String.join(",", elsewhere)),
                    unreachable)) {
                for (com.fasterxml.jackson.databind.JsonNode c : r.body().path("claims")) {
                    claims.add(c);
                    missing--;
                }
            }
            if (!unreachable.isEmpty()) {
                n.put("stale", true);
            }
        }
        // an aggregate names its first claims only (ClaimListing); the rest are those of the places below it
        n.put("claimsLeftOut", Math.max(0, ClaimCounts.of(a) - Math.min(MAX_CLAIMS, behind.size())));
        // a claim id whose claim has been retracted since the aggregate was emitted: the next emission drops it
        n.put("claimsRetracted", missing);
        return ok(n);
    }

    private ObjectNode series(Map<String, String> params) {
        String location = required(params, "location");
        String metric = metric(params.get("metric"), true);
        ObjectNode n = head();
        n.put("locationId", location);
        n.put("metric", metric);
        ArrayNode days = n.putArray("days");
        source.queries().series(location, metric).forEach(a -> days.add(json.aggregate(a)));
        return n;
    }

    private ObjectNode post(Map<String, String> params) {
        String id = required(params, "id");
        ObjectNode n = head();
        n.put("postId", id);
        ArrayNode claims = n.putArray("claims");
        source.queries().claimsOfPost(id).forEach(c -> claims.add(ApiJson.claim(c)));
        // the text of the current version, read from the retained updates topic where the pipeline saw it
        source.post(id).filter(p -> !p.getForgotten() && p.getUpdatePartition() != null
                && p.getUpdateOffset() != null).ifPresent(p -> source.update(p.getUpdatePartition(),
                        p.getUpdateOffset()).filter(u -> u.getContentHash().equals(p.getContentHash()))
                .ifPresent(u -> n.set("post", ApiJson.post(p, u))));
        return n;
    }

    private ObjectNode claims(Map<String, String> params) {
        PipelineQueries q = source.queries();
        ObjectNode n = head();
        ArrayNode claims = n.putArray("claims");
        String ids = required(params, "ids", 100_000);
        for (String id : ids.split(",")) {
            q.claim(id.trim()).ifPresent(c -> claims.add(ApiJson.claim(c)));
        }
        return n;
    }

    private ObjectNode recentAlerts() {
        ObjectNode n = head();
        alerts.writeTo(n.putArray("alerts"));
        return n;
    }

    private static void distinctSorted(ObjectNode n, String field) {
        if (!n.has(field)) {
            return;
        }
        TreeSet<String> values = new TreeSet<>();
        n.get(field).forEach(v -> values.add(v.asText()));
        ArrayNode out = n.putArray(field);
        values.forEach(out::add);
    }

    private static void sortBy(ObjectNode n, String field, String key) {
        List<com.fasterxml.jackson.databind.JsonNode> items = new ArrayList<>();
        n.get(field).forEach(items::add);
        items.sort(java.util.Comparator.comparing(j -> j.path(key).asText()));
        ArrayNode out = n.putArray(field);
        items.forEach(out::add);
    }

    private ObjectNode blogs() {
        ObjectNode n = head();
        ArrayNode blogs = n.putArray("blogs");
        source.queries().blogs().forEach(blogs::add);
        return n;
    }

    private static Answer ok(ObjectNode body) {
        return new Answer(200, body);
    }

    private static String required(Map<String, String> params, String name) {
        return required(params, name, 200);
    }

    private static String required(Map<String, String> params, String name, int maxLength) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new BadRequest("parameter '" + name + "' is required");
        }
        if (v.length() > maxLength) {
            throw new BadRequest("parameter '" + name + "' is longer than " + maxLength + " characters");
        }
        return v;
    }

    private static String window(String w) {
        if (!"total".equals(w) && !DAY.matcher(w).matches()) {
            throw new BadRequest("window must be 'total' or a day YYYY-MM-DD");
        }
        return w;
    }

    private static String metric(String m, boolean required) {
        if (m == null || m.isBlank()) {
            if (required) {
                throw new BadRequest("parameter 'metric' is required");
            }
            return null;
        }
        if (!METRIC.matcher(m).matches()) {
            throw new BadRequest("metric must be a metric name such as killed or aid_trucks");
        }
        return m;
    }
}
