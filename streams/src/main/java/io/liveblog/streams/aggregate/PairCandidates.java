package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of one blocking group (claims with one strict key, {@link FactIdentity}) that can be one fact: every pair
 * an all-pairs loop would join, so the union-find over them (which visits them closest in time first) gives the same
 * facts.
 *
 * <p>Why: a key's value bucket keeps every claim of its history ("3 killed" at a country key over months of blogs),
 * and comparing all pairs made each regrouping cost the square of that history. Most pairs cannot match: an incident
 * never joins a claim reported more than {@link FactIdentity#INCIDENT_WINDOW} away. So for each claim only three
 * kinds of partner are visited: claims reported within the window (found by binary search over event times), claims
 * of the same scope when that scope is not incremental (running totals are compared whatever their dates), and claims
 * of the same post (a headline restating its body matches at any time). Every skipped pair is one the pairwise rule
 * rejects anyway, so the result is unchanged and the cost follows the claims near in time.
 */
final class PairCandidates {

    /** Groups smaller than this are compared all pairs with each other: blocking would cost more than it saves. */
    static final int BLOCK_FROM = 16;

    private final int size;
    private final boolean allPairs;
    private final long window;
    private long[] times;
    /** group positions sorted by event time, parallel to {@link #sortedTimes} */
    private int[] byTime;
    private long[] sortedTimes;
    private String[] scopes;
    private String[] posts;
    private Map<String, List<Integer>> byScope;
    private Map<String, List<Integer>> byPost;

    private PairCandidates(int size, boolean allPairs, long window) {
        this.size = size;
        this.allPairs = allPairs;
        this.window = window;
    }

    /**
     * @param bucket the claims of a value bucket
     * @param group positions in {@code bucket} of one blocking group, ascending
     * @param blockFrom the group size from which pairs are blocked ({@link #BLOCK_FROM}; a test passes
     *     {@link Integer#MAX_VALUE} for the all-pairs loop it is checked against)
     */
    static PairCandidates of(List<Claim> bucket, List<Integer> group, int blockFrom) {
        int n = group.size();
        PairCandidates p = new PairCandidates(n, n < blockFrom, FactIdentity.INCIDENT_WINDOW.toMillis());
        if (!p.allPairs) {
            p.index(bucket, group);
        }
        return p;
    }

    private void index(List<Claim> bucket, List<Integer> group) {
        times = new long[size];
        scopes = new String[size];
        posts = new String[size];
        byScope = new HashMap<>();
        byPost = new HashMap<>();
        Integer[] order = new Integer[size];
        for (int x = 0; x < size; x++) {
            Claim c = bucket.get(group.get(x));
            times[x] = FactIdentity.toldOf(c);
            scopes[x] = c.getScope();
            posts[x] = c.getPostId();
            order[x] = x;
            if (!"incremental".equals(scopes[x])) {
                byScope.computeIfAbsent(scopes[x], k -> new ArrayList<>()).add(x);
            }
            byPost.computeIfAbsent(posts[x], k -> new ArrayList<>()).add(x);
        }
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        byTime = new int[size];
        sortedTimes = new long[size];
        for (int k = 0; k < size; k++) {
            byTime[k] = order[k];
            sortedTimes[k] = times[order[k]];
        }
    }

    /** @return the group positions after {@code x} that may be one fact with it, ascending */
    int[] after(int x) {
        if (allPairs) {
            int[] all = new int[size - x - 1];
            for (int k = 0; k < all.length; k++) {
                all[k] = x + 1 + k;
            }
            return all;
        }
        int[] out = new int[8];
        int count = 0;
        int from = lowerBound(times[x] - window);
        for (int k = from; k < size && sortedTimes[k] <= times[x] + window; k++) {
            if (byTime[k] > x) {
                out = grow(out, count);
                out[count++] = byTime[k];
            }
        }
        List<Integer> sameScope = byScope.getOrDefault(scopes[x], List.of());
        List<Integer> samePost = byPost.get(posts[x]);
        int[] more = new int[sameScope.size() + samePost.size()];
        int m = 0;
        for (List<Integer> same : List.of(sameScope, samePost)) {
            for (int y : same) {
                if (y > x) {
                    more[m++] = y;
                }
            }
        }
        out = Arrays.copyOf(out, count + m);
        System.arraycopy(more, 0, out, count, m);
        count += m;
        Arrays.sort(out, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || out[k] != out[distinct - 1]) {
                out[distinct++] = out[k];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static int[] grow(int[] a, int count) {
        return count < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** @return the first position in {@link #sortedTimes} at or after {@code t} */
    private int lowerBound(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
