package io.liveblog.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the extractor reads figures with. Kept together so that a reviewer can check (and extend) the vocabulary
 * without reading the algorithms. All entries are lower case; {@code ’} is folded to {@code '}. The aid words are
 * in {@link AidWords}, the money words in {@link MoneyWords}.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * A word list as a lookup set. Hash sets, not {@code Set.of}: the readers look words up dozens of times per
     * figure, mostly missing, and an immutable {@code Set.of} set probes by calling {@code equals} on each neighbour
     * where a hash set compares stored hash codes (the difference was 15% of extraction time).
     *
     * @return a read-only set of the words
     * @throws IllegalStateException when a word is listed twice (a slip in the list: it fails class loading, so the
     *     build)
     */
    static Set<String> words(String... words) {
        Set<String> set = new HashSet<>(words.length * 2);
        for (String w : words) {
            if (!set.add(w)) {
                throw new IllegalStateException("\"" + w + "\" is listed twice in one word list");
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** @return a read-only lookup set of words gathered from several lists, which may overlap (see {@link #words}) */
    static Set<String> lookup(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** @return a read-only hash map with the entries of {@code table} (for lookups, as in {@link #words}) */
    static <V> Map<String, V> hashed(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }

    // ---- people -----------------------------------------------------------------------------------------------

    /** Nouns that name people; a figure on them needs a casualty verb ("178 people were killed"). */
    static final Set<String> PERSON_HEADS = words(
            "people", "person", "persons", "civilians", "civilian", "children", "child", "kids", "kid", "minors",
            "babies", "baby", "infants", "infant", "newborns", "newborn", "toddlers", "toddler", "women", "woman",
            "men", "man", "boys", "boy", "girls", "girl", "teenagers", "teenager", "teens", "teen", "youths", "youth",
            "adults", "adult", "elderly", "residents", "resident", "villagers", "inhabitants", "citizens", "citizen",
            "nationals", "national", "foreigners", "foreigner", "workers", "worker", "staff", "staffers", "staffer",
            "employees", "employee", "volunteers", "volunteer", "medics", "medic", "paramedics", "paramedic",
            "doctors", "doctor", "nurses", "nurse", "journalists", "journalist", "reporters", "reporter",
            "photographers", "photographer", "photojournalists", "photojournalist", "cameramen", "cameraman",
            "soldiers", "soldier", "troops", "reservists", "reservist", "officers", "officer", "policemen",
            "policeman", "policewoman", "guards", "guard", "fighters", "fighter", "militants", "militant", "gunmen",
            "gunman", "combatants", "combatant", "members", "member", "operatives", "operative", "commanders",
            "commander", "terrorists", "terrorist", "insurgents", "insurgent", "rebels", "rebel", "students",
            "student", "pupils", "pupil", "farmers", "farmer", "fishermen", "fisherman", "patients", "patient",
            "victims", "victim", "individuals", "individual", "pilgrims", "pilgrim", "migrants", "migrant",
            "protesters", "protester", "protestors", "demonstrators", "demonstrator", "prisoners", "prisoner",
            "detainees", "detainee", "settlers", "settler", "passengers", "passenger", "crew", "sailors", "sailor",
            "seafarers", "miners", "miner", "survivors", "survivor", "rescuers", "rescuer", "firefighters",
            "firefighter", "relatives", "relative", "others", "souls", "personnel", "servicemen", "serviceman",
            "peacekeepers", "peacekeeper", "diplomats", "diplomat", "officials", "official", "contractors",
            "laborers", "labourers", "athletes", "worshippers", "worshipers", "mourners", "tourists", "tourist",
            "humanitarians", "israelis", "israeli", "palestinians", "palestinian", "lebanese", "syrians", "syrian",
            "ukrainians", "ukrainian", "russians", "russian", "americans", "american", "turks", "sudanese",
            "yemenis", "yemeni", "gazans", "gazan", "egyptians", "egyptian", "iranians", "iranian", "iraqis",
            "iraqi", "jordanians", "afghans", "afghan", "somalis", "libyans", "ethiopians", "thais", "thai",
            "nepalese", "filipinos", "filipino", "chinese", "indians", "moroccans", "haitians", "kurds", "yazidis",
            "rohingya", "britons", "germans", "pakistanis", "bangladeshis", "nigerians", "congolese",
            "year-old", "year-olds", "month-old", "month-olds", "families", "family", "households", "household",
            "suspects", "suspect", "activists", "activist", "leaders", "leader", "lawmakers", "politicians",
            "locals", "inmates", "colleagues", "herders", "shepherds", "nepalis", "nepali",
            "israeli-americans", "agents", "recruits", "conscripts", "servicemembers",
            "pensioners", "retirees", "teachers", "engineers", "guests", "spectators", "fans", "visitors");

    /** Heads counted in households rather than people: a figure on them carries unit "households". */
    static final Set<String> HOUSEHOLD_HEADS = words("families", "family", "households", "household");

    /** Heads that are never a counted figure: time spans, distances, weapons, buildings, page furniture. */
    static final Set<String> NON_HEADS = words(
            "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
            "second", "seconds", "decade", "decades", "night", "nights", "times", "time", "km", "kilometers",
            "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres", "meter", "metre", "feet",
            "foot", "yards", "inches", "strikes", "strike", "airstrikes", "targets", "target", "rockets", "rocket",
            "missiles", "missile", "shells", "shell", "drones", "drone", "bombs", "bomb", "munitions", "sites",
            "site", "buildings", "building", "homes", "home", "houses", "house", "schools", "school", "hospitals",
            "hospital", "mosques", "tunnels", "tunnel", "posts", "post", "percent", "points", "point", "degrees",
            "magnitude", "stories", "storeys", "floors", "acres", "hectares", "villages", "towns", "cities",
            "countries", "nations", "states", "sides", "parties", "rounds", "phases", "attacks", "incidents",
            "raids", "operations", "shots", "pages", "votes", "seats", "locations", "areas", "neighborhoods",
            "neighbourhoods", "camps", "shelters", "facilities", "crossings", "checkpoints", "tanks", "vehicles",
            "cars", "boats", "ships", "aircraft", "jets");

    /** People-like nouns that do not become displaced when "evacuated" (a medical evacuation is no displacement). */
    static final Set<String> NOT_DISPLACED_WHEN_EVACUATED = words(
            "patients", "patient", "wounded", "injured", "babies", "infants", "newborns", "premature", "staff",
            "foreigners", "foreign", "nationals", "citizens", "americans", "britons", "diplomats");

    // ---- casualty words ---------------------------------------------------------------------------------------

    /** Nouns and adjectives that name the metric themselves ("1,200 dead", "240 hostages", "150 wounded people"). */
    static final Map<String, Metric> METRIC_WORDS = hashed(Map.ofEntries(
            Map.entry("dead", Metric.KILLED), Map.entry("deaths", Metric.KILLED), Map.entry("death", Metric.KILLED),
            Map.entry("fatalities", Metric.KILLED), Map.entry("fatality", Metric.KILLED),
            Map.entry("bodies", Metric.KILLED), Map.entry("body", Metric.KILLED), Map.entry("corpses", Metric.KILLED),
            Map.entry("killed", Metric.KILLED), Map.entry("martyrs", Metric.KILLED),
            Map.entry("wounded", Metric.INJURED), Map.entry("injured", Metric.INJURED),
            Map.entry("injuries", Metric.INJURED), Map.entry("hurt", Metric.INJURED),
            Map.entry("missing", Metric.MISSING),
            Map.entry("hostages", Metric.HOSTAGES), Map.entry("hostage", Metric.HOSTAGES),
            Map.entry("captives", Metric.HOSTAGES), Map.entry("captive", Metric.HOSTAGES),
            Map.entry("abductees", Metric.HOSTAGES), Map.entry("abducted", Metric.HOSTAGES),
            Map.entry("kidnapped", Metric.HOSTAGES),
            Map.entry("displaced", Metric.DISPLACED), Map.entry("refugees", Metric.DISPLACED),
            Map.entry("idps", Metric.DISPLACED), Map.entry("evacuees", Metric.DISPLACED),
            Map.entry("homeless", Metric.DISPLACED),
            Map.entry("arrests", Metric.ARRESTED), Map.entry("arrested", Metric.ARRESTED),
            Map.entry("detained", Metric.ARRESTED)));

    /** Metric words that are nouns for people, so a casualty verb after them still wins ("12 hostages were killed"). */
    static final Set<String> PERSON_METRIC_WORDS = words(
            "hostages", "hostage", "captives", "captive", "abductees", "refugees", "idps", "evacuees", "displaced",
            "wounded", "injured", "missing", "detained", "arrested", "abducted", "kidnapped", "homeless");

    /**
     * Casualty phrases read after the counted noun ("were killed", "had been brought to the hospital dead", "taken
     * hostage"), longest first within a start word. The first one found in the predicate names the metric.
     */
    static final List<Phrase> PREDICATES = List.of(
            Phrase.of("lost their lives", Metric.KILLED), Phrase.of("lost their life", Metric.KILLED),
            Phrase.of("lost lives", Metric.KILLED), Phrase.of("shot dead", Metric.KILLED),
            Phrase.of("fatally", Metric.KILLED), Phrase.of("killed", Metric.KILLED), Phrase.of("dead", Metric.KILLED),
            Phrase.of("died", Metric.KILLED), Phrase.of("die", Metric.KILLED), Phrase.of("perished", Metric.KILLED),
            Phrase.of("slain", Metric.KILLED), Phrase.of("murdered", Metric.KILLED),
            Phrase.of("massacred", Metric.KILLED), Phrase.of("executed", Metric.KILLED),
            Phrase.of("to death", Metric.KILLED), Phrase.of("drowned", Metric.KILLED),
            Phrase.of("martyred", Metric.KILLED), Phrase.of("succumbed", Metric.KILLED),
            Phrase.of("wounded", Metric.INJURED), Phrase.of("injured", Metric.INJURED),
            Phrase.of("hurt", Metric.INJURED), Phrase.of("sustained injuries", Metric.INJURED),
            Phrase.of("suffered injuries", Metric.INJURED), Phrase.of("hospitalized", Metric.INJURED),
            Phrase.of("hospitalised", Metric.INJURED), Phrase.of("treated for injuries", Metric.INJURED),
            Phrase.of("treated for wounds", Metric.INJURED), Phrase.of("treated in hospital", Metric.INJURED),
            Phrase.of("treated in hospitals", Metric.INJURED), Phrase.of("being treated in", Metric.INJURED), Phrase.of("in critical condition", Metric.INJURED),
            Phrase.of("in serious condition", Metric.INJURED), Phrase.of("in a critical condition", Metric.INJURED),
            Phrase.of("in a serious condition", Metric.INJURED), Phrase.of("seriously injured", Metric.INJURED),
            // hospital counts: people taken to or kept in hospital are the injured ("57 people had been taken to
            // hospital", "80 people remained in hospitals", "551 people had sought medical help")
            Phrase.of("taken to hospital", Metric.INJURED), Phrase.of("taken to hospitals", Metric.INJURED),
            Phrase.of("taken to the hospital", Metric.INJURED), Phrase.of("admitted to hospital", Metric.INJURED),
            Phrase.of("in hospital", Metric.INJURED), Phrase.of("in hospitals", Metric.INJURED),
            Phrase.of("sought medical help", Metric.INJURED), Phrase.of("sought medical treatment", Metric.INJURED),
            Phrase.of("sought medical care", Metric.INJURED),
            Phrase.of("missing", Metric.MISSING), Phrase.of("unaccounted", Metric.MISSING),
            Phrase.of("under the rubble", Metric.MISSING), Phrase.of("under rubble", Metric.MISSING),
            Phrase.of("beneath the rubble", Metric.MISSING), Phrase.of("trapped", Metric.MISSING),
            Phrase.of("believed to be buried", Metric.MISSING), Phrase.of("believed buried", Metric.MISSING),
            Phrase.of("feared buried", Metric.MISSING),
            Phrase.of("taken hostage", Metric.HOSTAGES), Phrase.of("held hostage", Metric.HOSTAGES),
            Phrase.of("hostage", Metric.HOSTAGES), Phrase.of("hostages", Metric.HOSTAGES),
            Phrase.of("captive", Metric.HOSTAGES), Phrase.of("captivity", Metric.HOSTAGES),
            Phrase.of("abducted", Metric.HOSTAGES), Phrase.of("kidnapped", Metric.HOSTAGES),
            Phrase.of("displaced", Metric.DISPLACED), Phrase.of("fled", Metric.DISPLACED),
            Phrase.of("flee", Metric.DISPLACED), Phrase.of("fleeing", Metric.DISPLACED),
            Phrase.of("evacuated", Metric.DISPLACED), Phrase.of("homeless", Metric.DISPLACED),
            Phrase.of("uprooted", Metric.DISPLACED), Phrase.of("sheltering", Metric.DISPLACED),
            Phrase.of("forced from their homes", Metric.DISPLACED), Phrase.of("forced out", Metric.DISPLACED),
            Phrase.of("left without shelter", Metric.DISPLACED), Phrase.of("without shelter", Metric.DISPLACED),
            Phrase.of("from their homes", Metric.DISPLACED), Phrase.of("living in relief camps", Metric.DISPLACED),
            Phrase.of("living in camps", Metric.DISPLACED), Phrase.of("living in tents", Metric.DISPLACED),
            Phrase.of("sleeping in tents", Metric.DISPLACED),
            // people living in temporary housing after a disaster, or gone abroad ("250,000 remain in containers",
            // "over 100,000 have crossed into neighbouring countries", "60,000 residents already moved out")
            Phrase.of("in containers", Metric.DISPLACED), Phrase.of("in container cities", Metric.DISPLACED),
            Phrase.of("in tent camps", Metric.DISPLACED), Phrase.of("in tent cities", Metric.DISPLACED),
            Phrase.of("crossed into", Metric.DISPLACED), Phrase.of("moved out", Metric.DISPLACED), Phrase.of("sleeping in cars", Metric.DISPLACED), Phrase.of("living in displacement camps",
            Metric.DISPLACED),
            Phrase.of("arrested", Metric.ARRESTED), Phrase.of("detained", Metric.ARRESTED),
            Phrase.of("taken into custody", Metric.ARRESTED), Phrase.of("rounded up", Metric.ARRESTED),
            Phrase.of("in custody", Metric.ARRESTED), Phrase.of("in police custody", Metric.ARRESTED),
            Phrase.of("apprehended", Metric.ARRESTED));

    /** Predicate verbs that take an object when active ("gunmen killed three people"): the subject is no victim. */
    static final Set<String> TRANSITIVE_PREDICATES = words(
            "killed", "wounded", "injured", "hurt", "murdered", "massacred", "executed", "arrested", "detained",
            "abducted", "kidnapped", "displaced", "evacuated", "uprooted", "slain");

    /** Words marking a passive or stative predicate ("were killed", "have been wounded"). */
    static final Set<String> PASSIVE_MARKERS = words(
            "was", "were", "been", "being", "be", "is", "are", "got", "get", "gets", "getting", "reportedly",
            "feared", "believed", "presumed", "confirmed", "left", "remain", "remained", "remains");

    /** Verbs that govern a figure when they come right before it ("killing at least 12", "arrested 20"). */
    static final Map<String, Metric> VERBS_BEFORE = hashed(Map.ofEntries(
            Map.entry("killing", Metric.KILLED), Map.entry("killed", Metric.KILLED), Map.entry("kill", Metric.KILLED),
            Map.entry("kills", Metric.KILLED), Map.entry("massacred", Metric.KILLED),
            Map.entry("murdered", Metric.KILLED), Map.entry("murdering", Metric.KILLED),
            Map.entry("executed", Metric.KILLED),
            Map.entry("wounding", Metric.INJURED), Map.entry("wounded", Metric.INJURED),
            Map.entry("wounds", Metric.INJURED), Map.entry("injuring", Metric.INJURED),
            Map.entry("injured", Metric.INJURED), Map.entry("injures", Metric.INJURED),
            Map.entry("injure", Metric.INJURED), Map.entry("hurting", Metric.INJURED),
            Map.entry("arrested", Metric.ARRESTED), Map.entry("arresting", Metric.ARRESTED),
            Map.entry("arrests", Metric.ARRESTED), Map.entry("detained", Metric.ARRESTED),
            Map.entry("detaining", Metric.ARRESTED), Map.entry("detains", Metric.ARRESTED),
            Map.entry("abducted", Metric.HOSTAGES), Map.entry("abducting", Metric.HOSTAGES),
            Map.entry("kidnapped", Metric.HOSTAGES), Map.entry("kidnapping", Metric.HOSTAGES),
            Map.entry("captured", Metric.HOSTAGES), Map.entry("capturing", Metric.HOSTAGES),
            Map.entry("displaced", Metric.DISPLACED), Map.entry("displacing", Metric.DISPLACED),
            Map.entry("uprooted", Metric.DISPLACED), Map.entry("uprooting", Metric.DISPLACED),
            Map.entry("evacuated", Metric.DISPLACED), Map.entry("evacuating", Metric.DISPLACED),
            Map.entry("sheltering", Metric.DISPLACED), Map.entry("housing", Metric.DISPLACED),
            Map.entry("hosting", Metric.DISPLACED), Map.entry("shelters", Metric.DISPLACED),
            Map.entry("sheltered", Metric.DISPLACED)));

    /** Verbs before a figure whose metric comes only from the counted noun ("housing 100 displaced people"). */
    static final Set<String> VERBS_BEFORE_NEEDING_METRIC_NOUN = words("housing", "hosting");

    /** Nouns that, followed by "of", count their object ("the bodies of 12 people", "the release of 50 hostages"). */
    static final Map<String, Metric> NOUNS_OF = hashed(Map.ofEntries(
            Map.entry("deaths", Metric.KILLED), Map.entry("death", Metric.KILLED), Map.entry("bodies", Metric.KILLED),
            Map.entry("remains", Metric.KILLED), Map.entry("killing", Metric.KILLED),
            Map.entry("killings", Metric.KILLED), Map.entry("lives", Metric.KILLED),
            Map.entry("massacre", Metric.KILLED), Map.entry("abduction", Metric.HOSTAGES),
            Map.entry("kidnapping", Metric.HOSTAGES), Map.entry("arrest", Metric.ARRESTED),
            Map.entry("arrests", Metric.ARRESTED), Map.entry("detention", Metric.ARRESTED),
            Map.entry("displacement", Metric.DISPLACED)));

    /** Words that may stand between a toll noun and its figure ("death toll in Gaza has risen to 15,000"). */
    static final Set<String> TOLL_LINKS = words(
            "to", "at", "of", "is", "was", "has", "had", "have", "now", "rises", "rose", "risen", "rise", "rising",
            "climbs", "climbed", "climbing", "jumps", "jumped", "reached", "reaches", "reach", "reaching", "stands",
            "stood", "standing", "hit", "hits", "surpassed", "surpasses", "exceeded", "exceeds", "passed", "passes",
            "topped", "tops", "increased", "increases", "grew", "grown", "soared", "total", "totals", "totaled",
            "totalled", "numbered", "been", "are", "were", "in", "on", "from", "since", "the", "across", "overall",
            "officially", "already", "thus", "far", "so", "put", "puts", "says", "said", "according", "further",
            "gaza", "strip", "war", "latest", "its", "their", "this", "that", "new", "updated", "up", "by",
            "stand", "just", "well", "nearly", "about", "over", "more", "than", "least", "some", "around", "almost",
            "brings", "bringing", "brought", "pushing", "pushes", "reportedly", "currently", "today", "tonight");

    /** Toll nouns and the metric they name. */
    static final Map<String, Metric> TOLL_WORDS = hashed(Map.of(
            "toll", Metric.KILLED, "tolls", Metric.KILLED));

    /** Words after "number of" / "toll of" / before "toll" naming the counted metric. */
    static final Map<String, Metric> TOLL_QUALIFIERS = hashed(Map.ofEntries(
            Map.entry("death", Metric.KILLED), Map.entry("dead", Metric.KILLED), Map.entry("deaths", Metric.KILLED),
            Map.entry("killed", Metric.KILLED), Map.entry("fatalities", Metric.KILLED),
            Map.entry("injury", Metric.INJURED), Map.entry("injuries", Metric.INJURED),
            Map.entry("injured", Metric.INJURED), Map.entry("wounded", Metric.INJURED),
            Map.entry("missing", Metric.MISSING), Map.entry("hostages", Metric.HOSTAGES),
            Map.entry("displaced", Metric.DISPLACED), Map.entry("arrests", Metric.ARRESTED),
            Map.entry("arrested", Metric.ARRESTED), Map.entry("detained", Metric.ARRESTED)));

    // ---- number context ---------------------------------------------------------------------------------------

    /** Month names and abbreviations: a number next to one is a date. */
    static final Map<String, Integer> MONTHS = hashed(Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12)));

    /** Weekday names: events on them are recent news. */
    static final Set<String> WEEKDAYS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words right after a number that make it a clock time. */
    static final Set<String> TIME_MARKERS = words(
            "a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest", "hkt", "jst", "ist",
            "local", "o'clock", "hrs", "pst", "pdt", "idt", "eet", "eest");

    /** Capitalised words before a number that make it an identifier ("Resolution 2334", "Route 60"). */
    static final Set<String> IDENTIFIER_WORDS = words(
            "resolution", "route", "highway", "gate", "unit", "building", "block", "flight", "brigade", "division",
            "article", "section", "chapter", "rule", "page", "room", "apartment", "no", "number", "station",
            "terminal", "platform", "ward", "sector", "zone", "phase", "version", "level", "category", "volume",
            "vol", "part", "item", "track", "channel", "road", "street", "kilometer", "km", "cop", "group", "bloc",
            "battalion", "regiment", "squadron", "corps", "company", "line", "door", "floor", "bed", "bus", "car",
            "train", "stage", "round", "day", "week", "season", "episode", "law", "bill", "act", "paragraph",
            "figure", "table", "tower", "hangar", "pier", "berth", "lot", "plot", "area", "camp");

    /** Words that make "over" part of a verb, not a qualifier ("handed over 30 hostages"). */
    static final Set<String> OVER_VERBS = words(
            "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "took", "take", "takes",
            "taking", "taken", "passed", "pass", "passing", "fought", "fight", "fighting", "argued",
            "clashed", "concerns", "concern", "worried", "control", "controls", "rule", "ruled", "flew", "flown",
            "fly", "flying", "looked", "watched", "presided", "hovered", "hovering");

    /** Words that make "about" a preposition, not a qualifier ("information about 30 hostages"). */
    static final Set<String> ABOUT_VERBS = words(
            "talk", "talked", "talking", "talks", "spoke", "speak", "speaking", "asked", "ask", "asking", "know",
            "knew", "known", "learned", "learn", "heard", "hear", "information", "news", "details", "detail",
            "concern", "concerned", "concerns", "worried", "worry", "care", "cared", "think", "thinking", "thought",
            "questions", "question", "told", "tell", "telling", "wrote", "write", "report", "reports", "reported",
            "reporting", "updates", "update", "data", "came", "come", "brought", "bring", "set", "went", "go");

    /** A phrase of lower-case words and the metric it names. */
    record Phrase(String[] words, Metric metric) {
        static Phrase of(String text, Metric metric) {
            return new Phrase(text.split(" "), metric);
        }

        /** @return true when the tokens from {@code at} spell this phrase */
        boolean matches(List<Token> tokens, int at) {
            if (at + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                if (!tokens.get(at + k).lower().equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Index of {@link #PREDICATES} by first word, for speed. */
    static final Map<String, List<Phrase>> PREDICATES_BY_FIRST_WORD = indexByFirstWord(PREDICATES);

    private static Map<String, List<Phrase>> indexByFirstWord(List<Phrase> phrases) {
        Map<String, List<Phrase>> index = new HashMap<>();
        for (Phrase p : phrases) {
            index.computeIfAbsent(p.words()[0], k -> new java.util.ArrayList<>()).add(p);
        }
        index.replaceAll((k, v) -> {
            v.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
            return List.copyOf(v);
        });
        return hashed(index);
    }
}
