package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One instance of each claim for all the working copies of this JVM: a claim is routed to every place on its path
 * ({@link RollUp}), so the keys of a town, its district, its governorate and its country each decode the same claim
 * from their own record, and held four or five copies of its strings, lists and times. A working copy that takes the
 * instance already held by another key holds a reference instead; memory per claim, the budget of
 * {@link WorkingCopyBudget} and the collector's work fall with it.
 *
 * <p>Claims are immutable where they are held (nothing in the aggregation sets a field of one), and only a claim
 * equal in every field is shared, so sharing changes no result. Entries are weak: a claim no working copy holds any
 * more is forgotten by the collector, and a lost entry only costs a copy.
 */
final class SharedClaims {

    /** Claim id to the instance held; weak keys and values, so the map holds nothing alive. */
    private static final Map<String, WeakReference<Claim>> HELD = new WeakHashMap<>();

    private SharedClaims() {
    }

    /** @return the instance already held of a claim equal to {@code c}, or {@code c}, now the one held */
    static Claim canonical(Claim c) {
        String id = c.getClaimId();
        synchronized (HELD) {
            WeakReference<Claim> ref = HELD.get(id);
            Claim held = ref == null ? null : ref.get();
            if (held != null && held.equals(c)) {
                return held;
            }
            HELD.put(id, new WeakReference<>(c));
            return c;
        }
    }
}
