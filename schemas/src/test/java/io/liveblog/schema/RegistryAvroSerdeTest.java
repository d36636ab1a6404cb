package io.liveblog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.liveblog.topics.RegistryClient;
import io.liveblog.topics.Topic;
import io.liveblog.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Confluent wire format against an in-process stand-in of the registry's REST API (the real registry, Apicurio,
 * is in {@code SchemaRegistryIT}): framing, subjects, caching, retries through an outage, refusals, evolution.
 */
class RegistryAvroSerdeTest {

    private HttpServer server;
    private final Map<Integer, String> schemas = new ConcurrentHashMap<>();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> subjects = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    /** Requests left to hold without an answer, as a hung registry does (accepts, never answers). */
    private final AtomicInteger hangNext = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean refuse;

    @BeforeEach
    void start() throws Exception {
        ObjectMapper json = new ObjectMapper();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/", ex -> {
            calls.incrementAndGet();
            if (hangNext.getAndDecrement() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
                return;
            }
            String path = ex.getRequestURI().getPath();
            byte[] body;
            int status = 200;
            if (failNext.getAndDecrement() > 0) {
                status = 503;
                body = "{\"error_code\":50301,\"message\":\"down\"}".getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/subjects/") && path.endsWith("/versions")) {
                String subject = path.substring("/subjects/".length(), path.length() - "/versions".length());
                String schema = json.readTree(ex.getRequestBody()).get("schema").asText();
                if (refuse) {
                    status = 409;
                    body = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}"
                            .getBytes(StandardCharsets.UTF_8);
                } else {
                    subjects.add(subject);
                    int id = ids.computeIfAbsent(schema, s -> 100 + ids.size());
                    schemas.put(id, schema);
                    body = ("{\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8);
                }
            } else if (path.startsWith("/schemas/ids/")) {
                String schema = schemas.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
                status = schema == null ? 404 : 200;
                body = (schema == null ? "{\"error_code\":40403,\"message\":\"Schema not found\"}"
                        : json.writeValueAsString(Map.of("schema", schema))).getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        // a hung request must not hold up the next one
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private RegistryClient client() {
        return new RegistryClient("http://127.0.0.1:" + server.getAddress().getPort() + "/", Duration.ofSeconds(5));
    }

    private static LiveBlogUpdate update() {
        return LiveBlogUpdate.newBuilder().setPostId("p1").setBlogId("b").setPublishedAt(Instant.parse(
                "2023-12-02T17:28:00Z")).setHeadline("h").setBody("b").setContentHash("x").setParserVersion("t/1")
                .build();
    }

    @Test
    void valuesAreFramedWithTheirSchemaIdUnderTheTopicsSubject() {
        Topic<String, LiveBlogUpdate> topic = Topics.inFormat(Topics.UPDATES, client());
        byte[] bytes = topic.valueSerde().serializer().serialize("liveblog.updates.v1", update());
        assertEquals(0, bytes[0], "magic byte");
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertEquals(LiveBlogUpdate.getClassSchema(), new Schema.Parser().parse(schemas.get(id)));
        assertEquals(List.of("liveblog.updates.v1-value"), subjects);
        assertEquals(update(), topic.valueSerde().deserializer().deserialize("liveblog.updates.v1", bytes));
        int before = calls.get();
        topic.valueSerde().serializer().serialize("liveblog.updates.v1", update());
        assertEquals(before, calls.get(), "the id is cached");
    }

    @Test
    void recordsWrittenBeforeTheSwitchStayReadable() {
        byte[] singleObject = Topics.UPDATE_SERDE.encode(update());
        assertEquals(update(), Topics.inFormat(Topics.UPDATES, client()).valueSerde().deserializer()
                .deserialize("t", singleObject));
    }

    @Test
    void anOutageDelaysRecordsInsteadOfLosingThem() {
        failNext.set(3);
        byte[] bytes = Topics.inFormat(Topics.UPDATES, client()).valueSerde().serializer().serialize("t", update());
        assertEquals(0, bytes[0]);
        assertTrue(calls.get() >= 4, "three failures, then the registration");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aHungRegistryIsGivenUpPerRequestAndAskedAgain() {
        hangNext.set(2);
        RegistryClient client = new RegistryClient("http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofSeconds(30), Duration.ofMillis(300));
        byte[] bytes = Topics.inFormat(Topics.UPDATES, client).valueSerde().serializer().serialize("t", update());
        assertEquals(0, bytes[0]);
        assertEquals(3, calls.get(), "two requests left unanswered, given up after their timeout, then the third");
    }

    @Test
    void aRefusedSchemaFailsAtOnceWithTheRegistrysReason() {
        refuse = true;
        RegistryClient.RegistryException e = assertThrows(RegistryClient.RegistryException.class,
                () -> Topics.inFormat(Topics.UPDATES, client()).valueSerde().serializer().serialize("t", update()));
        assertTrue(e.getMessage().contains("409") && e.getMessage().contains("incompatible"), e.getMessage());
        assertEquals(1, calls.get(), "a refusal is not retried");
    }

    @Test
    void anOlderWriterSchemaIsResolvedToTheCurrentClass() throws Exception {
        // a writer without the fields later versions added: the reader fills their defaults
        Schema old = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"LiveBlogUpdate\",\"namespace\":"
                + "\"io.liveblog.schema\",\"fields\":[{\"name\":\"postId\",\"type\":\"string\"},"
                + "{\"name\":\"blogId\",\"type\":\"string\"},"
                + "{\"name\":\"publishedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
                + "{\"name\":\"headline\",\"type\":\"string\"},{\"name\":\"body\",\"type\":\"string\"},"
                + "{\"name\":\"contentHash\",\"type\":\"string\"},{\"name\":\"parserVersion\",\"type\":\"string\"}]}");
        RegistryClient registry = client();
        int id = registry.register("t-value", old);
        GenericRecord r = new GenericData.Record(old);
        r.put("postId", "p1");
        r.put("blogId", "b");
        r.put("publishedAt", Instant.parse("2023-12-02T17:28:00Z").toEpochMilli());
        r.put("headline", "h");
        r.put("body", "b");
        r.put("contentHash", "x");
        r.put("parserVersion", "t/1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(old).write(r, enc);
        enc.flush();
        LiveBlogUpdate read = Topics.inFormat(Topics.UPDATES, registry).valueSerde().deserializer()
                .deserialize("t", out.toByteArray());
        assertEquals("p1", read.getPostId());
        assertEquals(null, read.getByline(), "a field the old writer did not have takes its default");
    }

    @Test
    void neitherFormatIsAClearError() {
        SerializationException e = assertThrows(SerializationException.class, () -> Topics.inFormat(Topics.UPDATES,
                client()).valueSerde().deserializer().deserialize("t", "{\"json\":1}".getBytes()));
        assertTrue(e.getMessage().contains("neither the Confluent wire format"), e.getMessage());
    }
}
