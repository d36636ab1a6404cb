package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads aid that is delivered and counted by what carries or holds it: trucks ("55 aid trucks", "tankers of
 * fuel"), relief flights ("3 planes carrying 100 tonnes of food"), shelter items ("5,000 tents") and measured
 * supplies ("600,000 litres of fuel", "10,000 food parcels").
 *
 * <p>Separate because these figures are read from a counted noun and its cargo complement, which no casualty or
 * money figure has.
 */
final class AidDeliveryReadings {

    /** Words making aid items aid (delivered, entered...) when no aid noun is near. */
    private static final WordSet AID_CONTEXT = Lexicon.words(
            "aid", "humanitarian", "relief", "supplies", "distributed", "distributing", "distribute", "delivered",
            "delivering", "deliver", "delivery", "deliveries", "provided", "providing", "provide", "sent", "donated",
            "shipped", "arrived", "received", "receive", "handed", "brought", "dispatched", "airdropped", "dropped",
            "supplied", "allowed", "entered", "enter", "entering", "crossed", "crossing", "unrwa", "wfp", "unicef",
            "who", "convoy", "pledged", "transferred", "set", "erected", "pitched", "installed", "served", "serving",
            "cooked", "gave", "given", "airlifted", "unloaded", "send", "sending", "sends",
            "carrying", "carried", "ship", "shipping", "docked", "landed", "arrive", "arrives", "arriving", "cross",
            "crosses", "allocated", "allocating", "earmarked",
            // flown in: "The World Food Programme says it has flown 14,700 ready-to-eat meals into Marsh Harbour"
            "flown", "flew", "flying",
            // the agencies that deliver, as the news abbreviates them ("wfp", "unicef" and "unrwa" above)
            "unhcr", "ocha", "icrc", "iom", "msf", "crescent");

    private AidDeliveryReadings() {
    }

    // ---- aid --------------------------------------------------------------------------------------------------

    static Reading trucks(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = t.get(np.head()).lower();
        for (int m : np.modifiers()) {
            if (AidWords.NOT_AID_MODIFIERS.contains(t.get(m))) {
                return null;
            }
        }
        List<Integer> words = new ArrayList<>(np.modifiers());
        int complementEnd = complement(t, np.end(), phraseAt, words);
        int end = Math.max(np.end(), complementEnd);
        boolean fuel = false;
        boolean aid = false;
        for (int k : words) {
            String w = t.get(k).lower();
            fuel |= AidWords.FUEL_CUES.contains(t.get(k)) && !w.startsWith("tanker");
            aid |= AidWords.AID_CUES.contains(t.get(k));
        }
        if (fuel) {
            return new Reading(index, Metric.FUEL_TRUCKS, null, p.first(), end);
        }
        if (aid) {
            return new Reading(index, Metric.AID_TRUCKS, null, p.first(), end);
        }
        if (head.startsWith("tanker")) {
            return new Reading(index, Metric.FUEL_TRUCKS, null, p.first(), np.end());
        }
        if (MetricReader.sentenceHas(t, AidWords.AID_CUES)) {
            return new Reading(index, Metric.AID_TRUCKS, null, p.first(), np.end());
        }
        return null;
    }

    private static final WordSet COMPLEMENT_STOPS = Lexicon.words(
            "since", "after", "before", "on", "at", "by", "for", "during", "over", "across", "via", "toward",
            "towards", "until", "as", "which", "that", "who", "was", "is", "had", "will", "would", "could");

    /** Collects the words of "of aid", "carrying medicine and food", "loaded with fuel" after a head. */
    private static int complement(List<Token> t, int from, int[] phraseAt, List<Integer> words) {
        int n = t.size();
        if (from >= n) {
            return from;
        }
        String w = t.get(from).lower();
        if (!(AidWords.CARGO_OPENERS.contains(t.get(from)) || w.equals("of") || w.equals("filled")
                || w.equals("full") || w.equals("packed"))) {
            return from;
        }
        int end = from;
        for (int k = from + 1; k < Math.min(n, from + 10); k++) {
            Token tk = t.get(k);
            if (tk.is(",") && k > from + 1 && listGoesOn(t, k + 1, phraseAt)) {
                // "40 tonnes of tents, heaters and hygiene kits": the comma is inside a list of the load
                words.add(k);
                continue;
            }
            if (tk.isPunct() || phraseAt[k] >= 0 && !tk.is("a") || MetricReader.CLAUSE_BREAKS.contains(tk)
                    || COMPLEMENT_STOPS.contains(tk)
                    || tk.is("through") || tk.is("into") || tk.is("to") || tk.is("from") || tk.is("in")
                    || tk.is("have") || tk.is("has") || tk.is("were") || tk.is("are") || tk.is("entered")) {
                break;
            }
            words.add(k);
            if (AidWords.SUBSTANCES.containsKey(tk.lower()) || AidWords.AID_CUES.contains(tk)) {
                end = k + 1;
            }
        }
        return end;
    }

    /**
     * Whether the words after a comma carry a list on to its last member ("heaters and hygiene kits"): a few words,
     * then "and" or "or", before any other punctuation or number.
     */
    private static boolean listGoesOn(List<Token> t, int from, int[] phraseAt) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            Token tk = t.get(k);
            if (tk.isPunct() || phraseAt[k] >= 0) {
                return false;
            }
            if (tk.is("and") || tk.is("or")) {
                return k > from;
            }
        }
        return false;
    }

    static Reading flights(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        List<Integer> words = new ArrayList<>(np.modifiers());
        int complementEnd = complement(t, np.end(), phraseAt, words);
        // "a military plane carrying 37 tonnes of food" is a relief flight whatever kind of plane it is
        boolean carriesAid = carriesMeasuredAid(t, np.end(), phraseAt);
        boolean aidWord = false;
        for (int k : words) {
            String w = t.get(k).lower();
            // what a truck may carry as aid, a plane may too: "planes carrying tents", "a flight of blankets"
            aidWord |= w.equals("aid") || w.equals("relief") || w.equals("humanitarian") || w.equals("supplies")
                    || w.equals("medical") || AidWords.SUBSTANCES.containsKey(w)
                    || AidWords.AID_CUES.contains(t.get(k));
        }
        // a military plane is no relief flight unless it carries aid: "a military transport plane carrying tents"
        for (int m : np.modifiers()) {
            if (AidWords.NOT_AID_MODIFIERS.contains(t.get(m)) && !carriesAid
                    && !(aidWord && complementEnd > np.end())) {
                return null;
            }
        }
        if (aidWord) {
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), Math.max(np.end(), complementEnd));
        }
        if (carriesAid) {
            // "3 planes carrying 100 tonnes of food": the cargo is a figure of its own, the planes are flights
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), np.end() + 1);
        }
        String head = t.get(np.head()).lower();
        if (head.startsWith("airdrop") && MetricReader.sentenceHas(t, AID_CONTEXT)) {
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), np.end());
        }
        int landed = landingVerb(t, np.end());
        if (landed >= 0 && sentenceNamesAid(t)) {
            // "Two more cargo planes landed in Yerevan on Thursday, bringing the number of relief flights to nine":
            // planes that land where the sentence tells of aid are its flights
            return new Reading(index, Metric.RELIEF_FLIGHTS, null, p.first(), landed + 1);
        }
        return null;
    }

    /** Verbs of planes reaching a place. */
    private static final WordSet LANDING_VERBS = Lexicon.words("landed", "land", "lands", "landing", "arrived",
            "arrive", "arrives", "arriving");

    /** @return the landing verb right after a flight head (past a day or an auxiliary), or -1 */
    private static int landingVerb(List<Token> t, int headEnd) {
        int v = pastAdjuncts(t, headEnd);
        return v < t.size() && LANDING_VERBS.contains(t.get(v)) ? v : -1;
    }

    /** @return the first token after a flight head that is no day, part of a day or auxiliary (at most three) */
    private static int pastAdjuncts(List<Token> t, int headEnd) {
        int v = headEnd;
        for (int skipped = 0; v < t.size() && skipped < 3 && FLIGHT_ADJUNCTS.contains(t.get(v)); skipped++) {
            v++;
        }
        return v;
    }

    /** Whether the sentence names aid itself (not only a verb of delivery): "relief", "tents", "food", "WFP". */
    static boolean sentenceNamesAid(List<Token> t) {
        for (Token tk : t) {
            if (AidWords.AID_NAMES.contains(tk) || AidWords.SUBSTANCES.containsKey(tk.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a flight's cargo: "carrying 100 tonnes of food", "dropped 38,000 meals". */
    private static final WordSet CARRYING_VERBS = Lexicon.words("carrying", "with", "loaded", "laden",
            "transporting", "bringing", "delivering", "dropped", "airdropped", "dropping", "delivered", "brought",
            "flew", "flying", "airlifted");

    /** Words between a flight and its cargo verb that change nothing: a day, a part of it, an auxiliary. */
    private static final WordSet FLIGHT_ADJUNCTS = Lexicon.words("on", "this", "last", "today", "yesterday",
            "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
            "afternoon", "evening", "night", "had", "have", "has", "also");

    /**
     * Whether the flight head at {@code headEnd} is followed by a carrying verb whose object is another number
     * phrase of aid ("carrying 100 tonnes of food", "with 35 tonnes of relief supplies").
     */
    private static boolean carriesMeasuredAid(List<Token> t, int headEnd, int[] phraseAt) {
        // "three more planes on Monday carrying 120 tonnes", "two C-130 aircraft had dropped 11,500 meals"
        int v = pastAdjuncts(t, headEnd);
        if (v >= t.size() || !CARRYING_VERBS.contains(t.get(v))) {
            return false;
        }
        int k = v + 1;
        if (k < t.size() && (t.get(k).is("with") || t.get(k).is("some") || t.get(k).is("about"))) {
            k++;
        }
        // the measured load may come later in the list of what is carried ("two planes carrying rescuers, a mobile
        // clinic and 15 tonnes of medical equipment")
        int listEnd = Math.min(t.size(), k + 8);
        while (k < listEnd && phraseAt[k] < 0 && (t.get(k).isWord() || t.get(k).is(","))
                && !MetricReader.CLAUSE_BREAKS.contains(t.get(k))) {
            k++;
        }
        if (k >= t.size() || phraseAt[k] < 0) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
            Token tk = t.get(j);
            if (tk.isPunct() || MetricReader.CLAUSE_BREAKS.contains(tk)) {
                break;
            }
            if (AidWords.SUBSTANCES.containsKey(tk.lower()) || AidWords.AID_CUES.contains(tk)) {
                return true;
            }
        }
        return false;
    }

    static Reading shelter(List<Token> t, NumberPhrase p, int index, NounPhrase np) {
        if (!MetricReader.sentenceHas(t, AID_CONTEXT)) {
            return null;
        }
        String head = t.get(np.head()).lower();
        String unit = head.equals("sleeping") ? "sleeping bags" : head.endsWith("s") ? head : head + "s";
        if (head.equals("mattress")) {
            unit = "mattresses";
        }
        return new Reading(index, Metric.SHELTER_ITEMS, unit, p.first(), np.end());
    }

    /** "600,000 litres of fuel", "1,000 tonnes of flour", "10,000 food parcels", "5,000 hygiene kits". */
    static Reading supplies(List<Token> t, NumberPhrase p, int index, NounPhrase np, int[] phraseAt) {
        String head = t.get(np.head()).lower();
        int headEnd = np.end();
        String unit = AidWords.MEASURES.get(head);
        if ("m3".equals(unit)) {
            if (headEnd < t.size() && (t.get(headEnd).is("metres") || t.get(headEnd).is("meters"))) {
                headEnd++;
            } else {
                return null;
            }
        }
        boolean container = unit == null;
        if (container) {
            unit = AidWords.CONTAINERS.get(head);
        }
        Metric metric = null;
        for (int m : np.modifiers()) {
            metric = firstNonNull(metric, AidWords.SUBSTANCES.get(t.get(m).lower()));
        }
        List<Integer> words = new ArrayList<>();
        int complementEnd = complement(t, headEnd, phraseAt, words);
        if (metric == null) {
            for (int k : words) {
                metric = firstNonNull(metric, AidWords.SUBSTANCES.get(t.get(k).lower()));
            }
            boolean liquid = metric == Metric.FUEL || metric == Metric.WATER;
            if (metric != null && coordinatesTwoKinds(t, words)
                    && !(liquid && ("litres".equals(unit) || "gallons".equals(unit)))) {
                // "100 tonnes of food and medical supplies": a mixed load is relief supplies, not food; but litres
                // measure the liquid of "9,300 litres of fuel and medical supplies", not the rest of the load
                metric = Metric.RELIEF_SUPPLIES;
            }
        }
        if (metric == null && container && (head.equals("meals") || head.equals("rations") || head.equals("loaves"))) {
            metric = Metric.FOOD;
        }
        if (metric == null && container && (head.equals("doses") || head.equals("vials"))
                && p.quantity().value() != null && p.quantity().value() >= 1_000) {
            // "a plane carrying 101,000 doses": a dose is a medicine's, and a shipment counts them in thousands
            // ("she received two doses" is no delivery)
            metric = Metric.MEDICAL_SUPPLIES;
        }
        if (metric == null || metric == Metric.RELIEF_SUPPLIES && !container && words.isEmpty()
                && np.modifiers().isEmpty()) {
            return null;
        }
        if (!MetricReader.sentenceHas(t, AID_CONTEXT)
                && !(metric.kind() == Metric.Kind.AID && hasAidWord(t, np, words))) {
            return null;
        }
        return new Reading(index, metric, unit, p.first(), Math.max(headEnd, complementEnd));
    }

    /** Whether "and" joins substances of two different metrics in a complement ("of food and medicine"). */
    private static boolean coordinatesTwoKinds(List<Token> t, List<Integer> words) {
        Metric before = null;
        for (int i = 0; i < words.size(); i++) {
            String w = t.get(words.get(i)).lower();
            if (w.equals("and") || w.equals(",")) {
                if (before == null) {
                    continue;
                }
                for (int j = i + 1; j < words.size(); j++) {
                    Metric after = AidWords.SUBSTANCES.get(t.get(words.get(j)).lower());
                    if (after != null) {
                        return after != before;
                    }
                }
                return false;
            }
            Metric m = AidWords.SUBSTANCES.get(w);
            if (m != null && before == null) {
                before = m;
            }
        }
        return false;
    }

    private static boolean hasAidWord(List<Token> t, NounPhrase np, List<Integer> words) {
        for (int k : np.modifiers()) {
            if (AidWords.AID_CUES.contains(t.get(k))) {
                return true;
            }
        }
        for (int k : words) {
            if (AidWords.AID_CUES.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static Metric firstNonNull(Metric a, Metric b) {
        return a != null ? a : b;
    }
}
