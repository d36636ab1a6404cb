package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.alerts.AlertJson;
import io.liveblog.schema.Alert;
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
        return AlertJson.tree(a);
    }
}
