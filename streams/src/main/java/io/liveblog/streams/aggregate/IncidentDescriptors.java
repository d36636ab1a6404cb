package io.liveblog.streams.aggregate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a sentence says happened, for telling incidents apart ({@link FactIdentity}): the typed slots of the figure's
 * incident ({@link IncidentSlots}: part of the day, weapon, target, victims) as marked words, beside the sentence's
 * descriptive words. Only the slots decide whether two tellings are two incidents; the words choose which body figure
 * a headline restates ({@link HeadlineRestatements}). Who reported it, the numbers and the counted nouns say nothing
 * about which incident it was.
 *
 * <p>Why slots and not shared words: outlets tell one strike in different words ("nine soldiers were killed in an
 * ambush in a building complex" / "nine of its soldiers, among them a battalion commander"), so an overlap of words
 * split one incident into two (on the team's cross-outlet corpus 62 same-fact pairs were kept apart that way), while
 * what truly tells two incidents apart is a slot both fill differently: a house and a car, morning and evening.
 */
final class IncidentDescriptors {

    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "were", "was", "have", "has", "had", "been", "are",
            "said", "says", "saying", "told", "according", "while", "after", "before", "into", "onto", "their",
            "they", "them", "there", "its", "his", "her", "who", "which", "when", "where", "what", "also", "than",
            "more", "least", "nearly", "almost", "about", "around", "some", "over", "under", "including", "other",
            "others", "people", "person", "saturday", "sunday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "today", "yesterday", "earlier", "later", "on", "in", "at", "of", "to", "by", "an",
            "a", "as", "is", "be", "it", "up", "out", "not", "all", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
            "killed", "dead", "died", "death", "deaths", "toll", "wounded", "injured", "injuries", "hurt",
            "missing", "hostages", "hostage", "displaced", "arrested", "detained", "trucks", "truck", "aid",
            "fuel", "food", "water", "bodies", "body", "victims", "civilians", "brought", "arrived", "entered",
            "kill", "kills", "killing", "martyr", "martyrs", "martyred", "die", "dies", "dying", "deadly",
            "wounding", "injuring", "wounds");

    /**
     * Words every strike shares ("a strike hit", "an attack on") and nouns of places, which are compared elsewhere:
     * they tell nothing of which incident it was, and as the only word a terse headline shares with another
     * incident's sentence they made the two look alike.
     */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "strike", "strikes", "struck", "attack", "attacks", "attacked", "hit", "hits", "hitting", "israeli",
            "russian", "bombing", "bombardment", "bombed", "targeted", "targeting", "city", "area", "town", "village");

    /**
     * Words of attribution, not of the incident: who said it ("the civil defence said", "health officials") tells
     * nothing about what happened, and two incidents told by one source must not look alike for it.
     */
    private static final Set<String> ATTRIBUTION_WORDS = Set.of(
            "civil", "defence", "defense", "ministry", "health", "spokesperson", "spokesman", "spokeswoman",
            "official", "officials", "agency", "authorities", "statement", "crescent", "office", "reported",
            "reports", "citing", "cited", "quoted", "announced", "confirmed", "added", "sources", "source", "media",
            "state", "director", "news", "outlet", "broadcaster");

    /** Parts of the day; two incidents stated at different parts of one day are different incidents. */
    private static final Map<String, String> TIMES_OF_DAY = Map.ofEntries(
            Map.entry("dawn", "early"), Map.entry("daybreak", "early"), Map.entry("morning", "early"),
            Map.entry("noon", "midday"), Map.entry("midday", "midday"), Map.entry("afternoon", "midday"),
            Map.entry("evening", "evening"), Map.entry("dusk", "evening"), Map.entry("sunset", "evening"),
            Map.entry("night", "night"), Map.entry("overnight", "night"), Map.entry("midnight", "night"),
            Map.entry("nighttime", "night"));

    /** A time of day on the clock: "at about 7 p.m.", "shortly after 5 a.m.", "11:30pm". */
    static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "\\b(1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\\s*([ap])\\.?m\\b\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** @return the part of the day of an hour 0-23, as {@link #TIMES_OF_DAY} names them */
    private static String partOfDay(int hour) {
        if (hour >= 4 && hour < 12) {
            return "early";
        }
        if (hour >= 12 && hour < 17) {
            return "midday";
        }
        return hour >= 17 && hour < 21 ? "evening" : "night";
    }

    private IncidentDescriptors() {
    }

    private static Set<String> withoutSlots(Set<String> descriptors) {
        if (descriptors.stream().noneMatch(IncidentSlots::isValue)) {
            return descriptors;
        }
        Set<String> out = new HashSet<>(descriptors);
        out.removeIf(IncidentSlots::isValue); // the words themselves stay
        return out;
    }

    /**
     * Words that describe the incident: lower-case content words of 3+ letters, minus stopwords, numbers, counted
     * nouns and verbs of the metric vocabulary, words of attribution, words every strike shares ("strike", "hit"),
     * nouns of places, and capitalised words (places and sources are compared elsewhere; a sentence-initial word is
     * dropped too, as it cannot be told from a name). A part of the day ("morning", "overnight", "5 a.m.") becomes a
     * marked word of its part, and a weapon, target or victim ("Shahed", "a car", "Soldiers") adds a marked word of its
     * kind, whatever its capital ({@link IncidentSlots}).
     * A crude stem (trailing "s"/"es"/"ies"/"ed"/"ing") lets "strike"/"strikes", "casualty"/"casualties" and
     * "attack"/"attacked" meet more often.
     */
    static Set<String> of(String sentence) {
        if (sentence != null && sentence.startsWith(DESCRIPTOR_MARK)) {
            String words = sentence.substring(wordsStart(sentence));
            return words.isEmpty() ? Set.of() : Set.of(words.split(" "));
        }
        return scan(sentence, true);
    }

    /** @return only the slot values of a text ({@link IncidentSlots}), without its descriptive words */
    static Set<String> slotsOf(String text) {
        return scan(text, false);
    }

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /**
     * A wire story's dateline ("PORT SUDAN, Aug 21 (Global Wire) - "): where the story was filed, in capitals, not
     * what happened ("PORT" there is no port that was hit).
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'\u2019-]*(?:,[^()\\n]{0,60}?)?\\s*\\([^()\\n]{1,40}\\)\\s*[-\u2013\u2014]+\\s*");

    private static Set<String> scan(String text, boolean words) {
        Set<String> out = new HashSet<>();
        String sentence = Objects.requireNonNullElse(text, "");
        java.util.regex.Matcher clock = CLOCK.matcher(sentence);
        while (clock.find()) {
            int hour = Integer.parseInt(clock.group(1)) % 12 + (clock.group(2).toLowerCase(Locale.ROOT).startsWith("p")
                    ? 12 : 0);
            out.add(IncidentSlots.Slot.TIME.value(partOfDay(hour)));
        }
        String[] tokens = NON_LETTERS.split(sentence);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String lower = t.toLowerCase(Locale.ROOT);
            String slotValue = IncidentSlots.valueOf(lower);
            if (slotValue != null) {
                out.add(slotValue); // "Shahed" is a weapon and "Soldiers" are victims, whatever their capital
            }
            String cause = IncidentSlots.causeOf(lower);
            if (cause != null) {
                out.add(cause);
            }
            if (t.length() < 3 || Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            String w = t.toLowerCase(Locale.ROOT);
            String partOfDay = TIMES_OF_DAY.get(w);
            if (partOfDay != null) {
                out.add(IncidentSlots.Slot.TIME.value(partOfDay));
                continue;
            }
            if (!words || STOPWORDS.contains(w) || ATTRIBUTION_WORDS.contains(w) || GENERIC_WORDS.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /**
     * Where a sentence turns to an earlier event: ", hours after a missile strike on a clinic", "It was the second
     * deadly attack on the city, after the morning strike that killed five". The words on either side describe
     * different incidents, so a figure is described by its own side only.
     */
    private static final java.util.regex.Pattern TURN_TO_EARLIER = java.util.regex.Pattern.compile(
            ",\\s+(?:(?:\\w+\\s+){0,2}(?:hours|a day|days|a week|weeks)\\s+after|shortly after|after|following)"
                    + "\\s+(?:a|an|the)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The part of a claim's sentence that describes the figure's own incident: the whole sentence, unless it turns to
     * an earlier event ({@link #TURN_TO_EARLIER}); then the side the figure's words stand on, if that side describes
     * anything ("Four people were killed, after a drone hit a car" keeps its cause). A slim claim's sentence is
     * already its descriptor key, made from this part ({@link FactIdentity#slim}).
     *
     * @return the words to take descriptors from
     */
    static String focus(io.liveblog.schema.Claim c) {
        String sentence = Objects.requireNonNullElse(c.getSentence(), "");
        if (isKey(sentence)) {
            return sentence;
        }
        sentence = clauseOf(c, DATELINE.matcher(sentence).replaceFirst(""));
        java.util.regex.Matcher turn = TURN_TO_EARLIER.matcher(sentence);
        String text = c.getText();
        if (!turn.find() || text == null || text.isEmpty()) {
            return sentence;
        }
        int at = sentence.indexOf(text);
        if (at < 0) {
            at = sentence.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            return sentence;
        }
        String side = at >= turn.start() ? sentence.substring(turn.start()) : sentence.substring(0, turn.start());
        // ", after a drone hit a car" may be the figure's own cause: a side that describes nothing is no focus
        return withoutSlots(of(side)).isEmpty() ? sentence : side;
    }

    /**
     * The descriptor words of a claim as a key ({@link #key}): a slim claim's own key, else the words of its focus
     * ({@link #focus}) with the slots of what happened as {@link IncidentSlots#read} reads them for this figure.
     */
    static String described(io.liveblog.schema.Claim c) {
        String sentence = Objects.requireNonNullElse(c.getSentence(), "");
        if (isKey(sentence)) {
            return sentence;
        }
        String focus = focus(c);
        Set<String> words = of(focus);
        words.removeIf(IncidentSlots::isValue);
        words.addAll(IncidentSlots.read(c, focus));
        return DESCRIPTOR_MARK + String.join(" ", new java.util.TreeSet<>(words));
    }

    /**
     * The clause between semicolons that holds the figure's words ("Drone strike in Kharkiv kills two; shelling kills
     * two more in region"). A headline figure is found at its own offset, as a headline may repeat its number.
     * (Cutting headlines at commas, colons and dashes too left clauses so terse that they matched any incident: on
     * the team corpus pairwise precision fell from 0.861 to 0.822.)
     */
    private static String clauseOf(io.liveblog.schema.Claim c, String sentence) {
        String text = c.getText();
        java.util.regex.Pattern separators = SENTENCE_CLAUSE;
        if (text == null || text.isEmpty() || !separators.matcher(sentence).find()) {
            return sentence;
        }
        int at = figureAt(c, sentence);
        if (at < 0) {
            return sentence;
        }
        int from = 0;
        int to = sentence.length();
        java.util.regex.Matcher m = separators.matcher(sentence);
        while (m.find()) {
            if (m.end() <= at) {
                from = m.end();
            } else if (m.start() >= at + text.length()) {
                to = m.start();
                break;
            }
        }
        return sentence.substring(from, to);
    }

    /**
     * @return where the figure's words stand in a text holding them: a headline figure at its own offset (a headline
     *     may repeat its number), else their first occurrence; -1 when the text does not hold them
     */
    static int figureAt(io.liveblog.schema.Claim c, String in) {
        String text = c.getText();
        if (text == null || text.isEmpty()) {
            return -1;
        }
        return "headline".equals(c.getField()) && c.getSpanStart() >= 0 && in.startsWith(text, c.getSpanStart())
                ? c.getSpanStart() : in.indexOf(text);
    }

    private static final java.util.regex.Pattern SENTENCE_CLAUSE = java.util.regex.Pattern.compile(";");
    /** Marks a sentence already reduced to its descriptor words ({@link #key}). */
    private static final String DESCRIPTOR_MARK = "\u0001";

    /** @return whether a sentence is already a descriptor key ({@link #key}) */
    static boolean isKey(String sentence) {
        return sentence.startsWith(DESCRIPTOR_MARK);
    }

    /**
     * @return the descriptor words of a sentence as a marked, sorted string, which the aggregation store keeps in
     *     place of the sentence ({@link FactIdentity#slim}) and {@link #of} reads back
     */
    static String key(String sentence) {
        return DESCRIPTOR_MARK + String.join(" ", new java.util.TreeSet<>(of(sentence)));
    }

    /**
     * The key a slim claim keeps in place of its sentence: which sentence it was (a hash of it, so two figures of one
     * sentence are still known as such) and the descriptor words of the figure's side of it ({@link #focus}).
     */
    static String slimKey(io.liveblog.schema.Claim c) {
        String sentence = Objects.requireNonNullElse(c.getSentence(), "");
        return DESCRIPTOR_MARK + SENTENCE_MARK + Integer.toHexString(sentence.hashCode()) + SENTENCE_MARK
                + described(c).substring(DESCRIPTOR_MARK.length());
    }

    /** Brackets the sentence's hash in a slim key (keys written before it have none). */
    private static final String SENTENCE_MARK = "\u0002";

    private static int wordsStart(String key) {
        if (key.startsWith(SENTENCE_MARK, DESCRIPTOR_MARK.length())) {
            int close = key.indexOf(SENTENCE_MARK, DESCRIPTOR_MARK.length() + SENTENCE_MARK.length());
            return close < 0 ? key.length() : close + SENTENCE_MARK.length();
        }
        return DESCRIPTOR_MARK.length();
    }

    /**
     * @return whether two claims come from one sentence: equal sentences, or slim keys of one sentence's hash; never
     *     for a slim key without one, nor between a slim claim and a full one
     */
    static boolean sameSentence(io.liveblog.schema.Claim a, io.liveblog.schema.Claim b) {
        String sa = a.getSentence();
        String sb = b.getSentence();
        if (isKey(sa) != isKey(sb)) {
            return false;
        }
        if (!isKey(sa)) {
            return sa.equals(sb);
        }
        int ea = wordsStart(sa);
        int eb = wordsStart(sb);
        return ea > DESCRIPTOR_MARK.length() && sa.regionMatches(0, sb, 0, Math.max(ea, eb)) && ea == eb;
    }

    /** @return whether two claims come from one sentence and the same side of it ({@link #focus}) */
    static boolean sameSentenceAndSide(io.liveblog.schema.Claim a, io.liveblog.schema.Claim b) {
        if (!sameSentence(a, b)) {
            return false;
        }
        return isKey(a.getSentence()) ? a.getSentence().equals(b.getSentence()) : focus(a).equals(focus(b));
    }

    private static String stem(String w) {
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y"; // "casualties" meets "casualty"
        }
        if (w.endsWith("es") && w.length() > 4 && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
                || w.endsWith("sses") || w.endsWith("zes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
