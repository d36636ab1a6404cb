package io.liveblog.extract;

import io.liveblog.geo.DataLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table that names authorities consistently ("Gaza's health ministry", "the Hamas-run health ministry in Gaza"
 * and "the Palestinian Ministry of Health in Gaza" are all "Gaza health ministry"). Loaded once from
 * {@code source-aliases.tsv} next to this class; the file documents its format.
 */
final class SourceAliases {

    /** Canonical name returned for a bare alias that only its context can resolve ("the health ministry"). */
    static final String CONTEXTUAL_PREFIX = "@";

    private static final String RESOURCE = "source-aliases.tsv";

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final SourceAliases BUNDLED = load();

    /** lower-case alias -> canonical */
    private final Map<String, String> aliases;
    /** the same aliases as a word trie, so a phrase is matched without building strings */
    private final Node root = new Node();
    /** case-sensitive alias -> canonical */
    private final Map<String, String> exactCase;
    /** contextual key -> (place name, "cc:XX" or "*") -> canonical, in file order */
    private final Map<String, Map<String, String>> contextual;

    private SourceAliases(Map<String, String> aliases, Map<String, String> exactCase,
                          Map<String, Map<String, String>> contextual) {
        this.aliases = aliases;
        this.exactCase = exactCase;
        this.contextual = contextual;
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            Node node = root;
            for (String word : e.getKey().split(" ")) {
                node = node.next.computeIfAbsent(word, k -> new Node());
            }
            node.canonical = e.getValue();
        }
    }

    /** A trie node: the aliases continuing with each next word, and the alias ending here. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String canonical;
    }

    /** @return the table shipped with the extractor */
    static SourceAliases bundled() {
        return BUNDLED;
    }

    private static SourceAliases load() {
        return parse(DataLines.bundled(SourceAliases.class, RESOURCE));
    }

    /** @return a table read from lines in the documented format */
    static SourceAliases parse(List<String> lines) {
        Map<String, String> aliases = new HashMap<>();
        Map<String, String> exactCase = new HashMap<>();
        Map<String, Map<String, String>> contextual = new HashMap<>();
        for (DataLines.Line line : DataLines.of(lines)) {
            long lineNo = line.number();
            String[] cols = line.text().split("\t");
            if (cols.length == 3 && cols[0].startsWith(CONTEXTUAL_PREFIX)) {
                contextual.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[1].trim(), cols[2].trim());
                continue;
            }
            if (cols.length != 2) {
                throw new IllegalArgumentException("source aliases line " + lineNo + ": expected 2 or 3 columns");
            }
            String canonical = cols[0].trim();
            for (String alias : cols[1].split("\\|")) {
                String a = alias.trim();
                if (a.isEmpty()) {
                    continue;
                }
                if (a.startsWith("=")) {
                    exactCase.put(a.substring(1), canonical);
                } else {
                    String key = key(a);
                    String previous = aliases.put(key, canonical);
                    if (previous != null && !previous.equals(canonical)) {
                        throw new IllegalArgumentException("source aliases line " + lineNo + ": alias '" + a
                                + "' already names " + previous);
                    }
                }
            }
        }
        return new SourceAliases(aliases, exactCase, contextual);
    }

    /** @return the lookup key: lower case, ’ folded, leading article dropped, single spaces */
    static String key(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').trim();
        if (s.contains("  ") || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) {
            s = WHITESPACE.matcher(s).replaceAll(" ");
        }
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (s.startsWith(article)) {
                s = s.substring(article.length());
            }
        }
        while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * @param words the attribution phrase as written, word by word
     * @return the canonical name of the longest alias inside the phrase, if any (a contextual key such as
     *     {@code @health-ministry} when only context can tell)
     */
    Optional<String> canonical(List<String> words) {
        // a word that is only punctuation ("Prisoners ' Society" as tokenised) is no part of a name
        List<String> keys = new ArrayList<>(words.size());
        boolean dropped = false;
        for (String w : words) {
            String k = key(w);
            dropped |= k.isEmpty();
            keys.add(k);
        }
        if (dropped) {
            List<String> kept = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                if (!keys.get(i).isEmpty()) {
                    kept.add(words.get(i));
                }
            }
            words = kept;
            keys.removeIf(String::isEmpty);
        }
        String best = null;
        int bestLen = 0;
        for (int i = 0; i < keys.size(); i++) {
            Node node = root;
            for (int len = 1; i + len <= keys.size(); len++) {
                node = node.next.get(keys.get(i + len - 1));
                if (node == null) {
                    break;
                }
                if (node.canonical != null && len > bestLen) {
                    best = node.canonical;
                    bestLen = len;
                }
            }
            String exact = isAllCaps(words.get(i)) ? exactCase.get(words.get(i)) : null;
            if (exact != null && bestLen == 0) {
                best = exact;
                bestLen = 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isAllCaps(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves a contextual key ("@health-ministry") by the place the figure is attached to.
     *
     * @param key the contextual key
     * @param placeNames names on the figure's location path, country first (may be empty)
     * @param countryCode country code of the place, or null
     * @return the canonical name
     */
    String resolveContextual(String key, List<String> placeNames, String countryCode) {
        return byPlace(key, placeNames, countryCode)
                .orElse(contextual.getOrDefault(key, Map.of()).getOrDefault("*", key.substring(1)));
    }

    /**
     * @return the canonical name a contextual key has at this place by a rule for the place or its country, or empty
     *     when only the catch-all rule ("*") would apply
     */
    Optional<String> byPlace(String key, List<String> placeNames, String countryCode) {
        Map<String, String> rules = contextual.getOrDefault(key, Map.of());
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String when = rule.getKey();
            if (when.equals("*")) {
                continue;
            }
            if (when.startsWith("cc:")) {
                if (countryCode != null && when.substring(3).equalsIgnoreCase(countryCode)) {
                    return Optional.of(rule.getValue());
                }
                continue;
            }
            for (String name : placeNames) {
                if (name.toLowerCase(Locale.ROOT).contains(when.toLowerCase(Locale.ROOT))) {
                    return Optional.of(rule.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
