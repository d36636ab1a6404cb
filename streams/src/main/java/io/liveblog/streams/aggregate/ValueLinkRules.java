package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.Set;
import java.util.function.Function;

/**
 * The pairwise rules of {@link ValueLinks}'s class comment: whether two tellings of different numbers could be one
 * figure's (intervals that meet, a toll told as risen, and the marks a slim claim keeps of it), whether two primary
 * facts are linked, whether they tell visibly different incidents, and for {@code explain} why a pair is linked or
 * kept apart.
 *
 * <p>Separate from {@link ValueLinks} because they speak of one pair only, while that class keeps the link graph and
 * joins its parts; {@link FactIdentity} and {@link Fact} read these rules without the graph.
 */
final class ValueLinkRules {

    private ValueLinkRules() {
    }

    /** Two citations of one figure told with different numbers are at most this far apart. */
    static final long REACH = FactIdentity.INCIDENT_WINDOW.toMillis();
    /** Running totals change by the day: different numbers further apart than this are different days' totals. */
    private static final long RUNNING_TOTAL_REACH = java.time.Duration.ofHours(20).toMillis();

    /**
     * Whether two primary facts are linked (see {@link ValueLinks}'s class comment); symmetric, and a function of the
     * two alone.
     */
    static boolean linked(Fact a, Fact b) {
        Claim pa = a.first();
        Claim pb = b.first();
        if (!pa.getMetric().equals(pb.getMetric()) || !pa.getModality().equals(pb.getModality())
                || java.util.Objects.equals(pa.getValue(), pb.getValue()) || pa.getValue() == null
                || pb.getValue() == null || ClaimSealer.isSealed(pa) || ClaimSealer.isSealed(pb)) {
            return false;
        }
        if (!numbersAgree(a, b)) {
            return false;
        }
        boolean told = false;
        for (Claim x : a.citations()) {
            for (Claim y : b.citations()) {
                if (toldAlike(x, y)) {
                    told = true;
                    break;
                }
            }
            if (told) {
                break;
            }
        }
        return told && !visiblyDifferent(a, b);
    }

    /** Rule 1 of {@link ValueLinks}'s class comment for two facts, by their most precise tellings. */
    private static boolean numbersAgree(Fact a, Fact b) {
        QualifierIntervals.Interval ia = a.figureInterval();
        QualifierIntervals.Interval ib = b.figureInterval();
        return ia.meets(ib) && (ia.bounded() || ib.bounded()) || roseFrom(a, b) || roseFrom(b, a)
                || roundedDown(a.figure(), b.figure()) || roundedDown(b.figure(), a.figure());
    }

    /** Rule 1 for two tellings: intervals that meet, one of them bounded; or a toll that rose from the other's number. */
    static boolean numbersAgree(Claim x, Claim y) {
        QualifierIntervals.Interval ix = QualifierIntervals.of(x);
        QualifierIntervals.Interval iy = QualifierIntervals.of(y);
        return ix.meets(iy) && (ix.bounded() || iy.bounded()) || roseFrom(x, y) || roseFrom(y, x)
                || roundedDown(x, y) || roundedDown(y, x);
    }

    /**
     * Whether {@code round} tells the running total {@code precise} gives, rounded down: both lower bounds, the one
     * a round number (thousands or more, two significant digits: {@link AggregateCalculator#isRound}) under the
     * other, which is not round, by at most a twentieth ("more than 11,000 civilians killed" and "at least 11,126",
     * the UN mission's count of one morning). Two lower bounds meet whatever their numbers, so without this they
     * are never one figure; "more than 11,000" and "at least 12,500" still are not.
     */
    static boolean roundedDown(Claim round, Claim precise) {
        Long r = round.getValue();
        Long p = precise.getValue();
        QualifierIntervals.Interval ir = QualifierIntervals.of(round);
        QualifierIntervals.Interval ip = QualifierIntervals.of(precise);
        return r != null && p != null && !ir.bounded() && !ip.bounded() && "cumulative".equals(round.getScope())
                && "cumulative".equals(precise.getScope()) && AggregateCalculator.isRound(r)
                && !AggregateCalculator.isRound(p) && r < p && (p - r) * 20 <= r;
    }

    /**
     * Whether {@code risen} tells an incident's toll as risen ("the toll from the strike on the house has risen to
     * five") above the number {@code earlier} gives: the toll of one incident, updated. Only below the first
     * administrative level, where a toll is an incident's, not a war's.
     */
    static boolean roseFrom(Fact risen, Fact earlier) {
        // primary facts tell one number: the first risen telling stands for all of them
        Claim telling = risen.risenTelling();
        return telling != null && roseFrom(telling, earlier.figure());
    }

    private static boolean roseFrom(Claim risen, Claim earlier) {
        Long up = risen.getValue();
        Long before = earlier.getValue();
        return up != null && before != null && up > before && QualifierIntervals.of(earlier).bounded()
                && risenIncidentToll(risen);
    }

    /** @return whether a claim tells an incident's toll as risen: told as risen, below the first admin level */
    static boolean risenIncidentToll(Claim c) {
        return c.getLocationIds().size() >= 3 && toldAsRisen(c);
    }

    /** What a slim claim's text holds when its toll was told as risen ({@link FactIdentity#slim}). */
    static final String ROSE_MARK = "+rose";

    private static final java.util.regex.Pattern RISEN = java.util.regex.Pattern.compile(
            "\\b(?:rise|risen|rose|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|mounted"
                    + "|soared|soars)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** @return whether the figure's own words tell a toll as risen ("has risen to 13", "toll rises to five") */
    static boolean toldAsRisen(Claim c) {
        String text = c.getText();
        return text != null && (text.contains(ROSE_MARK) || RISEN.matcher(text).find());
    }

    /**
     * @return for claims of different numbers, the rule that keeps them apart as a pair, or null when they are one
     *     figure's tellings as a pair (they may still end up apart through the other tellings each joined)
     */
    static String whyApart(Claim x, Claim y) {
        if (!numbersAgree(x, y)) {
            return "numbers that cannot be one figure";
        }
        if (headlineOverBody(x, y)) {
            return null;
        }
        if (!near(x, y)) {
            return "different numbers reported too far apart";
        }
        if (partAndWhole(x, y)) {
            return PART_AND_WHOLE;
        }
        return SameFactRules.apartBeyondFigures(x, y, DESCRIPTORS);
    }

    private static final String PART_AND_WHOLE = "running totals of a place and a place inside it";

    /** Rule 2 of {@link ValueLinks}'s class comment for one pair of citations, whatever their numbers. */
    private static boolean toldAlike(Claim x, Claim y) {
        return headlineOverBody(x, y) || near(x, y) && !partAndWhole(x, y)
                && SameFactRules.apartBeyondFigures(x, y, DESCRIPTORS) == null;
    }

    /**
     * Two running totals of different numbers at two places, one inside the other ("at least 3,400 have died in
     * Kahramanmaras province" / "9,057 killed in Turkey"): the part and the whole, never one figure told two ways,
     * although "at least" allows the larger number. (The same number at a place and inside it is one total told at
     * two levels, as {@link FactIdentity} groups it.)
     */
    private static boolean partAndWhole(Claim x, Claim y) {
        return "cumulative".equals(x.getScope()) && "cumulative".equals(y.getScope())
                && !x.getLocationIds().equals(y.getLocationIds());
    }

    /**
     * @return for {@code explain}, why two claims of different numbers are one figure's tellings as a pair, or empty
     *     when they are not
     */
    static java.util.Optional<String> whyLinked(Claim x, Claim y) {
        if (!x.getMetric().equals(y.getMetric()) || !x.getModality().equals(y.getModality()) || x.getValue() == null
                || y.getValue() == null || x.getValue().equals(y.getValue())) {
            return java.util.Optional.empty();
        }
        if (!numbersAgree(x, y) || !toldAlike(x, y)) {
            return java.util.Optional.empty();
        }
        String numbers = roseFrom(x, y) || roseFrom(y, x) ? "one incident's toll, told as risen from the other's number"
                : "one figure told with different numbers whose words agree";
        return java.util.Optional.of(numbers + " (\"" + x.getText() + "\" / \"" + y.getText() + "\")"
                + (headlineOverBody(x, y) ? ", a headline over its own body" : ", and every other rule of one fact holds"));
    }

    private static boolean near(Claim x, Claim y) {
        long reach = "cumulative".equals(x.getScope()) && "cumulative".equals(y.getScope()) ? RUNNING_TOTAL_REACH
                : REACH;
        return Math.abs(FactIdentity.toldOf(x) - FactIdentity.toldOf(y)) <= reach;
    }

    /** A post's headline figure over a figure of its own body ("nearly 32,000 killed" over "31,923"). */
    private static boolean headlineOverBody(Claim x, Claim y) {
        return x.getPostId().equals(y.getPostId()) && x.getContentHash().equals(y.getContentHash())
                && "headline".equals(x.getField()) != "headline".equals(y.getField());
    }

    static boolean visiblyDifferent(Fact a, Fact b) {
        for (Claim x : a.citations()) {
            boolean headlineX = "headline".equals(x.getField());
            for (Claim y : b.citations()) {
                boolean headlines = headlineX || "headline".equals(y.getField());
                String why = SameFactRules.apartBeyondFigures(x, y, DESCRIPTORS);
                if (headlines ? SameFactRules.headlineDiffers(why)
                        : SameFactRules.visiblyDifferent(why)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Function<String, Set<String>> DESCRIPTORS = IncidentDescriptors::of;
}
