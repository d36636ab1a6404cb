package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;

/** Counts of people that share the casualty verb of the figure beside them ({@link #apply}). */
final class SharedVerbs {

    private SharedVerbs() {
    }

    /**
     * People counted beside a casualty figure that share its verb: "at least 23 civilians and 17 soldiers have been
     * killed" (the first count waits for the verb of the second), "60 members have been killed, along with at least
     * 10 civilians" (the second takes the verb of the first). Each count is its own figure of the same metric.
     */
    static List<Reading> apply(List<Token> t, List<NumberPhrase> phrases, boolean[] consumed,
                             List<Reading> read) {
        Reading[] byPhrase = new Reading[phrases.size()];
        read.forEach(r -> byPhrase[r.phrase()] = r);
        List<Reading> added = new ArrayList<>();
        Reading before = null;
        for (int k = 0; k < phrases.size(); k++) {
            NumberPhrase p = phrases.get(k);
            if (byPhrase[k] != null) {
                before = byPhrase[k];
                continue;
            }
            if (!p.candidate() || consumed[k] || p.form() == NumberPhrase.Form.INDEFINITE) {
                continue;
            }
            if (before != null && moreOfTheSame(t, p)) {
                added.add(new Reading(k, before.metric(), before.unit(), p.first(), p.end() + 1));
                continue;
            }
            int end = peopleAfter(t, p.end());
            if (end < 0) {
                continue;
            }
            Reading next = k + 1 < phrases.size() ? byPhrase[k + 1] : null;
            if (next != null && end < t.size() && t.get(end).is("and") && phrases.get(k + 1).first() == end + 1
                    && next.metric().kind() == Metric.Kind.CASUALTY && next.spanFirst() == end + 1) {
                added.add(new Reading(k, next.metric(), null, p.first(), end));
                continue;
            }
            int f = p.first();
            if (before != null && before.metric().kind() == Metric.Kind.CASUALTY && f >= 2
                    && t.get(f - 1).is("with") && t.get(f - 2).is("along") && before.spanEnd() <= f - 2) {
                added.add(new Reading(k, before.metric(), null, f, end));
            }
        }
        if (added.isEmpty()) {
            return read;
        }
        List<Reading> all = new ArrayList<>(read);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(Reading::phrase));
        return all;
    }

    /**
     * "575 people spent the night in shelters, and hundreds more are staying in hotels", "a convoy of 150 trucks was
     * set to cross, and hundreds more were waiting": a vague count of "more", joined to the figure before it and
     * naming nothing of its own, counts more of what that figure counts.
     */
    private static boolean moreOfTheSame(List<Token> t, NumberPhrase p) {
        int f = p.first();
        int end = p.end();
        return p.form() == NumberPhrase.Form.VAGUE && f > 0 && (t.get(f - 1).is("and") || t.get(f - 1).is(","))
                && end < t.size() && t.get(end).is("more")
                && (end + 1 >= t.size() || !t.get(end + 1).isWord() || AUXILIARIES.contains(t.get(end + 1)));
    }

    /** Words after "hundreds more" that leave its noun to the figure before ("are staying", "were waiting"). */
    private static final WordSet AUXILIARIES = Lexicon.words("are", "were", "is", "was", "have", "had", "remain",
            "remained", "still");

    /**
     * @return the end of the first word naming people within three words after a number ("civilians", "Israeli
     *     soldiers"), or -1 when there is none or it counts households
     */
    private static int peopleAfter(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 3 && t.get(k).isWord() && !t.get(k).is("and"); k++) {
            if (MetricReader.isPerson(t, k)) {
                return Lexicon.HOUSEHOLD_HEADS.contains(t.get(k)) ? -1 : k + 1;
            }
        }
        return -1;
    }
}
