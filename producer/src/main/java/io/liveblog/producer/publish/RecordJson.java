package io.liveblog.producer.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One Kafka record as one JSON object, for dry runs:
 * <pre>
 * {"topic": "...", "key": "...", "timestamp": "2023-12-02T17:28:00Z",
 *  "headers": {"source": "...", "format": "...", "parser-version": "...", "fetch-time": "...", "content-hash": "..."},
 *  "value": {every field of the Avro value under its schema name} | null}
 * </pre>
 * Instants are ISO-8601 strings, bytes are Base64, absent optional fields are {@code null}.
 */
public final class RecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    /** @return the record as a JSON tree */
    public static ObjectNode toJson(ProducerRecord<String, ? extends SpecificRecord> record) {
        ObjectNode node = NODES.objectNode();
        node.put("topic", record.topic());
        node.put("key", record.key());
        node.put("timestamp", record.timestamp() == null ? null : Instant.ofEpochMilli(record.timestamp()).toString());
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        node.set("value", record.value() == null ? NODES.nullNode() : valueJson(record.value()));
        return node;
    }

    /** @return the record as one line of JSON (no line breaks: they are escaped inside strings) */
    public static String toJsonLine(ProducerRecord<String, ? extends SpecificRecord> record) {
        try {
            return JSON.writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serialises
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode valueJson(SpecificRecord value) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : value.getSchema().getFields()) {
            node.set(field.name(), fieldJson(value.get(field.pos()), field.name()));
        }
        return node;
    }

    private static JsonNode fieldJson(Object v, String name) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof CharSequence s) {
            return NODES.textNode(s.toString());
        } else if (v instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Double d) {
            return NODES.numberNode(d);
        } else if (v instanceof ByteBuffer b) {
            ByteBuffer copy = b.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        } else if (v instanceof SpecificRecord r) {
            return valueJson(r);
        }
        throw new IllegalArgumentException("field " + name + ": no JSON form for " + v.getClass().getName());
    }
}
