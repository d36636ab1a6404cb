package io.liveblog.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveblog.streams.query.PipelineQueries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's HTTP server over the real topology's stores: pages, API, escaping, staleness, live events. */
class DashboardServerTest {

    static final String AID_BODY = "At least 42 aid trucks entered Gaza through the Rafah crossing on Monday, the "
            + "Palestinian Red Crescent said.";
    static final String HOSTILE_HEADLINE = "<script>alert('headline')</script>Strike on camp";
    static final String HOSTILE_BYLINE = "<img src=x onerror=alert('byline')>";
    static final String HOSTILE_BODY = "At least 12 people were killed in a strike on the Jabalya refugee camp "
            + "<script>alert('body')</script>, the health ministry said. Read more: "
            + "<a href=\"javascript:alert('link')\">here</a>.";

    @TempDir
    Path stateDir;

    private PipelineFixture pipeline;
    private DashboardServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        pipeline = new PipelineFixture(stateDir);
        pipeline.post("blog-one", "p1", "2024-03-04T10:00:00Z", "Aid convoy crosses into Gaza", null, AID_BODY);
        pipeline.post("blog-two", "p2", "2024-03-04T11:00:00Z", HOSTILE_HEADLINE, HOSTILE_BYLINE, HOSTILE_BODY);
        server = new DashboardServer(new InetSocketAddress("127.0.0.1", 0), pipeline,
                PipelineFixture.GAZETTEER::byId);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        pipeline.close();
    }

    @Test
    void servesThePageWithAPolicyThatAllowsOnlyItsOwnScript() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.body().contains("<script src=\"/dashboard.js\" defer></script>"));
        assertEquals(200, get("/dashboard.js").statusCode());
        assertEquals(200, get("/dashboard.css").statusCode());
        assertEquals(404, get("/etc/passwd").statusCode());
    }

    @Test
    void aggregatesCarryValuesPathsAndCoordinates() throws Exception {
        JsonNode body = json(get("/api/aggregates?window=total"), 200);
        assertEquals("RUNNING", body.get("state").asText());
        assertFalse(body.get("stale").asBoolean());
        JsonNode crossing = find(body.get("aggregates"), "aid_trucks", "Rafah");
        assertEquals(42, crossing.get("value").asLong());
        assertTrue(crossing.get("path").size() >= 2, crossing.toString());
        assertTrue(crossing.has("lat") && crossing.has("lon"), "the map needs coordinates: " + crossing);
        assertTrue(body.get("days").toString().contains("2024-03-04"), body.get("days").toString());
        assertTrue(body.get("metrics").toString().contains("aid_trucks"));

        JsonNode day = json(get("/api/aggregates?window=2024-03-04&metric=aid_trucks"), 200);
        assertTrue(day.get("aggregates").size() > 0);
        day.get("aggregates").forEach(a -> assertEquals("aid_trucks", a.get("metric").asText()));
    }

    @Test
    void aBlogsShareCountsOnlyItsOwnClaims() throws Exception {
        JsonNode blogs = json(get("/api/blogs"), 200);
        assertEquals("[\"blog-one\",\"blog-two\"]", blogs.get("blogs").toString());
        JsonNode one = json(get("/api/aggregates?window=total&blog=blog-one"), 200);
        assertTrue(one.get("aggregates").size() > 0);
        one.get("aggregates").forEach(a -> assertEquals("aid_trucks", a.get("metric").asText(), a.toString()));
    }

    @Test
    void provenanceLeadsFromANumberToTheSentence() throws Exception {
        JsonNode all = json(get("/api/aggregates?window=total&metric=aid_trucks"), 200);
        JsonNode crossing = find(all.get("aggregates"), "aid_trucks", "Rafah");
        JsonNode body = json(get("/api/aggregate?location=" + enc(crossing.get("locationId").asText())
                + "&metric=aid_trucks&window=total"), 200);
        assertEquals(42, body.get("aggregate").get("value").asLong());
        JsonNode claim = body.get("claims").get(0);
        assertEquals("p1", claim.get("postId").asText());
        assertEquals(1, claim.get("postVersion").asInt());
        assertEquals("blog-one", claim.get("blogId").asText());
        String sentence = claim.get("sentence").asText();
        int from = claim.get("highlight").get(0).asInt();
        int to = claim.get("highlight").get(1).asInt();
        assertEquals(claim.get("text").asText(), sentence.substring(from, to));
        assertTrue(sentence.substring(from, to).contains("42"), sentence);

        JsonNode series = json(get("/api/series?location=" + enc(crossing.get("locationId").asText())
                + "&metric=aid_trucks"), 200);
        assertEquals("2024-03-04", series.get("days").get(0).get("window").asText());
        JsonNode post = json(get("/api/post?id=p1"), 200);
        assertEquals(claim.get("claimId"), post.get("claims").get(0).get("claimId"));
        JsonNode text = post.get("post");
        assertEquals(AID_BODY, text.get("body").asText(), "the post's text, read from the updates topic");
        assertEquals("Aid convoy crosses into Gaza", text.get("headline").asText());
        assertEquals(1, text.get("version").asInt());
        assertEquals(0, text.get("updateOffset").asLong());
        assertTrue(text.get("body").asText().contains(sentence), "the sentence is found in the post");
    }

    @Test
    void anEditedPostIsShownAsItsCurrentVersion() throws Exception {
        String edited = AID_BODY.replace("42", "44");
        pipeline.post("blog-one", "p1", "2024-03-04T10:00:00Z", "Aid convoy crosses into Gaza", null, edited);
        JsonNode post = json(get("/api/post?id=p1"), 200).get("post");
        assertEquals(edited, post.get("body").asText());
        assertEquals(2, post.get("version").asInt());
        assertEquals(2, post.get("updateOffset").asLong(), "the third record piped");
        assertFalse(json(get("/api/post?id=nope"), 200).has("post"), "an unknown post has no text");
    }

    @Test
    void markupFromPostsIsDataNeverMarkup() throws Exception {
        HttpResponse<String> list = get("/api/aggregates?window=total&metric=killed");
        JsonNode all = json(list, 200);
        JsonNode camp = find(all.get("aggregates"), "killed", "Jabalya");
        HttpResponse<String> raw = get("/api/aggregate?location=" + enc(camp.get("locationId").asText())
                + "&metric=killed&window=total");
        JsonNode body = json(raw, 200);
        String sentence = body.get("claims").get(0).get("sentence").asText();
        assertTrue(sentence.contains("<script>alert('body')</script>"), "the data is kept as written: " + sentence);
        for (HttpResponse<String> r : java.util.List.of(list, raw, get("/api/post?id=p2"))) {
            assertFalse(r.body().contains("<") || r.body().contains(">"), "markup characters are escaped: "
                    + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
        assertTrue(raw.body().contains("\\u003Cscript\\u003E"), raw.body());
    }

    @Test
    void badRequestsGetClearErrors() throws Exception {
        assertTrue(json(get("/api/aggregates?window=yesterday"), 400).get("error").asText().contains("window"));
        assertTrue(json(get("/api/aggregate?metric=killed"), 400).get("error").asText().contains("location"));
        assertTrue(json(get("/api/aggregate?location=x&metric=DROP%20TABLE"), 400).get("error").asText()
                .contains("metric"));
        assertTrue(json(get("/api/aggregate?location=nowhere&metric=killed"), 404).get("error").asText()
                .contains("nowhere"));
        assertEquals(404, get("/api/nothing").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/blogs"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void answersAreMarkedStaleOutsideRunningAndUnavailableStoresSaySo() throws Exception {
        pipeline.state = "REBALANCING";
        JsonNode body = json(get("/api/aggregates"), 200);
        assertTrue(body.get("stale").asBoolean());
        assertEquals("REBALANCING", body.get("state").asText());
        assertTrue(body.get("aggregates").size() > 0, "a rebalance still answers from local state");

        QuerySource starting = new QuerySource() {
            @Override
            public PipelineQueries queries() {
                throw new InvalidStateStoreException("store aggregates-store is not ready");
            }

            @Override
            public String state() {
                return "REBALANCING";
            }
        };
        try (DashboardServer other = new DashboardServer(new InetSocketAddress("127.0.0.1", 0), starting,
                id -> java.util.Optional.empty())) {
            other.start();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(other.uri().resolve("/api/aggregates"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode n = json(r, 503);
            assertTrue(n.get("stale").asBoolean());
            assertTrue(n.get("error").asText().contains("not ready"), n.toString());
            JsonNode health = json(http.send(HttpRequest.newBuilder(other.uri().resolve("/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()), 200);
            assertFalse(health.get("queryable").asBoolean());
        }
        pipeline.state = "RUNNING";
        assertTrue(json(get("/api/health"), 200).get("queryable").asBoolean());
    }

    @Test
    void openPagesHearOfEveryChange() throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                HttpRequest.newBuilder(server.uri().resolve("/api/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> r = stream.get(10, TimeUnit.SECONDS);
        assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        Iterator<String> lines = r.body().iterator();
        assertEquals("event: hello", lines.next());
        assertTrue(lines.next().contains("\"state\":\"RUNNING\""));
        assertEquals("", lines.next());
        server.aggregateChanged("gaza|killed|total", 12L);
        assertEquals("event: aggregate", lines.next());
        assertEquals("data: {\"key\":\"gaza|killed|total\",\"value\":12,\"withdrawn\":false}", lines.next());
        assertEquals(1, server.liveClients());
        r.body().close();
    }

    @Test
    void alertsAreListedNewestFirstOnceEach() throws Exception {
        server.alertRaised(alert("a-1", "First report from Jabalya camp"));
        server.alertRaised(alert("a-2", "Spike: killed at <script>alert('x')</script>"));
        server.alertRaised(alert("a-1", "First report from Jabalya camp"));
        HttpResponse<String> r = get("/api/alerts");
        JsonNode alerts = json(r, 200).get("alerts");
        assertEquals(2, alerts.size());
        assertEquals("a-2", alerts.get(0).get("alertId").asText(), "newest first");
        assertEquals("Spike: killed at <script>alert('x')</script>", alerts.get(0).get("message").asText());
        assertFalse(r.body().contains("<"), "escaped on the wire");
        assertEquals("The camp was hit, medics said.", alerts.get(1).get("evidence").get(0).get("sentence").asText());
    }

    private static io.liveblog.schema.Alert alert(String id, String message) {
        return io.liveblog.schema.Alert.newBuilder().setAlertId(id).setRule("first_report").setSeverity("info")
                .setLabels(java.util.List.of()).setMessage(message).setLocationId("lb:ps-jabalya")
                .setLocation("Jabalya camp").setLocationPath(java.util.List.of("Palestinian territories"))
                .setMetric("killed").setWindow("total").setValue(12L)
                .setEvidence(java.util.List.of(io.liveblog.schema.AlertEvidence.newBuilder().setClaimId("c-1")
                        .setPostId("p2").setSentence("The camp was hit, medics said.").build()))
                .setEventTime(java.time.Instant.parse("2024-03-04T11:00:00Z")).build();
    }

    private JsonNode find(JsonNode aggregates, String metric, String placeWord) {
        for (JsonNode a : aggregates) {
            if (a.get("metric").asText().equals(metric) && a.get("location").asText().contains(placeWord)) {
                return a;
            }
        }
        throw new AssertionError("no " + metric + " aggregate at a place named like " + placeWord + " in "
                + aggregates);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode n = ApiJson.MAPPER.readTree(r.body());
        assertNotNull(n.get("state"), r.body());
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
