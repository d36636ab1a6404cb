package io.liveblog.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client of the Confluent-compatible schema registry REST API (Confluent Schema Registry, Apicurio's
 * {@code /apis/ccompat/v7}, Karapace): registers a schema under a subject and gets its id, and fetches a schema by
 * id. Both answers are cached for the life of the client: an id never changes its schema.
 *
 * <p>An unreachable registry, one that does not answer within the request timeout (a hung server: accepting
 * connections and never answering would otherwise block the caller for good), or a 5xx answer is retried with
 * backoff (100 ms doubling to 5 s) for up to
 * {@link #patience()}, so a registry restart delays records instead of losing them; after that the call fails with
 * a {@link RegistryException} saying what was tried. A refusal (4xx, e.g. 409 when a schema is incompatible with the
 * subject's registered versions) fails at once with the registry's own message.
 */
public final class RegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Map<String, RegistryClient> BY_URL = new ConcurrentHashMap<>();
    /** How long one request waits for an answer: a registry answers in milliseconds when it is well. */
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final Duration patience;
    private final Duration requestTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /** A registry call that failed for good. */
    public static final class RegistryException extends RuntimeException {
        RegistryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param url base URL of the Confluent-compatible API, e.g. {@code http://localhost:8081} or
     *     {@code http://localhost:8080/apis/ccompat/v7}
     * @param patience how long to keep retrying an unreachable or failing registry
     */
    public RegistryClient(String url, Duration patience) {
        this(url, patience, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * @param url base URL of the Confluent-compatible API
     * @param patience how long to keep retrying an unreachable or failing registry
     * @param requestTimeout how long one request may wait for its answer before it is given up and retried
     */
    public RegistryClient(String url, Duration patience, Duration requestTimeout) {
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, got " + requestTimeout);
        }
        this.requestTimeout = requestTimeout;
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.base = URI.create(u);
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("schema registry URL must be http or https, got " + url);
        }
        this.patience = patience;
    }

    /** @return the shared client of a registry URL (5 minutes of patience) */
    public static RegistryClient forUrl(String url) {
        return BY_URL.computeIfAbsent(url, u -> new RegistryClient(u, Duration.ofMinutes(5)));
    }

    /** @return how long calls keep retrying an unreachable registry */
    public Duration patience() {
        return patience;
    }

    /** @return the registry's base URL */
    public URI url() {
        return base;
    }

    /**
     * Registers a schema under a subject (the registry returns the existing id when it is already registered).
     *
     * @return the schema's id
     * @throws RegistryException when the registry refuses it (e.g. incompatible) or stays unreachable
     */
    public int register(String subject, Schema schema) {
        String key = subject + '\u0000' + schema.toString();
        Integer cached = idsBySubjectAndSchema.get(key);
        if (cached != null) {
            return cached;
        }
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode answer = call(HttpRequest.newBuilder(resolve("/subjects/" + encode(subject) + "/versions"))
                .header("Content-Type", CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                "register " + schema.getFullName() + " under subject " + subject);
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw new RegistryException("the registry at " + base + " answered no id when registering subject "
                    + subject + ": " + answer, null);
        }
        idsBySubjectAndSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /**
     * @return the schema with this id
     * @throws RegistryException when the registry does not know it or stays unreachable
     */
    public Schema schema(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call(HttpRequest.newBuilder(resolve("/schemas/ids/" + id)).GET().build(),
                "fetch schema id " + id);
        Schema schema = new Schema.Parser().parse(answer.path("schema").asText());
        schemasById.put(id, schema);
        return schema;
    }

    /** Sets a subject's compatibility level (e.g. {@code BACKWARD}). */
    public void setCompatibility(String subject, String level) {
        String body = "{\"compatibility\":\"" + level + "\"}";
        call(HttpRequest.newBuilder(resolve("/config/" + encode(subject))).header("Content-Type", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), "set compatibility of " + subject);
    }

    private JsonNode call(HttpRequest unbounded, String what) {
        HttpRequest request = HttpRequest.newBuilder(unbounded, (name, value) -> true).timeout(requestTimeout)
                .build();
        long deadline = System.nanoTime() + patience.toNanos();
        Duration wait = Duration.ofMillis(100);
        String last;
        while (true) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    return JSON.readTree(r.body());
                }
                if (r.statusCode() / 100 == 4) {
                    throw new RegistryException("the schema registry at " + base + " refused to " + what + " (HTTP "
                            + r.statusCode() + "): " + r.body(), null);
                }
                last = "HTTP " + r.statusCode() + ": " + r.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException("interrupted while trying to " + what, e);
            }
            if (System.nanoTime() + wait.toNanos() > deadline) {
                throw new RegistryException("the schema registry at " + base + " did not let us " + what + " within "
                        + patience.toSeconds() + " s; last answer: " + last, null);
            }
            LOG.warn("Schema registry {} could not {} ({}); retrying in {} ms", base, what, last, wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException("interrupted while waiting to retry: " + what, e);
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                    : wait.multipliedBy(2);
        }
    }

    private URI resolve(String path) {
        return URI.create(base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
