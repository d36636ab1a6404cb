package io.liveblog.alerts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the alerts app remembers of one place and metric: small and bounded, rewritten whole (it is a few hundred
 * bytes): the daily figures of the trailing days, the authorities that have reported there, the revision notes
 * already alerted on, and for aid the last day with deliveries.
 */
public final class KeyState {

    /** Revision notes remembered per key; older ones are forgotten (an authority revising a figure 100 times). */
    static final int MAX_REVISIONS = 100;
    /** Authorities remembered per key. */
    static final int MAX_AUTHORITIES = 50;

    /** Event day -> the day's figure (incidents summed, or a running total's derived increment). */
    public TreeMap<String, Long> days = new TreeMap<>();
    /** Authorities seen reporting this place and metric. */
    public Set<String> authorities = new LinkedHashSet<>();
    /** Revision notes already alerted on. */
    public List<String> revisions = new ArrayList<>();
    /** The last event day with a delivery (aid metrics), or null. */
    public String lastDelivery;
    /** Claims behind that day's deliveries (at most five). */
    public List<String> lastDeliveryClaims = new ArrayList<>();
    /** The place, as the last aggregate named it (aid-stopped alerts are raised without an aggregate of their own). */
    public String location;
    /** The place's path of names. */
    public List<String> locationPath = new ArrayList<>();

    /** Forgets days before {@code from} (exclusive of it). */
    void forgetDaysBefore(String from) {
        days.headMap(from, false).clear();
    }

    void rememberAuthority(String authority) {
        if (authorities.size() < MAX_AUTHORITIES) {
            authorities.add(authority);
        }
    }

    void rememberRevision(String note) {
        revisions.add(note);
        while (revisions.size() > MAX_REVISIONS) {
            revisions.remove(0);
        }
    }
}
