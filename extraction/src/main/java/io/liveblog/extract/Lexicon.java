package io.liveblog.extract;

import java.util.ArrayList;
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
     * A reader's word list ({@link WordSet}: a hash set, not {@code Set.of}, which probes by calling {@code equals}
     * on each neighbour; and asked with a token, it keeps its answer in the token's shared word).
     *
     * @return a read-only set of the words
     * @throws IllegalStateException when a word is listed twice (a slip in the list: it fails class loading, so the
     *     build)
     */
    static WordSet words(String... words) {
        return WordSet.of(words);
    }

    /** @return a read-only lookup set of words gathered from several lists, which may overlap (see {@link #words}) */
    static WordSet lookup(Collection<String> words) {
        return WordSet.union(words);
    }

    /** @return a read-only hash map with the entries of {@code table} (for lookups, as in {@link #words}) */
    static <V> Map<String, V> hashed(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }

    /** Words (or phrases) that each name {@code metric}: one metric's part of a table listed metric by metric. */
    record Naming(Metric metric, String... words) {
    }

    /**
     * A table from word to metric, as a read-only hash map (for lookups, as in {@link #words}).
     *
     * @return each word of {@code parts} with the metric it names
     * @throws IllegalStateException when a word is listed twice (a slip in the table: it fails class loading)
     */
    static Map<String, Metric> byWord(Naming... parts) {
        Map<String, Metric> table = new HashMap<>();
        for (Naming part : parts) {
            for (String w : part.words()) {
                if (table.put(w, part.metric()) != null) {
                    throw new IllegalStateException("\"" + w + "\" is listed twice in one word table");
                }
            }
        }
        return Collections.unmodifiableMap(table);
    }

    /** @return a read-only list of the phrases of {@code parts}, in the order listed, each with its part's metric */
    static List<Phrase> phrases(Naming... parts) {
        List<Phrase> phrases = new ArrayList<>();
        for (Naming part : parts) {
            for (String text : part.words()) {
                phrases.add(Phrase.of(text, part.metric()));
            }
        }
        return List.copyOf(phrases);
    }

    // ---- people -----------------------------------------------------------------------------------------------

    /** Nouns that name people; a figure on them needs a casualty verb ("178 people were killed"). */
    static final WordSet PERSON_HEADS = words(
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
            "rohingya", "rohingyas", "uyghurs", "uighurs", "britons", "germans", "pakistanis", "bangladeshis",
            "nigerians", "congolese",
            "year-old", "year-olds", "month-old", "month-olds", "families", "family", "households", "household",
            "suspects", "suspect", "activists", "activist", "leaders", "leader", "lawmakers", "politicians",
            "locals", "inmates", "colleagues", "herders", "shepherds", "nepalis", "nepali",
            "israeli-americans", "agents", "recruits", "conscripts", "servicemembers",
            "pensioners", "retirees", "teachers", "engineers", "guests", "spectators", "fans", "visitors");

    /** Heads counted in households rather than people: a figure on them carries unit "households". */
    static final WordSet HOUSEHOLD_HEADS = words("families", "family", "households", "household");

    /** Heads that are never a counted figure: time spans, distances, weapons, buildings, page furniture. */
    static final WordSet NON_HEADS = words(
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
            "cars", "boats", "ships", "aircraft", "jets",
            // money of several countries' names, which no currency code tells apart: no count of people ("200,000
            // rupees for the family of each person killed")
            "rupees", "rupee", "dinars", "dinar", "riyals", "riyal", "shillings", "pesos", "francs", "taka", "naira",
            "cedis", "kwacha", "birr", "afghanis", "kyat");

    /** People-like nouns that do not become displaced when "evacuated" (a medical evacuation is no displacement). */
    static final WordSet NOT_DISPLACED_WHEN_EVACUATED = words(
            "patients", "patient", "wounded", "injured", "babies", "infants", "newborns", "premature", "staff",
            "foreigners", "foreign", "nationals", "citizens", "americans", "britons", "diplomats");

    // ---- casualty words ---------------------------------------------------------------------------------------

    /** Nouns and adjectives that name the metric themselves ("1,200 dead", "240 hostages", "150 wounded people"). */
    static final Map<String, Metric> METRIC_WORDS = byWord(
            new Naming(Metric.KILLED, "dead", "deaths", "death", "fatalities", "fatality", "bodies", "body", "corpses",
                    "killed", "martyrs"),
            new Naming(Metric.INJURED, "wounded", "injured", "injuries", "hurt"),
            new Naming(Metric.MISSING, "missing"),
            new Naming(Metric.HOSTAGES, "hostages", "hostage", "captives", "captive", "abductees", "abducted",
                    "kidnapped"),
            new Naming(Metric.DISPLACED, "displaced", "refugees", "idps", "evacuees", "homeless"),
            new Naming(Metric.ARRESTED, "arrests", "arrested", "detained"));

    /** Metric words that are nouns for people, so a casualty verb after them still wins ("12 hostages were killed"). */
    static final WordSet PERSON_METRIC_WORDS = words(
            "hostages", "hostage", "captives", "captive", "abductees", "refugees", "idps", "evacuees", "displaced",
            "wounded", "injured", "missing", "detained", "arrested", "abducted", "kidnapped", "homeless");

    /**
     * Casualty phrases read after the counted noun ("were killed", "had been brought to the hospital dead", "taken
     * hostage"), longest first within a start word. The first one found in the predicate names the metric.
     */
    static final List<Phrase> PREDICATES = phrases(
            new Naming(Metric.KILLED, "lost their lives", "lost their life", "lost lives", "shot dead", "fatally",
                    "killed", "dead", "died", "die", "perished", "slain", "murdered", "massacred", "executed",
                    "to death", "drowned", "martyred", "succumbed"),
            new Naming(Metric.INJURED, "wounded", "injured", "hurt", "sustained injuries", "suffered injuries",
                    "hospitalized", "hospitalised", "treated for injuries", "treated for wounds", "treated for burns",
                    "treated in hospital",
                    "treated in hospitals", "being treated in", "in critical condition", "in serious condition",
                    "in a critical condition", "in a serious condition", "seriously injured",
                    // hospital counts: people taken to or kept in hospital are the injured ("57 people had been taken
                    // to hospital", "80 people remained in hospitals", "551 people had sought medical help")
                    "taken to hospital", "taken to hospitals", "taken to the hospital", "admitted to hospital",
                    "in hospital", "in hospitals", "sought medical help", "sought medical treatment",
                    "sought medical care"),
            new Naming(Metric.MISSING, "missing", "unaccounted", "under the rubble", "under rubble",
                    "beneath the rubble", "trapped", "believed to be buried", "believed buried", "feared buried"),
            new Naming(Metric.HOSTAGES, "taken hostage", "held hostage", "hostage", "hostages", "captive", "captivity",
                    "abducted", "kidnapped",
                    // the captives not yet freed ("at least 30 children are still being held", "262 still held")
                    "still being held", "still held"),
            new Naming(Metric.DISPLACED, "displaced", "fled", "flee", "fleeing", "evacuated", "homeless", "uprooted",
                    "sheltering", "forced from their homes", "forced out", "left without shelter", "without shelter",
                    "from their homes", "living in relief camps", "living in camps", "living in tents",
                    "sleeping in tents",
                    // people living in temporary housing after a disaster, or gone abroad ("250,000 remain in
                    // containers", "over 100,000 have crossed into neighbouring countries", "60,000 residents already
                    // moved out")
                    "in containers", "in container cities", "in tent camps", "in tent cities", "crossed into",
                    "moved out", "sleeping in cars", "living in displacement camps",
                    // people in the shelters a disaster or a war filled ("about 150,000 were still in evacuation
                    // centres", "1,600 people ... are staying in shelters")
                    "in evacuation centres", "in evacuation centers", "in relief camps", "in shelters",
                    "in temporary shelters", "in accommodation centres", "in displacement sites",
                    "in displacement camps", "staying in shelters", "staying in relief camps", "staying in camps",
                    // people a disaster authority moved out of harm's way ("62,000 people have been moved to
                    // evacuation centres", "800,000 were moved to cyclone shelters")
                    "moved to evacuation", "moved to cyclone shelters", "moved to shelters", "moved to relief camps",
                    "moved to temporary shelters", "moved to safety", "moved to safer",
                    // people who left a place under attack or threat ("tens of thousands of residents left the
                    // capital"); "left" alone also means "left dead" or "left homeless"
                    "left the capital", "left the city", "left the town", "left their homes", "left their home",
                    "left the area", "left the region"),
            new Naming(Metric.ARRESTED, "arrested", "detained", "taken into custody", "rounded up", "in custody",
                    "in police custody", "apprehended"));

    /** Predicate verbs that take an object when active ("gunmen killed three people"): the subject is no victim. */
    static final WordSet TRANSITIVE_PREDICATES = words(
            "killed", "wounded", "injured", "hurt", "murdered", "massacred", "executed", "arrested", "detained",
            "abducted", "kidnapped", "displaced", "evacuated", "uprooted", "slain");

    /** Words marking a passive or stative predicate ("were killed", "have been wounded"). */
    static final WordSet PASSIVE_MARKERS = words(
            "was", "were", "been", "being", "be", "is", "are", "got", "get", "gets", "getting", "reportedly",
            "feared", "believed", "presumed", "confirmed", "left", "remain", "remained", "remains");

    /**
     * Nouns of a count as a whole ("the toll", "the number of people killed", "an earlier estimate of 200"): what can
     * reach a number, be revised, or be replaced.
     */
    static final WordSet COUNT_NOUNS = words("number", "toll", "tally", "total", "count", "figure", "estimate");

    /** Verbs that govern a figure when they come right before it ("killing at least 12", "arrested 20"). */
    static final Map<String, Metric> VERBS_BEFORE = byWord(
            new Naming(Metric.KILLED, "killing", "killed", "kill", "kills", "massacred", "murdered", "murdering",
                    "executed"),
            new Naming(Metric.INJURED, "wounding", "wounded", "wounds", "injuring", "injured", "injures", "injure",
                    "hurting"),
            new Naming(Metric.ARRESTED, "arrested", "arresting", "arrests", "detained", "detaining", "detains"),
            new Naming(Metric.HOSTAGES, "abducted", "abducting", "kidnapped", "kidnapping", "captured", "capturing"),
            new Naming(Metric.DISPLACED, "displaced", "displacing", "uprooted", "uprooting", "evacuated", "evacuating",
                    "sheltering", "housing", "hosting", "shelters", "sheltered", "hosts", "hosted", "house",
                    "houses", "housed", "shelter"));

    /** Verbs before a figure whose metric comes only from the counted noun ("housing 100 displaced people"). */
    static final WordSet VERBS_BEFORE_NEEDING_METRIC_NOUN = words("housing", "hosting");

    /**
     * Verbs that count displaced people only when a shelter is their subject ("15 camps house around 110,000
     * people", "the school hosts 3,000"; not "the stadium hosts 60,000 fans").
     */
    static final WordSet VERBS_BEFORE_NEEDING_SHELTER = words("hosts", "hosted", "house", "houses", "housed",
            "shelter");

    /** Shelters that house or host displaced people. */
    static final WordSet SHELTERS = words("camp", "camps", "shelter", "shelters", "school", "schools", "site",
            "sites", "centre", "centres", "center", "centers", "settlement", "settlements", "tents", "building",
            "buildings");

    /** Nouns that, followed by "of", count their object ("the bodies of 12 people", "the release of 50 hostages"). */
    static final Map<String, Metric> NOUNS_OF = byWord(
            new Naming(Metric.KILLED, "deaths", "death", "bodies", "remains", "killing", "killings", "lives",
                    "massacre"),
            new Naming(Metric.HOSTAGES, "abduction", "kidnapping"),
            new Naming(Metric.ARRESTED, "arrest", "arrests", "detention"),
            new Naming(Metric.DISPLACED, "displacement"));

    /** Words that may stand between a toll noun and its figure ("death toll in Gaza has risen to 15,000"). */
    static final WordSet TOLL_LINKS = words(
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
    static final Map<String, Metric> TOLL_QUALIFIERS = byWord(
            new Naming(Metric.KILLED, "death", "dead", "deaths", "killed", "fatalities"),
            new Naming(Metric.INJURED, "injury", "injuries", "injured", "wounded"),
            new Naming(Metric.MISSING, "missing"),
            new Naming(Metric.HOSTAGES, "hostages"),
            new Naming(Metric.DISPLACED, "displaced"),
            new Naming(Metric.ARRESTED, "arrests", "arrested", "detained"));

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
    static final WordSet WEEKDAYS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words right after a number that make it a clock time. */
    static final WordSet TIME_MARKERS = words(
            "a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest", "hkt", "jst", "ist",
            "local", "o'clock", "hrs", "pst", "pdt", "idt", "eet", "eest");

    /** Capitalised words before a number that make it an identifier ("Resolution 2334", "Route 60"). */
    static final WordSet IDENTIFIER_WORDS = words(
            "resolution", "route", "highway", "gate", "unit", "building", "block", "flight", "brigade", "division",
            "article", "section", "chapter", "rule", "page", "room", "apartment", "no", "number", "station",
            "terminal", "platform", "ward", "sector", "zone", "phase", "version", "level", "category", "volume",
            "vol", "part", "item", "track", "channel", "road", "street", "kilometer", "km", "cop", "group", "bloc",
            "battalion", "regiment", "squadron", "corps", "company", "line", "door", "floor", "bed", "bus", "car",
            "train", "stage", "round", "day", "week", "season", "episode", "law", "bill", "act", "paragraph",
            "figure", "table", "tower", "hangar", "pier", "berth", "lot", "plot", "area", "camp");

    /** Words that make "over" part of a verb, not a qualifier ("handed over 30 hostages"). */
    static final WordSet OVER_VERBS = words(
            "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "took", "take", "takes",
            "taking", "taken", "passed", "pass", "passing", "fought", "fight", "fighting", "argued",
            "clashed", "concerns", "concern", "worried", "control", "controls", "rule", "ruled", "flew", "flown",
            "fly", "flying", "looked", "watched", "presided", "hovered", "hovering");

    /** Words that make "about" a preposition, not a qualifier ("information about 30 hostages"). */
    static final WordSet ABOUT_VERBS = words(
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
