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
 * descriptors, {@link IncidentDescriptors}); ties go to the figure told first in the body.
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
            for (int h : post) {
                Claim headline = bucket.get(h);
                if (!"headline".equals(headline.getField())) {
                    continue;
                }
                int best = -1;
                int bestShared = -1;
                for (int b : post) {
                    Claim body = bucket.get(b);
                    if (b == h || !FactIdentity.headlineRestatesBody(headline, body)) {
                        continue;
                    }
                    int shared = shared(descriptorsOf.apply(IncidentDescriptors.focus(headline)),
                            descriptorsOf.apply(IncidentDescriptors.focus(body)));
                    if (shared > bestShared || shared == bestShared && toldBefore(body, bucket.get(best))) {
                        best = b;
                        bestShared = shared;
                    }
                }
                restates[h] = best;
            }
        }
        return restates;
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
