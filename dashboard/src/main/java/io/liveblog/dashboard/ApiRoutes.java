package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.streams.query.PipelineQueries;
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
 *   <li>{@code GET /api/post?id=P}: the live claims of a post</li>
 *   <li>{@code GET /api/blogs}: blogs with live claims</li>
 * </ul>
 */
final class ApiRoutes {

    /** Claims listed by one provenance answer; beyond this the answer says how many were left out. */
    static final int MAX_CLAIMS = 500;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern METRIC = Pattern.compile("[a-z_]{1,40}");

    private final QuerySource source;
    private final ApiJson json;

    ApiRoutes(QuerySource source, ApiJson json) {
        this.source = source;
        this.json = json;
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
        return switch (path) {
            case "/api/health" -> Optional.of(health());
            case "/api/aggregates" -> Optional.of(ok(aggregates(params)));
            case "/api/aggregate" -> Optional.of(aggregate(params));
            case "/api/series" -> Optional.of(ok(series(params)));
            case "/api/post" -> Optional.of(ok(post(params)));
            case "/api/blogs" -> Optional.of(ok(blogs()));
            default -> Optional.empty();
        };
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

    private Answer aggregate(Map<String, String> params) {
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
        int missing = 0;
        List<KeyValue<String, Optional<Claim>>> behind = q.claimsBehind(a);
        for (KeyValue<String, Optional<Claim>> kv : behind.subList(0, Math.min(MAX_CLAIMS, behind.size()))) {
            if (kv.value.isPresent()) {
                claims.add(ApiJson.claim(kv.value.get()));
            } else {
                missing++;
            }
        }
        n.put("claimsLeftOut", Math.max(0, behind.size() - MAX_CLAIMS));
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
        return n;
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
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new BadRequest("parameter '" + name + "' is required");
        }
        if (v.length() > 200) {
            throw new BadRequest("parameter '" + name + "' is longer than 200 characters");
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
