package io.liveblog.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what of a GeoNames dump is imported: which places the {@link GeoNamesLoader.Options} keep, and which of a
 * place's names become matchable (no codes, links, other scripts or everyday English words). Separate so the rules
 * that keep the matcher from firing on ordinary prose stand in one place, apart from reading and nesting.
 */
final class GeoNamesFilter {

    /** Everyday English words that also name places somewhere; never imported as names. */
    private static final Set<String> STOP_NAMES = Set.of("of", "the", "and", "or", "in", "on", "at", "by", "to", "for",
            "a", "an", "is", "it", "as", "be", "no", "not", "but", "so", "if", "we", "us", "he", "she", "they", "you",
            "all", "any", "some", "many", "most", "more", "much", "few", "one", "two", "three", "ten", "first", "last",
            "new", "old", "good", "best", "long", "little", "big", "great", "high", "low", "early", "late", "said",
            "says", "say", "will", "may", "can", "could", "would", "should", "must", "police", "army", "hospital",
            "school", "church", "mosque", "market", "centre", "center", "health", "home", "house", "hope", "peace",
            "war", "life", "love", "liberty", "union", "unity", "independence", "victory", "freedom", "friendship",
            "progress", "justice", "mercy", "aid", "relief", "camp", "border", "north", "south", "east", "west",
            "central", "middle", "upper", "lower", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "president", "minister", "general", "reading", "dover", "bath", "split", "nice",
            "mobile", "orange", "bar", "buffalo", "eagle", "hamas", "hezbollah", "israeli", "palestinian", "news",
            "report", "reports", "update", "live", "killed", "dead", "wounded", "missing", "strike", "strikes");

    private final GeoNamesLoader.Options options;

    /** @param options what to import */
    GeoNamesFilter(GeoNamesLoader.Options options) {
        this.options = options;
    }

    /** @return true when a non-division line is left out by the options or by an everyday-word name */
    boolean excludes(GeoNamesRow row) {
        return !options.keepsCountry(row.countryCode())
                || row.featureClass().equals("P") && row.population() < options.minPopulation()
                || STOP_NAMES.contains(String.join(" ", keysOf(row.name())));
    }

    List<String> usableAlternates(GeoNamesRow row) {
        Set<String> seenKeys = new LinkedHashSet<>();
        seenKeys.add(String.join(" ", keysOf(row.name())));
        List<String> out = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        candidates.add(row.asciiName());
        candidates.addAll(row.alternateNames());
        for (String alt : candidates) {
            if (out.size() >= options.maxAlternateNames()) {
                break;
            }
            if (isUsableName(alt) && seenKeys.add(String.join(" ", keysOf(alt)))) {
                out.add(alt);
            }
        }
        return out;
    }

    private boolean isUsableName(String name) {
        if (name.length() < 2 || name.startsWith("http") || name.contains("://")) {
            return false;
        }
        boolean letter = false;
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLetter(ch)) {
                letter = true;
                lower |= Character.isLowerCase(ch);
                if (options.latinNamesOnly() && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            }
        }
        if (!letter || !lower && name.length() <= 4) {
            return false; // airport and postal codes, abbreviations
        }
        return !STOP_NAMES.contains(String.join(" ", keysOf(name)));
    }

    /** @return the folded keys of a name's words */
    static List<String> keysOf(String name) {
        Tokens t = Tokens.of(name);
        List<String> keys = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            keys.add(t.key(i));
        }
        return keys;
    }
}
