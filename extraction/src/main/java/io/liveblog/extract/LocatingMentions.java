package io.liveblog.extract;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.PlaceMention;
import java.util.Set;

/**
 * Tells which place mentions of a field can locate a figure: a place used as an actor ("Israel said", "Egypt's
 * foreign ministry"), a country named without a preposition ("Spain, Britain and Qatar sent teams") and the places
 * of a wire dateline ("JERUSALEM, Nov 24 (LPA) -") are where nothing happened.
 *
 * <p>Separate from {@link PlaceResolver}, which chooses among the mentions these checks leave: here only the words
 * around one mention are read, never the gazetteer or the figure.
 */
final class LocatingMentions {

    private static final WordSet ACTOR_FOLLOWERS = Lexicon.words(
            "military", "army", "government", "forces", "ministry", "health", "foreign", "defense", "defence",
            "president", "prime", "officials", "authorities", "police", "leader", "envoy", "ambassador",
            "delegation", "cabinet", "security", "intelligence", "state-run", "war", "air", "navy", "national",
            "emergency", "civil", "media", "interior", "embassy", "mission", "negotiators", "team", "king",
            "supreme", "top", "hamas-run", "official", "spokesperson", "spokesman", "premier");

    private static final WordSet ACTOR_VERBS = Lexicon.words(
            "said", "says", "say", "told", "announced", "claimed", "claims", "denied", "denies", "accused",
            "accuses", "rejected", "rejects", "agreed", "agrees", "warned", "warns", "vowed", "vows", "insisted",
            "insists", "struck", "strikes", "launched", "launches", "recalled", "continued", "continues", "has",
            "had", "will", "would", "did", "does", "is", "was", "responded", "retaliated", "allowed", "allows",
            "reported", "confirmed", "believes", "wants", "plans", "intends", "refused", "sent", "targeted",
            "attacked", "fired", "bombed", "urged", "pledged", "accepted", "welcomed", "called");

    private static final WordSet AUXILIARIES = Lexicon.words(
            "has", "had", "will", "would", "did", "does", "is", "was");

    private static final WordSet PREPOSITIONS = Lexicon.words(
            "in", "at", "of", "from", "near", "across", "inside", "to", "into", "through", "for", "throughout",
            "outside", "around", "on", "off", "toward", "towards", "within", "over", "under", "between");

    /** Words between a preposition and a place ("in neighboring Syria", "across northern Gaza"). */
    private static final WordSet PLACE_ADJECTIVES = Lexicon.words(
            "northern", "southern", "eastern", "western", "central", "neighboring", "neighbouring", "nearby",
            "war-torn", "occupied", "rebel-held", "government-held", "northwestern", "northeastern", "southwestern",
            "southeastern", "coastal", "besieged", "embattled", "neighbor", "neighbour", "mainland", "rural");

    private static final WordSet GEOGRAPHIC_NOUNS = Lexicon.words(
            "mountains", "mountain", "region", "province", "valley", "coast", "desert", "city", "camp", "district",
            "governorate", "area", "border", "countryside", "plain", "plains", "hills", "highlands", "delta",
            "river", "basin", "peninsula", "island", "islands", "strip", "heights", "capital", "oblast", "state",
            "county", "municipality", "village", "town", "neighborhood", "neighbourhood", "crossing", "port",
            "locality", "quarter", "suburb", "suburbs", "outskirts", "refugee", "township", "settlement", "villages",
            "towns", "districts", "neighbourhoods", "neighborhoods");

    private LocatingMentions() {
    }

    /**
     * A wire dateline opening a body: "JERUSALEM, Nov 24 (LPA) -", "RAFAH, Gaza Strip, Feb 20 (LPA) -",
     * "CAIRO/JERUSALEM, Nov 24 (Global Wire) -". It names where the reporter filed from, not where the figures
     * happened ("four tankers of diesel" entered Gaza, not Jerusalem), so its places are never the nearest place of a
     * figure, and what the post is about only when it names no other place.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*[A-Z][A-Z'.\\- ]*(?:/[A-Z][A-Z'.\\- ]*)*(?:,\\s*[A-Z][\\p{L}'.\\- ]*)?,\\s*"
                    + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-\u2013\u2014]");

    /** @return where a dateline opening the field ends, or 0 when there is none */
    static int datelineEnd(String field) {
        java.util.regex.Matcher m = DATELINE.matcher(field);
        return m.lookingAt() ? m.end() : 0;
    }

    /** A country named without a preposition is usually an actor or a list of donors, not where it happened. */
    static boolean locative(String field, PlaceMention m) {
        return m.place().type() != FeatureType.COUNTRY || afterPreposition(field, m.start());
    }

    /**
     * A light check on top of the gazetteer's own: "Israel's military", "Israel's COGAT" (a possessive before a
     * name that is not itself a place: "Gaza's Jabalya camp" stays a location), "Egypt said".
     */
    static boolean looksLikeActor(String field, PlaceMention m, int nextMentionStart) {
        int i = m.end();
        int n = field.length();
        boolean possessive = false;
        if (i + 1 < n && (field.charAt(i) == '\'' || field.charAt(i) == '\u2019') && field.charAt(i + 1) == 's') {
            possessive = true;
            i += 2;
        }
        while (i < n && field.charAt(i) == ' ') {
            i++;
        }
        int e = i;
        while (e < n && (Character.isLetter(field.charAt(e)) || field.charAt(e) == '-')) {
            e++;
        }
        String next = field.substring(i, e).toLowerCase(java.util.Locale.ROOT);
        if (possessive) {
            boolean name = e > i && Character.isUpperCase(field.charAt(i)) && i != nextMentionStart
                    && !geographicName(field, i);
            return ACTOR_FOLLOWERS.contains(next) || name;
        }
        // "the ministry in Gaza said": a place after a preposition is not the speaker; a country right before a
        // past-tense verb ("Israel resumed operations") is an actor
        // an auxiliary makes only a country an actor: "Sindh has been the worst hit" is where the figure is
        boolean country = m.place().type() == FeatureType.COUNTRY;
        boolean verb = ACTOR_VERBS.contains(next) && (country || !AUXILIARIES.contains(next))
                || country && next.length() > 3 && next.endsWith("ed");
        return verb && !afterPreposition(field, m.start());
    }

    /** "High Atlas mountains", "Negev desert": a capitalised name followed by a geographic noun. */
    private static boolean geographicName(String field, int from) {
        int i = from;
        int n = field.length();
        while (i < n) {
            int e = i;
            while (e < n && (Character.isLetter(field.charAt(e)) || field.charAt(e) == '-')) {
                e++;
            }
            if (e == i) {
                return false;
            }
            String word = field.substring(i, e);
            if (!Character.isUpperCase(word.charAt(0))) {
                return GEOGRAPHIC_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT));
            }
            i = e;
            while (i < n && field.charAt(i) == ' ') {
                i++;
            }
        }
        return false;
    }

    private static boolean afterPreposition(String field, int start) {
        String word = wordBefore(field, start);
        if (PLACE_ADJECTIVES.contains(word) || word.equals("the")) {
            return afterPreposition(field, startOfWordBefore(field, start));
        }
        return PREPOSITIONS.contains(word);
    }

    /** @return the lower-case word just before an offset (spaces skipped), or "" */
    static String wordBefore(String field, int start) {
        int e = endOfSpacesBefore(field, start);
        return field.substring(startOfWordBefore(field, start), e).toLowerCase(java.util.Locale.ROOT);
    }

    /** @return where the word just before an offset starts */
    private static int startOfWordBefore(String field, int start) {
        int s = endOfSpacesBefore(field, start);
        while (s > 0 && Character.isLetter(field.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static int endOfSpacesBefore(String field, int start) {
        int e = start;
        while (e > 0 && field.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }
}
