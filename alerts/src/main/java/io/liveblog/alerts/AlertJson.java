package io.liveblog.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.schema.Alert;
import io.liveblog.schema.AlertEvidence;

/** An alert as JSON, for webhooks and {@code alerts --follow --json}: the Avro record's fields, plainly. */
public final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    /** @return the alert as one line of JSON */
    public static String of(Alert a) {
        try {
            return MAPPER.writeValueAsString(tree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** @return the alert as a JSON tree (for APIs that write it with their own escaping) */
    public static ObjectNode tree(Alert a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("alertId", a.getAlertId());
        n.put("rule", a.getRule());
        n.put("severity", a.getSeverity());
        ArrayNode labels = n.putArray("labels");
        a.getLabels().forEach(labels::add);
        n.put("message", a.getMessage());
        n.put("locationId", a.getLocationId());
        n.put("location", a.getLocation());
        ArrayNode path = n.putArray("locationPath");
        a.getLocationPath().forEach(path::add);
        n.put("metric", a.getMetric());
        n.put("window", a.getWindow());
        n.put("value", a.getValue());
        n.put("reference", a.getReference());
        ArrayNode evidence = n.putArray("evidence");
        for (AlertEvidence e : a.getEvidence()) {
            ObjectNode o = evidence.addObject();
            o.put("claimId", e.getClaimId());
            o.put("postId", e.getPostId());
            o.put("postVersion", e.getPostVersion());
            o.put("source", e.getSource());
            o.put("sentence", e.getSentence());
        }
        n.put("eventTime", a.getEventTime().toString());
        return n;
    }

    /** @return the alert in one line for people: severity, rule and labels, message */
    public static String line(Alert a) {
        String labels = a.getLabels().isEmpty() ? "" : " [" + String.join(", ", a.getLabels()) + "]";
        String quote = a.getEvidence().stream().filter(e -> e.getSentence() != null).findFirst()
                .map(e -> "\n    \"" + e.getSentence() + "\" (post " + e.getPostId() + " v" + e.getPostVersion() + ")")
                .orElse("");
        return a.getSeverity().toUpperCase(java.util.Locale.ROOT) + " " + a.getRule() + labels + ": "
                + a.getMessage() + quote;
    }
}
