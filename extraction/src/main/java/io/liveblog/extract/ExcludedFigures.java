package io.liveblog.extract;

import java.util.List;

/**
 * Readings that count what the metrics hold but that `gold/README.md` keeps out of the crisis's figures: captives
 * being freed (a release is no hostage-taking: "Hamas freed 24 hostages") and deaths from a disease outbreak
 * ("2,772 cholera cases and five deaths"). Asked of each reading once {@link MetricReader} has read it; subsets of
 * a group are {@link FigureParts}'.
 */
final class ExcludedFigures {

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
    static boolean excluded(List<Token> t, Reading r) {
        return r.metric() == Metric.HOSTAGES && beingFreed(t, r)
                || r.metric() == Metric.KILLED && diseaseDeaths(t, r);
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
