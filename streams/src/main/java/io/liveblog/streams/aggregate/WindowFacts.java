package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one window (the running total, or one event day) of one place and metric, kept up to date as claims
 * come and go: claims are held by best value, and a change regroups only the claims of its value it can reach
 * through pairs that could be one fact ({@link ValueBucket}), joins the facts that regrouping changed with linked
 * facts of other values ({@link ValueLinks}), then moves only the joined facts that changed in the window's
 * {@link FactTree}. So the cost of a change and of the next evaluation follows
 * what changed, not how many claims the window holds.
 */
final class WindowFacts {

    private final String placeId;
    private final String metric;
    /** The claims of each value with their facts (primary facts, before {@link ValueLinks} joins some). */
    private final Map<String, ValueBucket> byValue = new HashMap<>();
    /** Values whose claims changed since the tree was last brought up to date. */
    private final Set<String> changed = new HashSet<>();
    private final FactTree tree;
    /** The joined facts, kept only when there is no tree to hold them. */
    private final Set<Fact> facts;
    private final ValueLinks links = new ValueLinks();
    private int size;

    /** @param placeId the window's place (facts are evaluated over its subtree) */
    WindowFacts(String placeId, String metric) {
        this(placeId, metric, true);
    }

    private WindowFacts(String placeId, String metric, boolean withTree) {
        this.placeId = placeId;
        this.metric = metric;
        this.tree = withTree ? new FactTree(placeId) : null;
        this.facts = withTree ? null : new HashSet<>();
    }

    /** @return a window whose facts are asked for as a set ({@link #facts}), never evaluated as a place tree */
    static WindowFacts withoutTree(String placeId, String metric) {
        return new WindowFacts(placeId, metric, false);
    }

    /** Adds a claim, if it enters the place's aggregates at all ({@link AggregateCalculator#relevant}). */
    void add(Claim c) {
        if (!AggregateCalculator.relevant(c, placeId, metric)) {
            return;
        }
        String value = valueKey(c);
        if (byValue.computeIfAbsent(value, v -> new ValueBucket()).put(c)) {
            size++;
        }
        changed.add(value);
    }

    /** Removes a claim added before (nothing happens if it is not held). */
    void remove(Claim c) {
        String value = valueKey(c);
        ValueBucket claims = byValue.get(value);
        if (claims == null || !claims.remove(c.getClaimId())) {
            return;
        }
        size--;
        changed.add(value);
    }

    /** @return whether no claim is held */
    boolean isEmpty() {
        return size == 0;
    }

    /** @return the window's facts in their tree, regrouping the values changed since the last call */
    FactTree tree() {
        if (tree == null) {
            throw new IllegalStateException("a window made withoutTree has no place tree");
        }
        regroup();
        return tree;
    }

    /** @return the window's facts, regrouping the values changed since the last call (a view: do not keep it) */
    java.util.Collection<Fact> facts() {
        if (facts == null) {
            throw new IllegalStateException("a window with a place tree is read through tree()");
        }
        regroup();
        return java.util.Collections.unmodifiableSet(facts);
    }

    private void regroup() {
        List<Fact> removed = new ArrayList<>();
        List<Fact> added = new ArrayList<>();
        for (String value : changed) {
            ValueBucket claims = byValue.get(value);
            if (claims != null) {
                // only the facts a change reaches move: the evaluations of the places holding the rest stay valid
                claims.regroup(removed, added);
                if (claims.isEmpty()) {
                    byValue.remove(value);
                }
            }
        }
        changed.clear();
        // facts of one value are joined with linked facts of other values before they enter the tree
        if (tree != null) {
            links.update(removed, added, tree::remove, tree::add);
        } else {
            links.update(removed, added, facts::remove, facts::add);
        }
    }

    private static String valueKey(Claim c) {
        return String.valueOf(c.getValue());
    }
}
