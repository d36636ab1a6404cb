package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *   <li>for incremental figures (single incidents): first reported within {@link #INCIDENT_WINDOW} of each other, and
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
 */
public final class FactIdentity {

    /** Two mentions of the same incident figure are at most this far apart. */
    public static final Duration INCIDENT_WINDOW = Duration.ofHours(36);

    /** Two reports of the same aid figure at the same place less than this apart are one delivery. */
    public static final Duration AID_DAY = Duration.ofHours(20);

    private FactIdentity() {
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
            facts.addAll(clusters(bucket));
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
        return clusters(sameValue.stream().sorted(Comparator.comparing(Claim::getClaimId)).toList());
    }

    /**
     * The pairwise test {@link #groupSameValue} joins two claims of one value by (the smaller claim id first); no
     * other pair of a value is ever joined ({@link ValueBucket} regroups only what a change reaches through it).
     */
    static boolean joinable(Claim a, Claim b, java.util.function.Function<String, Set<String>> descriptorsOf) {
        return sameFact(a, b, strictKey(a), strictKey(b), descriptorsOf);
    }

    /** @return whether two claims cite the same fact (the pairwise relation, before transitive closure) */
    public static boolean sameFact(Claim a, Claim b) {
        return apart(a, b, strictKey(a), strictKey(b), IncidentDescriptors::of) == null;
    }

    /**
     * @return which rule keeps two claims apart as a pair ({@code "places are not nested"}, ...), or empty when the
     *     pair is one fact; claims of one fact can still end up apart when the incident would span more than
     *     {@link #INCIDENT_WINDOW} with the other citations it joined
     */
    public static java.util.Optional<String> whyApart(Claim a, Claim b) {
        String why = a.getMetric().equals(b.getMetric()) && a.getModality().equals(b.getModality())
                && a.getValue() != null && b.getValue() != null && !a.getValue().equals(b.getValue())
                && !ClaimSealer.isSealed(a) && !ClaimSealer.isSealed(b)
                ? ValueLinks.whyApart(a, b) : apart(a, b, strictKey(a), strictKey(b), IncidentDescriptors::of);
        if (why != null && slotsDiffer(why)) {
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
                || a.getValue() != null && b.getValue() != null && ValueLinks.numbersAgree(a, b));
    }

    /**
     * @return the rule that makes two claims one fact ("a headline restating its post's body", "one delivery: ..."),
     *     or empty when they are not one fact as a pair
     */
    public static java.util.Optional<String> whyTogether(Claim a, Claim b) {
        if (!Objects.equals(a.getValue(), b.getValue())) {
            return ValueLinks.whyLinked(a, b);
        }
        if (apart(a, b, strictKey(a), strictKey(b), IncidentDescriptors::of) != null) {
            return java.util.Optional.empty();
        }
        if (headlineRestatesBody(a, b)) {
            return java.util.Optional.of("a headline restating its post's body");
        }
        String places = placesNested(a.getLocationIds(), b.getLocationIds()) ? "the same or nested places"
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

    private static boolean sameFact(Claim a, Claim b, String keyA, String keyB,
                                    java.util.function.Function<String, Set<String>> descriptorsOf) {
        return apart(a, b, keyA, keyB, descriptorsOf) == null;
    }

    /** @return the rule that keeps the pair apart, or null when it is one fact */
    private static String apart(Claim a, Claim b, String keyA, String keyB,
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
        if (!placesNested(a.getLocationIds(), b.getLocationIds()) && !facilityOfTown(a, b)) {
            return PLACES_APART;
        }
        if (ToldAsMore.apart(a, b)) {
            return TOLD_AS_MORE;
        }
        if (!"incremental".equals(a.getScope()) && a.getScope().equals(b.getScope())) {
            if (Baselines.isStated(a.getBaseline()) && Baselines.isStated(b.getBaseline())
                    && !a.getBaseline().equals(b.getBaseline())) {
                return "running totals of two baselines"; // "193 since Friday" and "193 since October 7"
            }
            if (Baselines.isStated(a.getBaseline()) && ValueLinks.risenIncidentToll(b)
                    || Baselines.isStated(b.getBaseline()) && ValueLinks.risenIncidentToll(a)) {
                // "four killed in the city since Monday" and "the toll from this morning's strike has risen to four"
                return PERIOD_AND_INCIDENT;
            }
            return a.getPostId().equals(b.getPostId()) || authoritiesCompatible(a.getSource(), b.getSource()) ? null
                    : "running totals of two authorities";
        }
        if (Math.abs(a.getEventTime().toEpochMilli() - b.getEventTime().toEpochMilli()) > INCIDENT_WINDOW.toMillis()) {
            return TOO_FAR_APART;
        }
        if (statedDaysDiffer(a, b)) {
            return DIFFERENT_DAYS;
        }
        if ("aid".equals(a.getKind())) {
            // deliveries are reported per day and place: the same number at the same place within a day is the
            // same delivery retold (an evening roundup rarely repeats the wording), a day later another delivery
            return Math.abs(a.getEventTime().toEpochMilli() - b.getEventTime().toEpochMilli())
                    < AID_DAY.toMillis() ? null : DELIVERIES_APART;
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
        };
    }

    /**
     * A running total and an incident of the same figure are one fact only as the toll of one incident told two ways
     * ("the toll from the strike on the house rose to five" / "five were killed in the strike"): both at a place
     * below the first administrative level, where a running total is an incident's own toll, not a war's; the
     * incident rules (time, day, what happened) then decide.
     */
    private static boolean oneIncidentsToll(Claim a, Claim b) {
        boolean kinds = "cumulative".equals(a.getScope()) && "incremental".equals(b.getScope())
                || "incremental".equals(a.getScope()) && "cumulative".equals(b.getScope());
        return kinds && a.getLocationIds().size() >= 3 && b.getLocationIds().size() >= 3;
    }

    private static final String VALUES_DIFFER = "best values differ";
    private static final String SCOPES_DIFFER = "one is a running total, the other an incident";
    private static final String DIFFERENT_TIMES = "different parts of the day";
    private static final String DIFFERENT_DAYS = "different event days";
    private static final String PERIOD_AND_INCIDENT = "a running total since a day and one incident's risen toll";
    private static final String DIFFERENT_WEAPONS = "weapons of different kinds (a missile / drones)";
    private static final String DIFFERENT_TARGETS = "what was hit differs (a house / a car)";
    private static final String DIFFERENT_VICTIMS = "who was hit differs (fighters / civilians)";
    private static final String TWO_FIGURES_OF_ONE_SENTENCE = "two figures of one sentence";
    private static final String TOLD_AS_MORE = "one blog tells one as more beyond the other (\"five more were killed\")";
    private static final String PLACES_APART = "places are neither nested nor a town and its namesake facility";
    private static final String TOO_FAR_APART = "reported more than " + INCIDENT_WINDOW.toHours() + " h apart";
    private static final String DELIVERIES_APART = "deliveries reported more than " + AID_DAY.toHours() + " h apart";

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
     * Union-find over one bucket (same metric and best value). Only pairs that can match are compared: claims with
     * the same strict key that are near enough in time or running totals ({@link PairCandidates}), and claims of the
     * same post (headline restatements); keys and descriptor sets are computed once per claim, which keeps large
     * buckets cheap.
     */
    private static List<Fact> clusters(List<Claim> bucket) {
        return clusters(bucket, PairCandidates.BLOCK_FROM);
    }

    /** @param blockFrom strict-key group size from which only {@link PairCandidates} are compared */
    static List<Fact> clusters(List<Claim> bucket, int blockFrom) {
        int n = bucket.size();
        int[] parent = new int[n];
        long[] first = new long[n];
        long[] last = new long[n];
        String[] keys = new String[n];
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        Map<String, List<Integer>> byPost = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            first[i] = bucket.get(i).getEventTime().toEpochMilli();
            last[i] = first[i];
            keys[i] = strictKey(bucket.get(i));
            byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
            byPost.computeIfAbsent(bucket.get(i).getPostId(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        Map<String, Set<String>> descriptorCache = new java.util.HashMap<>();
        java.util.function.Function<String, Set<String>> descriptorsOf =
                sentence -> descriptorCache.computeIfAbsent(sentence, IncidentDescriptors::of);
        int[] restates = HeadlineRestatements.choose(bucket, byPost, descriptorsOf);
        List<List<List<Integer>>> phases = List.of(List.copyOf(byKey.values()), List.copyOf(byPost.values()));
        for (int phase = 0; phase < phases.size(); phase++) {
            List<List<Integer>> groups = phases.get(phase);
            // a post's claims are few, and a headline restates its body at any time: its group compares all pairs
            int groupBlockFrom = phase == 0 ? blockFrom : Integer.MAX_VALUE;
            for (List<Integer> group : groups) {
                for (long[] pair : closestFirst(bucket, group, groupBlockFrom)) {
                    int i = (int) pair[1];
                    int j = (int) pair[2];
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri == rj) {
                        continue;
                    }
                    boolean restatement = headlineRestatesBody(bucket.get(i), bucket.get(j));
                    if (restatement && restates[i] != j && restates[j] != i
                            || !sameFact(bucket.get(i), bucket.get(j), keys[i], keys[j], descriptorsOf)) {
                        continue; // (a headline restates one body figure of its post, not every one alike)
                    }
                    long from = Math.min(first[ri], first[rj]);
                    long to = Math.max(last[ri], last[rj]);
                    boolean incident = ("incremental".equals(bucket.get(i).getScope())
                            || "incremental".equals(bucket.get(j).getScope()));
                    if (incident && (to - from > INCIDENT_WINDOW.toMillis()
                            || visiblyDifferent(members.get(ri), members.get(rj), bucket, keys, descriptorsOf))) {
                        continue;
                    }
                    parent[rj] = ri;
                    first[ri] = from;
                    last[ri] = to;
                    members.get(ri).addAll(members.get(rj));
                }
            }
        }
        Map<Integer, List<Claim>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(bucket.get(i));
        }
        return byRoot.values().stream().map(Fact::new).toList();
    }

    /**
     * The candidate pairs of one group ({@link PairCandidates}), the closest in time first (ties in bucket order).
     *
     * <p>Why: joining is greedy, and an incident cluster may not span more than {@link #INCIDENT_WINDOW}. Visited in
     * bucket (claim id) order, a telling could first join a look-alike of the day before, and that cluster then
     * refused the tellings of its own event; joined closest first, each event's tellings gather before a chain
     * through a neighbouring day can form (the convoy of the same size the next day, a second strike of the same
     * toll). Single-linkage clustering under the window, in the order of Kruskal's algorithm: deterministic, and
     * independent of the order claims arrived in.
     *
     * @return pairs as {@code {gap in ms, i, j}} with {@code i < j} positions in the bucket
     */
    private static List<long[]> closestFirst(List<Claim> bucket, List<Integer> group, int blockFrom) {
        PairCandidates pairs = PairCandidates.of(bucket, group, blockFrom);
        List<long[]> ordered = new ArrayList<>();
        for (int x = 0; x < group.size(); x++) {
            for (int y : pairs.after(x)) {
                int i = group.get(x);
                int j = group.get(y);
                long gap = Math.abs(bucket.get(i).getEventTime().toEpochMilli()
                        - bucket.get(j).getEventTime().toEpochMilli());
                ordered.add(new long[] {gap, i, j});
            }
        }
        ordered.sort((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0])
                : p[1] != q[1] ? Long.compare(p[1], q[1]) : Long.compare(p[2], q[2]));
        return ordered;
    }

    /**
     * Whether two incident clusters hold citations that tell visibly different incidents ({@link #visiblyDifferent
     * (String)}). A terse telling ("four killed in Rafah") matches either of two strikes; it may join one of them, but
     * it must not chain the two into one incident. A headline counts only where a slot of what happened differs
     * ("four killed at port" against a body telling an apartment block): headlines are terse by nature, and a
     * headline restating one body figure must not chain it with another figure its own post tells.
     */
    private static boolean visiblyDifferent(List<Integer> a, List<Integer> b, List<Claim> bucket, String[] keys,
                                            java.util.function.Function<String, Set<String>> descriptorsOf) {
        for (int i : a) {
            boolean headlineI = "headline".equals(bucket.get(i).getField());
            for (int j : b) {
                boolean headlines = headlineI || "headline".equals(bucket.get(j).getField());
                String why = apartBeyondFigures(bucket.get(i), bucket.get(j), descriptorsOf);
                if (headlines ? headlineDiffers(why) : visiblyDifferent(why)) {
                    return true;
                }
                if (PLACES_APART.equals(why) && townsInOtherRegions(bucket.get(i), bucket.get(j))) {
                    return true;
                }
            }
        }
        return false;
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
                || DIFFERENT_VICTIMS.equals(why);
    }

    /**
     * Two figures of one sentence of one post version ("Israeli strikes kill 15 in Beit Lahia, 15 in Jabalia") are two
     * figures, however alike: the same sentence copied into another post is what tells one figure twice.
     */
    private static boolean twoFiguresOfOneSentence(Claim a, Claim b) {
        return a.getPostId().equals(b.getPostId()) && a.getContentHash().equals(b.getContentHash())
                && a.getField().equals(b.getField()) && a.getSpanStart() != b.getSpanStart()
                // a headline is one sentence
                && ("headline".equals(a.getField()) || IncidentDescriptors.sameSentence(a, b));
    }

    /**
     * Two tellings placed at towns in different first-level divisions (Omdurman in Khartoum state, a camp near El
     * Fasher in North Darfur) tell two incidents: a telling placed only at the country may look like either, but
     * must not chain them into one. Tellings placed only at a division are left out: "southern Lebanon" read as one
     * governorate often stands for a town in the next.
     */
    private static boolean townsInOtherRegions(Claim a, Claim b) {
        List<String> pa = a.getLocationIds();
        List<String> pb = b.getLocationIds();
        return pa.size() >= 3 && pb.size() >= 3 && pa.get(0).equals(pb.get(0)) && !pa.get(1).equals(pb.get(1));
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
            return java.time.LocalDate.parse(reportDay(other)).plusDays(1)
                    .isBefore(java.time.LocalDate.parse(PlaceMetricClaims.eventDay(stated)));
        }
        return false;
    }

    private static String reportDay(Claim c) {
        return c.getReportDate() != null ? c.getReportDate() : PlaceMetricClaims.eventDay(c);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The blocking key: claims are compared only when it is equal. Qualifiers and bounds are not in it; they are
     * compared as intervals ({@link QualifierIntervals}).
     */
    private static String strictKey(Claim c) {
        return String.join("|", c.getMetric(), String.valueOf(c.getValue()), c.getModality());
    }

    /**
     * A town and a facility named after it in the same unit, as the gazetteer keeps them side by side: "Maghazi" and
     * the Maghazi camp, "Rafah" and the Rafah crossing. Outlets name either for one event.
     */
    static boolean facilityOfTown(Claim a, Claim b) {
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

    private static boolean authoritiesCompatible(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return true;
        }
        return a.equalsIgnoreCase(b);
    }

    /**
     * The part of a claim that fact identity needs, for the aggregation store: the sentence is replaced by its slim
     * key (the sentence's hash and the descriptor words of the figure's side, {@link IncidentDescriptors#slimKey}) and
     * the quoted words by the marks of what they told ({@link ToldAsMore#MARK}, {@link ValueLinks#ROSE_MARK}), which
     * keeps the per-place claim sets small. The claims topic keeps the full claim.
     *
     * @return the slim claim
     */
    public static Claim slim(Claim c) {
        if (IncidentDescriptors.isKey(c.getSentence()) || ClaimSealer.isSealed(c)) {
            return c;
        }
        String marks = (ToldAsMore.of(c) ? ToldAsMore.MARK : "") + (ValueLinks.toldAsRisen(c) ? ValueLinks.ROSE_MARK : "");
        return Claim.newBuilder(c).setSentence(IncidentDescriptors.slimKey(c)).setText(marks).build();
    }

}
