package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.schema.Alert;
import io.liveblog.schema.AlertEvidence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The latest alerts of the alerts topic, newest first, for the page's alert list: a small window kept in memory
 * (the alerts themselves stay on {@code liveblog.alerts.v1}). An alert id seen again replaces nothing: alerts are
 * raised once.
 */
final class RecentAlerts {

    /** Alerts listed. */
    static final int KEPT = 50;

    private final Deque<ObjectNode> latest = new ArrayDeque<>();
    private final Set<String> ids = new LinkedHashSet<>();

    /** @return the alert as JSON when it is new (and keeps it), else null */
    synchronized ObjectNode add(Alert a) {
        if (!ids.add(a.getAlertId())) {
            return null;
        }
        ObjectNode n = json(a);
        latest.addFirst(n);
        while (latest.size() > KEPT) {
            ObjectNode dropped = latest.removeLast();
            ids.remove(dropped.get("alertId").asText());
        }
        return n;
    }

    /** Writes the latest alerts, newest first, into an array. */
    synchronized void writeTo(ArrayNode out) {
        latest.forEach(out::add);
    }

    static ObjectNode json(Alert a) {
        ObjectNode n = ApiJson.object();
        n.put("alertId", a.getAlertId());
        n.put("rule", a.getRule());
        n.put("severity", a.getSeverity());
        ArrayNode labels = n.putArray("labels");
        a.getLabels().forEach(labels::add);
        n.put("message", a.getMessage());
        n.put("locationId", a.getLocationId());
        n.put("location", a.getLocation());
        n.put("metric", a.getMetric());
        n.put("window", a.getWindow());
        n.put("value", a.getValue());
        n.put("eventTime", a.getEventTime().toString());
        ArrayNode evidence = n.putArray("evidence");
        for (AlertEvidence e : a.getEvidence()) {
            ObjectNode o = evidence.addObject();
            o.put("claimId", e.getClaimId());
            o.put("postId", e.getPostId());
            o.put("sentence", e.getSentence());
        }
        return n;
    }
}
