package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.streams.time.IsoDays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The pairwise rules of {@link FactIdentity}'s class comment: for two claims, the rule that keeps them apart as a pair
 * (or none when they are one fact), the names of those rules, and the tests of places, authorities and stated days
 * they use.
 *
 * <p>Separate from the clustering ({@link SameValueClusters}) because they speak of one pair only, and because more
 * than the clustering reads them: {@link ValueLinkRules} holds claims of different numbers to the same rules beyond
 * the figures, and {@link FactIdentity#whyApart} names them.
 */
final class SameFactRules {

    private SameFactRules() {
    }

    static boolean sameFact(Claim a, Claim b, String keyA, String keyB,
                            java.util.function.Function<String, Set<String>> descriptorsOf) {
        return apart(a, b, keyA, keyB, descriptorsOf) == null;
    }

    /** @return the rule that keeps the pair apart, or null when it is one fact */
    static String apart(Claim a, Claim b, String keyA, String keyB,
                        java.util.function.Function<String, Set<String>> descriptorsOf) {
        if (ClaimSealer.isSealed(a) || ClaimSealer.isSealed(b)) {
            return "a sealed summary is never merged";
        }
        if (headlineRestatesBody(a, b)) {
            return null;
        }
        if (!keyA.equals(keyB)) {
            return !Objects.equals(a.getValue(), b.getValue()) ? VALUES_DIFFER : "metric or modality differ";
        }
        String beyond = apartBeyondFigures(a, b, descriptorsOf);
        return beyond == null && !QualifierIntervals.compatible(a, b) ? "qualifiers do not meet" : beyond;
    }

    /**
     * The rules of one fact other than the figures (metric, best value, modality, qualifier intervals): scope,
     * places, authorities of running totals, time, stated days, deliveries and what happened. Claims of different
     * best values whose words agree ({@link ValueLinks}) are held to the same rules.
     *
     * @return the rule that keeps the pair apart, or null when nothing beyond the figures does
     */
    static String apartBeyondFigures(Claim a, Claim b, java.util.function.Function<String, Set<String>> descriptorsOf) {
        if (twoFiguresOfOneSentence(a, b)) {
            return TWO_FIGURES_OF_ONE_SENTENCE;
        }
        if (!a.getScope().equals(b.getScope()) && !oneIncidentsToll(a, b)) {
            return SCOPES_DIFFER;
        }
        if (!placesNested(a.getLocationIds(), b.getLocationIds()) && !facilityOfTown(a, b)
                && !HospitalAreas.hospitalAndItsArea(a, b) && !deliveryAcrossCrossing(a, b)) {
            return PLACES_APART;
        }
        if (ToldAsMore.apart(a, b)) {
            return TOLD_AS_MORE;
        }
        if (!"incremental".equals(a.getScope()) && a.getScope().equals(b.getScope())) {
            if (Baselines.isStated(a.getBaseline()) && Baselines.isStated(b.getBaseline())
                    && !Baselines.agree(a.getBaseline(), b.getBaseline())) {
                return "running totals of two baselines"; // "193 since Friday" and "193 since October 7"
            }
            if (Baselines.isStated(a.getBaseline()) && ValueLinkRules.risenIncidentToll(b)
                    || Baselines.isStated(b.getBaseline()) && ValueLinkRules.risenIncidentToll(a)) {
                // "four killed in the city since Monday" and "the toll from this morning's strike has risen to four"
                return PERIOD_AND_INCIDENT;
            }
            return a.getPostId().equals(b.getPostId()) || authoritiesCompatible(a.getSource(), b.getSource()) ? null
                    : "running totals of two authorities";
        }
        if (Math.abs(FactIdentity.toldOf(a) - FactIdentity.toldOf(b))
                > FactIdentity.INCIDENT_WINDOW.toMillis()) {
            return TOO_FAR_APART;
        }
        if (statedDaysDiffer(a, b)) {
            return DIFFERENT_DAYS;
        }
        if ("aid".equals(a.getKind())) {
            if (IncidentSlots.differ(descriptorsOf.apply(IncidentDescriptors.described(a)),
                    descriptorsOf.apply(IncidentDescriptors.described(b)), IncidentSlots.Slot.CARGO)) {
                return DIFFERENT_CARGO; // "four fuel tankers" and "four tankers of cooking gas" crossed together
            }
            // deliveries are reported per day and place: the same number at the same place within a day is the
            // same delivery retold (an evening roundup rarely repeats the wording), a day later another delivery
            return Math.abs(FactIdentity.toldOf(a) - FactIdentity.toldOf(b))
                    < FactIdentity.AID_DAY.toMillis() ? null : DELIVERIES_APART;
        }
        if (IncidentDescriptors.sameSentenceAndSide(a, b)) {
            return null;
        }
        Set<String> da = descriptorsOf.apply(IncidentDescriptors.described(a));
        Set<String> db = descriptorsOf.apply(IncidentDescriptors.described(b));
        IncidentSlots.Slot slot = IncidentSlots.conflicting(da, db);
        if (slot == null) {
            return null;
        }
        return switch (slot) {
            case TIME -> DIFFERENT_TIMES;
            case WEAPON -> DIFFERENT_WEAPONS;
            case TARGET -> DIFFERENT_TARGETS;
            case VICTIMS -> DIFFERENT_VICTIMS;
            case CAUSE -> DIFFERENT_CAUSES;
            case CARGO -> DIFFERENT_CARGO;
        };
    }

    /**
     * A running total and an incident of the same figure are one fact only as the toll of one incident told two ways
     * ("the toll from the strike on the house rose to five" / "five were killed in the strike"): both at a place
     * below the first administrative level, where a running total is an incident's own toll, not a war's; or the
     * running total told as a risen toll at any level, which is an incident's ("the toll from the strike on a house
     * in Houla has risen to five", whose incident a terse telling may place at the province: "five killed in southern
     * Lebanon"; "the death toll from Tuesday's strike in Sumy region has risen to 12"). The incident rules (time,
     * day, what happened) then decide.
     */
    private static boolean oneIncidentsToll(Claim a, Claim b) {
        boolean kinds = "cumulative".equals(a.getScope()) && "incremental".equals(b.getScope())
                || "incremental".equals(a.getScope()) && "cumulative".equals(b.getScope());
        if (!kinds) {
            return false;
        }
        Claim total = "cumulative".equals(a.getScope()) ? a : b;
        return a.getLocationIds().size() >= 3 && b.getLocationIds().size() >= 3
                || ValueLinkRules.toldAsRisen(total);
    }

    private static final String VALUES_DIFFER = "best values differ";
    private static final String SCOPES_DIFFER = "one is a running total, the other an incident";
    private static final String DIFFERENT_TIMES = "different parts of the day";
    private static final String DIFFERENT_DAYS = "different event days";
    private static final String PERIOD_AND_INCIDENT = "a running total since a day and one incident's risen toll";
    private static final String DIFFERENT_WEAPONS = "weapons of different kinds (a missile / drones)";
    private static final String DIFFERENT_TARGETS = "what was hit differs (a house / a car)";
    private static final String DIFFERENT_VICTIMS = "who was hit differs (fighters / civilians)";
    private static final String DIFFERENT_CARGO = "deliveries of different cargo (fuel / cooking gas)";
    private static final String DIFFERENT_CAUSES = "what killed them differs (an attack / an accident)";
    private static final String TWO_FIGURES_OF_ONE_SENTENCE = "two figures of one sentence";
    private static final String TOLD_AS_MORE = "one blog tells one as more beyond the other (\"five more were killed\")";
    static final String PLACES_APART = "places are neither nested, nor a town and its namesake facility, nor a "
            + "hospital and its area, nor a border crossing and the area a delivery through it reaches";
    private static final String TOO_FAR_APART =
            "reported more than " + FactIdentity.INCIDENT_WINDOW.toHours() + " h apart";
    private static final String DELIVERIES_APART =
            "deliveries reported more than " + FactIdentity.AID_DAY.toHours() + " h apart";

    /**
     * @return whether one claim is a headline figure and the other the same figure in the body of the same post
     *     version (which of several such body figures it restates is {@link HeadlineRestatements}'s choice)
     */
    static boolean headlineRestatesBody(Claim a, Claim b) {
        return a.getPostId().equals(b.getPostId()) && a.getContentHash().equals(b.getContentHash())
                && ("headline".equals(a.getField()) != "headline".equals(b.getField()))
                && a.getMetric().equals(b.getMetric()) && a.getValue() != null && a.getValue().equals(b.getValue())
                && a.getModality().equals(b.getModality());
    }

    /**
     * @return whether a rule that kept two tellings apart, one of them a headline, tells two incidents: a slot of
     *     what happened both fill differently, or two figures of the one headline ("30 wounded at Al-Aqsa, 30 at
     *     Nasser"); a terse headline's missing words never do
     */
    static boolean headlineDiffers(String why) {
        return slotsDiffer(why) || TWO_FIGURES_OF_ONE_SENTENCE.equals(why);
    }

    /** @return whether a rule that kept two tellings apart is a slot of what happened that both fill differently */
    static boolean slotsDiffer(String why) {
        return DIFFERENT_TIMES.equals(why) || DIFFERENT_WEAPONS.equals(why) || DIFFERENT_TARGETS.equals(why)
                || DIFFERENT_VICTIMS.equals(why) || DIFFERENT_CAUSES.equals(why);
    }

    /**
     * Two figures of one sentence of one post version ("Israeli strikes kill 15 in Beit Lahia, 15 in Jabalia") are two
     * figures, however alike: the same sentence copied into another post is what tells one figure twice.
     */
    private static boolean twoFiguresOfOneSentence(Claim a, Claim b) {
        return a.getPostId().equals(b.getPostId()) && a.getContentHash().equals(b.getContentHash())
                && a.getField().equals(b.getField()) && a.getSpanStart() != b.getSpanStart()
                // a headline is one sentence
                && ("headline".equals(a.getField()) || IncidentDescriptors.sameSentence(a, b))
                && !roundedAndExact(a, b) && !roundedAndExact(b, a);
    }

    /**
     * One running total told in one sentence rounded and exact ("more than 25,000 people have been killed ..., the
     * ministry said, 25,105 of them ..."): a round number with a qualifier (more than, at least, nearly, about) and
     * an exact number at the same place within a twentieth of it. Two figures of one sentence otherwise.
     */
    private static boolean roundedAndExact(Claim rounded, Claim exact) {
        Long r = rounded.getValue();
        Long e = exact.getValue();
        if (r == null || e == null || !"cumulative".equals(rounded.getScope())
                || !"cumulative".equals(exact.getScope()) || !"exact".equals(exact.getQualifier())
                || "exact".equals(rounded.getQualifier())
                || !rounded.getLocationIds().equals(exact.getLocationIds())) {
            return false;
        }
        long unit = r >= 10_000 ? 1_000 : r >= 1_000 ? 100 : 0;
        return unit > 0 && r % unit == 0 && Math.abs(e - r) * 20 <= r;
    }

    /** @return whether a rule that kept two tellings apart says they tell visibly different incidents */
    static boolean visiblyDifferent(String why) {
        return slotsDiffer(why) || DELIVERIES_APART.equals(why) || DIFFERENT_DAYS.equals(why)
                || TOLD_AS_MORE.equals(why) || TWO_FIGURES_OF_ONE_SENTENCE.equals(why);
    }

    /**
     * Whether the days the two tellings place the event on cannot be one: both state a day ("on Saturday", "on
     * Sunday") and the days differ, or one states a day more than a day after the other was already reported.
     */
    static boolean statedDaysDiffer(Claim a, Claim b) {
        boolean sa = a.getEventDateText() != null;
        boolean sb = b.getEventDateText() != null;
        if (sa && sb) {
            return !PlaceMetricClaims.eventDay(a).equals(PlaceMetricClaims.eventDay(b));
        }
        if (sa != sb) {
            Claim stated = sa ? a : b;
            Claim other = sa ? b : a;
            // report days are UTC days and stated days local ones: only a report a whole day before is impossible
            return IsoDays.epochDay(reportDay(other)) + 1 < IsoDays.epochDay(PlaceMetricClaims.eventDay(stated));
        }
        return false;
    }

    private static String reportDay(Claim c) {
        return c.getReportDate() != null ? c.getReportDate() : PlaceMetricClaims.eventDay(c);
    }

    /**
     * The blocking key: claims are compared only when it is equal. Qualifiers and bounds are not in it; they are
     * compared as intervals ({@link QualifierIntervals}).
     */
    static String strictKey(Claim c) {
        return String.join("|", c.getMetric(), String.valueOf(c.getValue()), c.getModality());
    }

    /**
     * A town and a facility named after it in the same unit, as the gazetteer keeps them side by side: "Maghazi" and
     * the Maghazi camp, "Rafah" and the Rafah crossing. Outlets name either for one event.
     */
    private static boolean facilityOfTown(Claim a, Claim b) {
        List<String> ia = a.getLocationIds();
        List<String> ib = b.getLocationIds();
        if (ia.size() != ib.size() || ia.size() < 2 || !ia.subList(0, ia.size() - 1).equals(ib.subList(0,
                ib.size() - 1))) {
            return false;
        }
        String na = a.getLocationPath().get(ia.size() - 1).toLowerCase(Locale.ROOT);
        String nb = b.getLocationPath().get(ib.size() - 1).toLowerCase(Locale.ROOT);
        return na.startsWith(nb + " ") || nb.startsWith(na + " ");
    }

    /**
     * Same place, or one path a prefix of the other, or a place on one lies within the other's by an overlap ({@link
     * io.liveblog.geo.PlaceOverlaps}); an unlocated claim nests in nothing.
     */
    static boolean placesNested(List<String> a, List<String> b) {
        return OVERLAPS.nested(a, b);
    }

    /** Places within another beside their parent (Darfur's states, Beirut's southern suburbs). */
    private static final io.liveblog.geo.PlaceOverlaps OVERLAPS = io.liveblog.geo.PlaceOverlaps.bundled();

    /** Border crossings and the areas across the border their deliveries lead into. */
    private static final io.liveblog.geo.PlaceOverlaps CROSSINGS = io.liveblog.geo.PlaceOverlaps.crossings();

    /**
     * One delivery told at a border crossing and in the area it leads into ("17 WFP trucks crossed at Adré" / "17
     * trucks reached West Darfur"): aid figures only, as a strike at a crossing is no strike across the border.
     */
    private static boolean deliveryAcrossCrossing(Claim a, Claim b) {
        return "aid".equals(a.getKind()) && "aid".equals(b.getKind())
                && CROSSINGS.nested(a.getLocationIds(), b.getLocationIds());
    }

    private static boolean authoritiesCompatible(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return true;
        }
        return a.equalsIgnoreCase(b);
    }

}
