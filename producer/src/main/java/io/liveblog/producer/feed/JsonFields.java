package io.liveblog.producer.feed;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading fields of the JSON documents live blogs publish (Guardian live-blog JSON, schema.org JSON-LD). */
public final class JsonFields {

    private JsonFields() {
    }

    /** @return a field's text, stripped; null when it is missing, null, not a plain value, or blank */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
