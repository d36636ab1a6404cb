package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which body figure of its own post each headline figure restates, when the body has more than one it could.
 *
 * <p>Why: a headline names one figure of its post ("Rafah: four killed in strike on car near market"). When the body
 * tells two incidents with that figure (the car that evening, a house earlier that day), letting the headline restate
 * both chained the two strikes into one fact. It restates the one its words describe best (the most shared
 * descriptors, {@link IncidentDescriptors}), then the one at its place, then the one told first in the body; and
 * each body figure is restated by at most one headline figure.
 */
final class HeadlineRestatements {

    private HeadlineRestatements() {
    }

    /**
     * @param bucket claims of one metric and best value
     * @param byPost positions in {@code bucket} by post id
     * @param descriptorsOf the descriptors of a sentence (cached by the caller)
     * @return per position, the position of the body claim a headline claim restates, or -1 (not a headline, or
     *     no body claim of its post to restate)
     */
    static int[] choose(List<Claim> bucket, Map<String, List<Integer>> byPost,
                        Function<String, Set<String>> descriptorsOf) {
        int[] restates = new int[bucket.size()];
        Arrays.fill(restates, -1);
        for (List<Integer> post : byPost.values()) {
            // a headline with two such figures ("strikes kill 15 in Beit Lahia, 15 in Jabalia") restates two body
            // figures: headline figures choose in the order they are told, each among the body figures left
            List<Integer> headlines = post.stream().filter(h -> "headline".equals(bucket.get(h).getField()))
                    .sorted(java.util.Comparator.comparingInt((Integer i) -> bucket.get(i).getSpanStart())
                            .thenComparing(i -> bucket.get(i).getClaimId())).toList();
            java.util.Set<Integer> taken = new java.util.HashSet<>();
            for (int h : headlines) {
                Claim headline = bucket.get(h);
                int best = -1;
                int bestShared = -1;
                int bestPlace = -1;
                for (int b : post) {
                    Claim body = bucket.get(b);
                    if (b == h || taken.contains(b) || !SameFactRules.headlineRestatesBody(headline, body)) {
                        continue;
                    }
                    Set<String> told = descriptorsOf.apply(IncidentDescriptors.described(headline));
                    Set<String> bodyTold = descriptorsOf.apply(IncidentDescriptors.described(body));
                    if (IncidentSlots.conflicting(told, bodyTold) != null) {
                        continue; // "four killed at port" does not restate the four killed in an apartment block
                    }
                    int shared = shared(told, bodyTold);
                    int place = placeMatch(headline, body);
                    if (best < 0 || shared > bestShared || shared == bestShared && (place > bestPlace
                            || place == bestPlace && toldBefore(body, bucket.get(best)))) {
                        best = b;
                        bestShared = shared;
                        bestPlace = place;
                    }
                }
                restates[h] = best;
                if (best >= 0) {
                    taken.add(best);
                }
            }
        }
        return restates;
    }

    /** 2 for the same place, 1 for nested places, 0 otherwise: what tells two figures of one headline apart. */
    private static int placeMatch(Claim headline, Claim body) {
        if (headline.getLocationIds().equals(body.getLocationIds())) {
            return 2;
        }
        return SameFactRules.placesNested(headline.getLocationIds(), body.getLocationIds()) ? 1 : 0;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String d : a) {
            if (b.contains(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean toldBefore(Claim a, Claim b) {
        return a.getSpanStart() != b.getSpanStart() ? a.getSpanStart() < b.getSpanStart()
                : a.getClaimId().compareTo(b.getClaimId()) < 0;
    }
}
