package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import io.liveblog.streams.time.IsoDays;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which claims cite the same real-world figure, so a figure repeated across posts (or in a post's headline
 * and body) is counted once with every citation kept.
 *
 * <p>A post's headline that states a figure of its body ("55 trucks of aid enter Gaza" over "Fifty-five aid trucks ...
 * entered through the Rafah crossing") is the same fact as the body's figure: same post, same metric and best
 * value, one in the headline. The body's reading (its place, qualifier and bounds) stands for the fact, being the more
 * specific one.
 *
 * <p>Otherwise two claims are the same fact when all of these hold:
 * <ol>
 *   <li>same metric, best value, scope and modality, and qualifiers whose intervals meet ("some 55", "55" and "at
 *       least 55" agree; "more than 55" and "55" do not: {@link QualifierIntervals}); a running total and an incident
 *       of the same figure below the first administrative level are compared as incidents (an incident's toll told
 *       as "rose to five");</li>
 *   <li>the same place, or one place inside the other ("in Gaza" and "in the Jabalya camp" for one incident), or a
 *       town and the facility named after it beside it ("Maghazi" and the Maghazi camp): the more specific reading
 *       stands for the fact;</li>
 *   <li>for running totals (cumulative): the same authority, or one of them unattributed (a roundup that repeats a
 *       ministry's figure without naming it), or both cited in the same post (a headline and its body name the
 *       speaker differently);</li>
 *   <li>for incremental figures (single incidents): told of within {@link #INCIDENT_WINDOW} of each other
 *       ({@link #toldOf}: when reported, or the end of an earlier day the words state), and
 *       their sentences do not describe visibly different incidents: no slot of what happened that both fill is
 *       filled differently ({@link IncidentSlots}: part of the day, weapon, target, victims). Two incidents with the
 *       same number at the same place on the same day ("three killed in a strike on a house" / "three killed when a
 *       drone hit a car", "on Tuesday morning" / "on Tuesday evening", "four fighters" / "four civilians") differ in
 *       a slot; a restatement of one incident may say more or less, in other words, but never contradicts it; each
 *       figure's slots come from its own clause when it fills them ("four killed at the port, four more in an
 *       apartment strike"). Who reported an incident neither
 *       makes it another incident nor the same one: two outlets quoting different officials on one convoy of 55
 *       trucks saw one convoy, and two strikes that one civil defence reported are not alike for sharing the words
 *       of its attribution. (Erring this way undercounts rather than double-counts, the conservative side.)</li>
 * </ol>
 * Whatever the scope, a figure one blog tells as more beyond another ("five more were killed in the evening") is not
 * that other figure of the same blog ({@link ToldAsMore}).
 *
 * <p>Claims of different best values are grouped apart here, then facts whose numbers agree as intervals ("more than
 * 10,000" and "10,022" from one ministry that morning) are joined by {@link ValueLinks} under the same rules.
 *
 * <p>Aid deliveries are counted per day ("55 trucks entered on Saturday"): the same number at the same place reported
 * less than {@link #AID_DAY} apart is one delivery however differently it is worded; further apart, two deliveries
 * however alike.
 *
 * <p>Running totals (cumulative) with the same figure are one fact whatever the wording: a running total is a
 * statement about a state, not an incident. The relation is closed transitively, but an incident fact never spans
 * more than {@link #INCIDENT_WINDOW} from its first to its last citation (a daily template repeated for weeks is not
 * one incident). Pairs are joined closest in time first, so each event's tellings gather before a chain through a
 * look-alike of the next day can form. Grouping is computed over the whole set, sorted by claim id (ties in time
 * broken by it), so the result does not depend on arrival order.
 *
 * <p>This class is the front: the pairwise rules are {@link SameFactRules}, the grouping of one value
 * {@link SameValueClusters}, and the joins across values {@link ValueLinks}.
 */
public final class FactIdentity {

    /** Two mentions of the same incident figure are at most this far apart. */
    public static final Duration INCIDENT_WINDOW = Duration.ofHours(36);

    /** Two reports of the same aid figure at the same place less than this apart are one delivery. */
    public static final Duration AID_DAY = Duration.ofHours(20);

    private FactIdentity() {
    }

    /**
     * The time two tellings of an incident are compared by: when the claim was reported, or, when its words state an
     * earlier day ("Tuesday's strike killed at least 50", told on Thursday; "102 trucks entered on 15 January" in an
     * update two days later), the end of that day, but at most {@link #INCIDENT_WINDOW} before its report. A
     * retrospective telling then meets the tellings of the day itself instead of falling outside the window for
     * having been written later; it never moves a claim later than its report, so two stated days still keep two
     * incidents apart. The bound keeps sealing sound: a claim is sealed a grace period (default two days) plus an
     * incident window after its report day, so a new claim, told of at most one window earlier, cannot reach a fact
     * of sealed claims while the grace period is at least that window.
     *
     * @return epoch milliseconds
     */
    public static long toldOf(Claim c) {
        long reported = c.getEventTime().toEpochMilli();
        // a claim that came after its day had closed carries the day behind a prefix, and is still told of that day
        String day = PlaceMetricClaims.eventDay(c);
        String reportDay = c.getReportDate();
        if (c.getEventDateText() == null || reportDay == null || day.compareTo(reportDay) >= 0) {
            return reported;
        }
        long endOfDay = IsoDays.endMillis(day);
        return Math.min(reported, Math.max(endOfDay, reported - INCIDENT_WINDOW.toMillis()));
    }

    /** @return the facts behind these claims, ordered by first report then claim id */
    public static List<Fact> group(Collection<Claim> claims) {
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing(Claim::getClaimId)).toList();
        Map<String, List<Claim>> buckets = new LinkedHashMap<>();
        for (Claim c : sorted) {
            buckets.computeIfAbsent(c.getMetric() + "|" + c.getValue(), k -> new ArrayList<>()).add(c);
        }
        List<Fact> facts = new ArrayList<>();
        for (List<Claim> bucket : buckets.values()) {
            facts.addAll(SameValueClusters.clusters(bucket));
        }
        return ValueLinks.link(facts);
    }

    /** The order of {@link #group}'s result: first report, then the claim id of the citation standing for it. */
    public static final Comparator<Fact> ORDER = (a, b) -> {
        // written out rather than composed: aggregates sort their facts on every emit
        int byTime = Long.compare(a.firstReported(), b.firstReported());
        return byTime != 0 ? byTime : a.first().getClaimId().compareTo(b.first().getClaimId());
    };

    /**
     * Groups claims that share metric and best value into primary facts. {@link #group} is this over its value
     * buckets, then {@link ValueLinks} joining primary facts across values: a caller that keeps claims by value can
     * regroup only the bucket a change touched and hand the changed primary facts to its {@link ValueLinks}.
     *
     * @param sameValue claims of one metric and one best value
     * @return their facts, in no particular order
     */
    public static List<Fact> groupSameValue(Collection<Claim> sameValue) {
        return SameValueClusters.clusters(sameValue.stream().sorted(Comparator.comparing(Claim::getClaimId)).toList());
    }

    /** @return whether two claims cite the same fact (the pairwise relation, before transitive closure) */
    public static boolean sameFact(Claim a, Claim b) {
        return SameFactRules.apart(a, b, SameFactRules.strictKey(a), SameFactRules.strictKey(b),
                IncidentDescriptors::of) == null;
    }

    /**
     * @return which rule keeps two claims apart as a pair ({@code "reported more than 36 h apart"}, ...), or empty
     *     when the pair is one fact; claims of one fact can still end up apart when the incident would span more
     *     than {@link #INCIDENT_WINDOW} with the other citations it joined
     */
    public static java.util.Optional<String> whyApart(Claim a, Claim b) {
        String why = a.getMetric().equals(b.getMetric()) && a.getModality().equals(b.getModality())
                && a.getValue() != null && b.getValue() != null && !a.getValue().equals(b.getValue())
                && !ClaimSealer.isSealed(a) && !ClaimSealer.isSealed(b)
                ? ValueLinkRules.whyApart(a, b)
                : SameFactRules.apart(a, b, SameFactRules.strictKey(a), SameFactRules.strictKey(b),
                        IncidentDescriptors::of);
        if (why != null && SameFactRules.slotsDiffer(why)) {
            why += ": " + slotsOf(a) + " / " + slotsOf(b);
        }
        return java.util.Optional.ofNullable(why);
    }

    private static Set<String> slotsOf(Claim c) {
        Set<String> slots = new java.util.TreeSet<>(IncidentDescriptors.of(IncidentDescriptors.described(c)));
        slots.removeIf(d -> !IncidentSlots.isValue(d));
        return slots;
    }

    /**
     * @return whether two claims tell numbers that could be one figure's (the same best value, or words that agree as
     *     intervals, or a toll told as risen from the other's number: {@link ValueLinks}); what {@code explain} lists
     *     as near misses when they are kept apart
     */
    public static boolean numbersCouldAgree(Claim a, Claim b) {
        return a.getMetric().equals(b.getMetric()) && (Objects.equals(a.getValue(), b.getValue())
                || a.getValue() != null && b.getValue() != null && ValueLinkRules.numbersAgree(a, b));
    }

    /**
     * @return the rule that makes two claims one fact ("a headline restating its post's body", "one delivery: ..."),
     *     or empty when they are not one fact as a pair
     */
    public static java.util.Optional<String> whyTogether(Claim a, Claim b) {
        if (!Objects.equals(a.getValue(), b.getValue())) {
            return ValueLinkRules.whyLinked(a, b);
        }
        if (SameFactRules.apart(a, b, SameFactRules.strictKey(a), SameFactRules.strictKey(b),
                IncidentDescriptors::of) != null) {
            return java.util.Optional.empty();
        }
        if (SameFactRules.headlineRestatesBody(a, b)) {
            return java.util.Optional.of("a headline restating its post's body");
        }
        String places = SameFactRules.placesNested(a.getLocationIds(), b.getLocationIds())
                ? "the same or nested places"
                : HospitalAreas.hospitalAndItsArea(a, b) ? "a hospital and a place of its area"
                : "a town and the facility named after it";
        if (!"incremental".equals(a.getScope()) && a.getScope().equals(b.getScope())) {
            return java.util.Optional.of(a.getPostId().equals(b.getPostId())
                    ? "one running total, stated twice in one post"
                    : "one running total: the same figure at " + places + ", from the same authority or unattributed");
        }
        if ("aid".equals(a.getKind())) {
            return java.util.Optional.of("one delivery: the same figure at " + places + ", reported within "
                    + AID_DAY.toHours() + " h");
        }
        return java.util.Optional.of(IncidentDescriptors.sameSentenceAndSide(a, b) ? "one incident: the same sentence"
                : "one incident: the same figure at " + places + " within " + INCIDENT_WINDOW.toHours()
                        + " h, and what happened agrees");
    }

    /**
     * The part of a claim that fact identity needs, for the aggregation store: the sentence is replaced by its slim
     * key (the sentence's hash and the descriptor words of the figure's side, {@link IncidentDescriptors#slimKey}) and
     * the quoted words by the marks of what they told ({@link ToldAsMore#MARK}, {@link ValueLinkRules#ROSE_MARK}),
     * which keeps the per-place claim sets small. The claims topic keeps the full claim.
     *
     * @return the slim claim
     */
    public static Claim slim(Claim c) {
        if (IncidentDescriptors.isKey(c.getSentence()) || ClaimSealer.isSealed(c)) {
            return c;
        }
        String marks = (ToldAsMore.of(c) ? ToldAsMore.MARK : "")
                + (ValueLinkRules.toldAsRisen(c) ? ValueLinkRules.ROSE_MARK : "");
        return Claim.newBuilder(c).setSentence(IncidentDescriptors.slimKey(c)).setText(marks).build();
    }

}