package io.liveblog.extract;

import java.util.List;

/**
 * Readings that count what the metrics hold but that `gold/README.md` keeps out of the crisis's figures: a part of a
 * group the sentence opens with ("Of the injured, 21 were in critical condition"), captives being freed (a release
 * is no hostage-taking: "Hamas freed 24 hostages"), and deaths from a disease outbreak ("2,772 cholera cases and
 * five deaths"). Asked of each reading once {@link MetricReader} has read it.
 */
final class ExcludedFigures {

    /** Groups a sentence can open with to count a part of them ("Of the injured, ..."). */
    private static final WordSet GROUPS = Lexicon.words(
            "injured", "wounded", "dead", "killed", "victims", "casualties", "missing", "hostages", "detained",
            "arrested", "displaced", "survivors", "patients");

    /** Verbs of freeing captives. */
    private static final WordSet RELEASES = Lexicon.words(
            "freed", "frees", "free", "freeing", "released", "releases", "release", "releasing", "handed", "hands",
            "returned", "exchanged", "swapped");

    /** Words that open another clause after the captives, whose release is not theirs. */
    private static final WordSet CLAUSE_LINKS = Lexicon.words("after", "before", "since", "while", "and", "but",
            "as", "when", "whereas");

    /** Outbreak diseases and the words for an outbreak: deaths they count are no crisis toll here. */
    private static final WordSet DISEASES = Lexicon.words(
            "cholera", "ebola", "mpox", "measles", "dengue", "diphtheria", "covid", "covid-19", "coronavirus",
            "malaria", "epidemic", "outbreak", "outbreaks");

    private ExcludedFigures() {
    }

    /** @return whether the reading is one of the excluded kinds */
    static boolean excluded(List<Token> t, NumberPhrase p, Reading r) {
        return partOfAnOpeningGroup(t, p.first())
                || r.metric() == Metric.HOSTAGES && beingFreed(t, r)
                || r.metric() == Metric.KILLED && diseaseDeaths(t, r);
    }

    /** "Of the injured, 21 were in critical condition", "Of the 182 wounded, 101 remain in hospital". */
    private static boolean partOfAnOpeningGroup(List<Token> t, int first) {
        if (t.size() < 4 || !t.get(0).is("of") || !t.get(1).is("the")) {
            return false;
        }
        for (int k = 2; k < Math.min(first, 6); k++) {
            if (t.get(k).is(",")) {
                return k > 2 && GROUPS.contains(t.get(k - 1));
            }
        }
        return false;
    }

    /** A release verb just before the captives ("Hamas freed 24 hostages") or in their predicate ("were freed"). */
    private static boolean beingFreed(List<Token> t, Reading r) {
        for (int k = r.spanFirst() - 1; k >= Math.max(0, r.spanFirst() - 4) && !t.get(k).isPunct(); k--) {
            if (RELEASES.contains(t.get(k))) {
                return true;
            }
        }
        for (int k = r.spanEnd(); k < Math.min(t.size(), r.spanEnd() + 6); k++) {
            // "137 hostages remain in Gaza after 105 were released": the release is another number's
            if (t.get(k).isPunct() || t.get(k).isDigits() || CLAUSE_LINKS.contains(t.get(k))) {
                return false;
            }
            if (RELEASES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Deaths in a sentence about an outbreak, or counted beside "cases" ("48 cases ... and 16 deaths"). */
    private static boolean diseaseDeaths(List<Token> t, Reading r) {
        boolean cases = false;
        for (Token tk : t) {
            if (DISEASES.contains(tk)) {
                return true;
            }
            cases |= tk.is("cases");
        }
        return cases && t.get(r.spanEnd() - 1).is("deaths");
    }
}
