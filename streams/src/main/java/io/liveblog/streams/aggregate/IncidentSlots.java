package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an incident sentence says in typed slots — when (part of the day), with what (weapon), what was hit (target),
 * who was hit (victims), what killed them (an attack or an accident) and, for a delivery, what it carried — for
 * telling two incidents apart
 * ({@link FactIdentity}). Two tellings of one strike may share few words ("nine soldiers were killed in an ambush in a
 * building complex" / "nine of its soldiers, among them a battalion commander"), but they never disagree on a slot
 * both fill: a strike on a house and a strike on a car are two strikes, four fighters and four civilians are two
 * tolls, five killed by a falling aid pallet and five killed in a strike are two events. A slot only one telling fills
 * says nothing, as outlets tell one incident at different lengths.
 *
 * <p>A sentence's slot values are kept among its descriptor words ({@link IncidentDescriptors#of}) as marked words:
 * the slot's mark followed by the value's kind ("~dwelling", "^civilian").
 */
final class IncidentSlots {

    /** The slots, each with the mark its values carry among the descriptor words. */
    enum Slot {
        /** Part of the day: "morning", "overnight", "at 5 a.m.". */
        TIME("@"),
        /** Kind of weapon: "missile", "drones", "shelling"; rockets count with missiles, air strikes with none. */
        WEAPON("%"),
        /** Kind of place hit: "a family home", "a car", "a bakery", "a school". */
        TARGET("~"),
        /** Kind of people hit: "soldiers", "fighters", "civilians", "police". */
        VICTIMS("^"),
        /**
         * What killed or hurt them: an attack ("strike", "shelling", "gunfire") or an accident of relief ("pallets of
         * airdropped aid", "a stampede at a distribution point"); a word may tell a weapon and a cause at once.
         */
        CAUSE("&"),
        /**
         * What a delivery carried, read from an aid figure's own words only: "four fuel tankers" / "four tankers of
         * cooking gas" are two deliveries that crossed together, not one told twice.
         */
        CARGO("$");

        private final String mark;

        Slot(String mark) {
            this.mark = mark;
        }

        /** @return the marked descriptor word of one of this slot's kinds */
        String value(String kind) {
            return mark + kind;
        }

        boolean holds(String descriptor) {
            return descriptor.startsWith(mark);
        }
    }

    private static final Map<String, String> WORDS = new HashMap<>();
    /** Words that tell the cause ({@link Slot#CAUSE}), besides any weapon they name. */
    private static final Map<String, String> CAUSES = new HashMap<>();

    static {
        kind(Slot.WEAPON, "missile", "missile", "missiles", "ballistic", "iskander", "rocket", "rockets");
        kind(Slot.WEAPON, "drone", "drone", "drones", "shahed", "shaheds", "uav", "uavs", "quadcopter");
        kind(Slot.WEAPON, "artillery", "artillery", "shelling", "shelled", "shells", "mortar", "mortars");
        kind(Slot.WEAPON, "gunfire", "gunfire", "sniper", "snipers", "shooting");
        kind(Slot.TARGET, "dwelling", "house", "houses", "home", "homes", "apartment", "apartments", "residential",
                "flat", "flats", "residence", "building", "buildings", "storey", "tower");
        kind(Slot.TARGET, "vehicle", "car", "cars", "vehicle", "vehicles", "van", "minibus", "bus", "motorcycle",
                "motorbike", "jeep", "trolleybus", "tram", "train");
        kind(Slot.TARGET, "commerce", "market", "markets", "marketplace", "bakery", "bakeries", "bread", "queue",
                "shop", "shops", "supermarket", "restaurant", "cafe", "mall");
        kind(Slot.TARGET, "school", "school", "schools", "kindergarten", "university");
        kind(Slot.TARGET, "worship", "mosque", "mosques", "church", "churches");
        kind(Slot.TARGET, "clinic", "clinic", "clinics", "ambulance", "ambulances");
        kind(Slot.TARGET, "tent", "tent", "tents", "encampment");
        kind(Slot.TARGET, "port", "port", "docks", "harbour", "harbor", "terminal");
        kind(Slot.TARGET, "checkpoint", "checkpoint", "checkpoints");
        kind(Slot.TARGET, "road", "crossroads", "junction", "junctions", "intersection", "roundabout");
        kind(Slot.TARGET, "vessel", "ship", "ships", "boat", "boats", "vessel", "vessels");
        kind(Slot.CARGO, "fuel", "fuel", "diesel", "petrol", "gasoline", "benzine", "kerosene");
        kind(Slot.CARGO, "gas", "gas", "lpg", "propane", "butane");
        kind(Slot.VICTIMS, "soldier", "soldier", "soldiers", "troops", "serviceman", "servicemen", "reservist",
                "reservists");
        kind(Slot.VICTIMS, "fighter", "fighter", "fighters", "militant", "militants", "gunman", "gunmen",
                "combatant", "combatants", "operative", "operatives");
        kind(Slot.VICTIMS, "police", "police", "policeman", "policemen");
        kind(Slot.VICTIMS, "civilian", "civilian", "civilians", "resident", "residents", "child", "children",
                "woman", "women", "family", "families", "journalist", "journalists", "reporter", "reporters",
                "worker", "workers", "paramedic", "paramedics", "medic", "medics", "rescuer", "rescuers", "patient",
                "patients", "student", "students", "pupil", "pupils", "farmer", "farmers", "fisherman", "fishermen",
                "shepherd", "shepherds", "teenager", "teenagers", "boy", "boys", "girl", "girls", "baby", "babies",
                "worshippers", "shoppers", "passengers", "granddaughters", "grandchildren", "infants", "toddlers");
    }

    static {
        for (String w : new String[] {"strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings",
            "bombardment", "shelling", "shelled", "missile", "missiles", "rocket", "rockets", "drone", "drones",
            "raid", "raids", "gunfire", "shooting", "sniper", "snipers", "artillery", "mortar", "mortars"}) {
            CAUSES.put(w, Slot.CAUSE.value("attack"));
        }
        for (String w : new String[] {"airdrop", "airdrops", "airdropped", "pallet", "pallets", "parachute",
            "parachutes", "stampede", "crush"}) {
            CAUSES.put(w, Slot.CAUSE.value("accident"));
        }
    }

    /** @return the marked cause a lower-case word tells ("&attack" for "shelling"), or null */
    static String causeOf(String lowerCaseWord) {
        return CAUSES.get(lowerCaseWord);
    }

    private static void kind(Slot slot, String kind, String... words) {
        for (String w : words) {
            WORDS.putIfAbsent(w, slot.value(kind));
        }
    }

    private IncidentSlots() {
    }

    /** @return the marked slot value a lower-case word stands for ("%drone" for "shaheds"), or null */
    static String valueOf(String lowerCaseWord) {
        return WORDS.get(lowerCaseWord);
    }

    /**
     * The slot values of a claim's incident, read from the figure's focus ({@link IncidentDescriptors#focus}): each
     * slot from the figure's own clause when that clause fills it, else from the clauses around it that tell no count
     * of their own ("morning shelling toll rises to nine, four more killed at water point": the morning is the nine's;
     * "four killed at port, four more in apartment strike": each figure keeps its own target). Who was hit is read
     * from the figure's own words only ("four of its fighters", "15 young men"): elsewhere in a sentence fighters are
     * often the attackers and residents the witnesses.
     *
     * @param c the claim (its quoted words and where they stand)
     * @param focus the part of its sentence that describes its incident
     * @return the marked slot values ("~port", "@early")
     */
    static Set<String> read(Claim c, String focus) {
        List<String> clauses = new ArrayList<>();
        int at = IncidentDescriptors.figureAt(c, focus);
        int own = clauses(c, at, focus, clauses);
        Set<String> values;
        if (own < 0) {
            values = slotValues(focus);
        } else {
            Set<String> near = slotValues(clauses.get(own));
            Set<String> around = new HashSet<>();
            for (int i = 0; i < clauses.size(); i++) {
                if (i != own && !tellsCount(clauses.get(i))) {
                    around.addAll(slotValues(clauses.get(i)));
                }
            }
            values = new HashSet<>();
            for (Slot slot : Slot.values()) {
                Set<String> from = near.stream().anyMatch(slot::holds) ? near : around;
                from.stream().filter(slot::holds).forEach(values::add);
            }
        }
        values.removeIf(v -> Slot.VICTIMS.holds(v) || Slot.CARGO.holds(v));
        String ownWords = Objects.requireNonNullElse(c.getText(), "") + " " + apposition(c, at, focus);
        boolean aid = "aid".equals(c.getKind());
        // a sentence often lists several cargoes ("200 trucks, four fuel tankers and four of cooking gas"): each
        // figure carries what its own words say
        slotValues(ownWords).stream().filter(v -> Slot.VICTIMS.holds(v) || aid && Slot.CARGO.holds(v))
                .forEach(values::add);
        return values;
    }

    /**
     * Who the figure's people were, told right after its words: "killed four, three of them girls", "killed 12,
     * including five children", "among them two paramedics". Part of the figure's own words, though outside its
     * quoted span; the clause after it is not ("killed four, the group's fighters said" names the speakers).
     */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            "^\\s*,\\s*((?:\\w+ of them|including|among them|mostly)\\b[^,;:.]*)");

    private static String apposition(Claim c, int at, String focus) {
        if (at < 0) {
            return "";
        }
        java.util.regex.Matcher m = APPOSITION.matcher(focus.substring(at + c.getText().length()));
        return m.find() ? m.group(1) : "";
    }

    /** Where a clause ends within a sentence, for the slots a figure's own clause fills ({@link #read}). */
    private static final java.util.regex.Pattern SLOT_CLAUSE = java.util.regex.Pattern.compile(
            ",(?!\\d)|;|:\\s|\\s[-\u2013\u2014]\\s");

    /** @return the slot values of a text */
    private static Set<String> slotValues(String text) {
        return IncidentDescriptors.slotsOf(text);
    }

    /** A count of people or things: digits or a number word ("nine", "dozens"). */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "\\d|\\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty"
                    + "|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\\b");

    /** @return whether a clause tells a count of its own; a clock time ("at 7:55") or a year is no count */
    private static boolean tellsCount(String clause) {
        return COUNT.matcher(NOT_COUNTS.matcher(IncidentDescriptors.CLOCK.matcher(clause).replaceAll(" ")).replaceAll(" ")).find();
    }

    private static final java.util.regex.Pattern NOT_COUNTS = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:19|20)\\d{2}\\b");

    /**
     * Splits the focus into its clauses (marks left out) and finds the figure's own.
     *
     * @param clauses receives the clauses, in order
     * @return the index of the clause that holds the figure's words, or -1 when the focus is one clause or the words
     *     run across a clause mark ("4,000 trucks" belongs to no single clause) or are not in it
     */
    private static int clauses(Claim c, int at, String focus, List<String> clauses) {
        int atEnd = at < 0 ? -1 : at + c.getText().length();
        int own = -1;
        boolean across = false;
        java.util.regex.Matcher m = SLOT_CLAUSE.matcher(focus);
        int from = 0;
        while (m.find()) {
            own = ownOf(clauses.size(), from, m.start(), at, atEnd, own);
            across |= at >= from && at < m.start() && atEnd > m.start();
            clauses.add(focus.substring(from, m.start()));
            from = m.end();
        }
        own = ownOf(clauses.size(), from, focus.length(), at, atEnd, own);
        clauses.add(focus.substring(from));
        return clauses.size() < 2 || across ? -1 : own;
    }

    /** @return {@code index} when the figure's words lie within [from, to), else what was found before */
    private static int ownOf(int index, int from, int to, int at, int atEnd, int found) {
        return found < 0 && at >= from && atEnd <= to ? index : found;
    }

    /** @return whether a descriptor word is a slot value rather than a word of the sentence */
    static boolean isValue(String descriptor) {
        for (Slot s : Slot.values()) {
            if (s.holds(descriptor)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first slot both descriptor sets fill with no kind in common, or null when none */
    static Slot conflicting(Set<String> a, Set<String> b) {
        for (Slot s : Slot.values()) {
            if (differ(a, b, s)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Parts of the day that meet: a strike "on Tuesday evening" is "last night's strike" when told the next
     * morning. Night and early morning stay apart ("overnight" shelling and a strike "at dawn" are told as two), as
     * do any two parts further apart.
     */
    private static final Map<String, Set<String>> MEETING_TIMES = Map.of(
            Slot.TIME.value("evening"), Set.of(Slot.TIME.value("night")),
            Slot.TIME.value("night"), Set.of(Slot.TIME.value("evening")));

    /**
     * @return whether both sets fill a slot and share none of its kinds ("~dwelling" / "~vehicle"); parts of the day
     *     that meet ({@link #MEETING_TIMES}) count as shared
     */
    static boolean differ(Set<String> a, Set<String> b, Slot slot) {
        boolean aFills = false;
        boolean shared = false;
        for (String d : a) {
            if (slot.holds(d)) {
                aFills = true;
                shared |= b.contains(d);
                if (slot == Slot.TIME) {
                    for (String near : MEETING_TIMES.getOrDefault(d, Set.of())) {
                        shared |= b.contains(near);
                    }
                }
            }
        }
        if (!aFills || shared) {
            return false;
        }
        for (String d : b) {
            if (slot.holds(d)) {
                return true;
            }
        }
        return false;
    }
}
