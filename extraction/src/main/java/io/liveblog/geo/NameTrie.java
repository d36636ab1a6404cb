package io.liveblog.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A trie over folded words: every name, alternate spelling and phrase of a gazetteer, compiled once. Finding the
 * longest name at a word costs one hash lookup per word of the name, independent of the gazetteer's size.
 *
 * <p>Case is checked per word against the spelling in the data. A capitalised data word needs a capitalised text
 * word ("Gaza" matches "Gaza" and "GAZA", never "gaza"); an all-capitals abbreviation needs capitals ("US" never
 * matches "us"); lower-case data words match in any case ("southern Lebanon", "Southern Lebanon"). Generic
 * designators after a capitalised word ("Gaza city", "Jenin Camp", "Kharkiv region") and the article "al" are
 * matched in any case, so data need not list every capitalisation.
 */
final class NameTrie {

    static final byte FREE = 0;
    static final byte INITIAL_UPPER = 1;
    static final byte ALL_UPPER = 2;

    /** Generic words whose capitalisation varies between outlets. */
    private static final Set<String> DESIGNATORS = Set.of(
            "governorate", "province", "oblast", "region", "state", "district", "camp", "refugee", "hospital",
            "crossing", "city", "valley", "heights", "strip", "border", "corridor", "area", "bridge", "airport",
            "port", "plant", "hall", "complex", "medical", "center", "centre", "field", "base", "gate", "lake", "dam",
            "town", "village", "kibbutz", "municipality", "krai", "peninsula", "farms", "mosque", "compound",
            "checkpoint", "prison", "terminal", "zone", "humanitarian", "suburbs", "river", "desert", "children",
            "specialized", "specialised", "maternity", "international", "general", "site", "festival", "music",
            "air", "power", "nuclear", "steel");

    /** One way of writing one place. */
    record NamePattern(GazetteerEntry entry, NameKind kind, byte[] caseRules, String surface) {

        boolean passes(Tokens tokens, int first) {
            for (int k = 0; k < caseRules.length; k++) {
                byte rule = caseRules[k];
                if (rule == INITIAL_UPPER && (!tokens.has(first + k, Tokens.UPPER_INITIAL)
                        || caseRules.length == 1 && isAbbreviation(tokens, first + k))) {
                    return false;
                }
                if (rule == ALL_UPPER && !tokens.has(first + k, Tokens.ALL_UPPER)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * An all-capitals word of at most three letters standing alone is an abbreviation ("UN", "WFP"): it matches
         * only a name written in capitals, never a one-word name such as the town "Un" (a capitalised dateline of
         * several words, "TEL AVIV", is still the place).
         */
        private static boolean isAbbreviation(Tokens tokens, int i) {
            return tokens.has(i, Tokens.ALL_UPPER) && tokens.end(i) - tokens.start(i) <= 3;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NamePattern p && p.entry == entry && p.kind == kind && Arrays.equals(p.caseRules, caseRules);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entry) * 31 + kind.hashCode() * 7 + Arrays.hashCode(caseRules);
        }

        @Override
        public String toString() {
            return surface + " -> " + entry + " (" + kind + ")";
        }
    }

    /** The longest name found at one word. */
    record Match(int first, int end, List<NamePattern> patterns) {
        int length() {
            return end - first;
        }

        /** @return the strongest kind among the patterns, for tie-breaking between overlapping matches */
        NameKind strongestKind() {
            NameKind best = NameKind.DEMONYM;
            for (NamePattern p : patterns) {
                if (p.kind().ordinal() < best.ordinal()) {
                    best = p.kind();
                }
            }
            return best;
        }
    }

    private static final class Node {
        /** Next word of a name. */
        private KeyMap<Node> next;
        /** Next word of a name whose current word is spelt with a possessive ("Children's Hospital"). */
        private KeyMap<Node> afterPossessive;
        private NamePattern[] patterns;

        Node childOrCreate(String key, boolean possessive) {
            KeyMap<Node> map = possessive ? afterPossessive : next;
            if (map == null) {
                map = new KeyMap<>();
                if (possessive) {
                    afterPossessive = map;
                } else {
                    next = map;
                }
            }
            Node child = map.get(key);
            if (child == null) {
                child = new Node();
                map.put(key, child);
            }
            return child;
        }

        void addPattern(NamePattern pattern) {
            if (patterns == null) {
                patterns = new NamePattern[] {pattern};
                return;
            }
            for (NamePattern existing : patterns) {
                if (existing.equals(pattern)) {
                    return;
                }
            }
            patterns = Arrays.copyOf(patterns, patterns.length + 1);
            patterns[patterns.length - 1] = pattern;
        }
    }

    private final Node root = new Node();
    /**
     * First words of the names whose first word may be lower case ("southern Lebanon", "al-Mawasi"). Most words of
     * a text are lower case and start no name: this small map rejects them without probing the large root map.
     */
    private final KeyMap<Boolean> lowerCaseStarts = new KeyMap<>();
    private int patternCount;

    /**
     * Adds a surface form. A name starting with the Arabic article ("Al-Mawasi") is also added without it
     * ("Mawasi") unless {@code keepArticle}.
     *
     * @return false when the surface can never match: empty, its words separated by punctuation, a possessive on
     *     its last word, or no word that needs a capital (all-lower-case forms would fire on ordinary prose)
     */
    boolean add(String surface, GazetteerEntry entry, NameKind kind, boolean keepArticle) {
        Tokens tokens = Tokens.of(surface);
        int n = tokens.size();
        if (n == 0 || tokens.has(n - 1, Tokens.POSSESSIVE)) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!tokens.joined(i)) {
                return false;
            }
        }
        boolean added = addFrom(tokens, 0, surface, entry, kind);
        if (!keepArticle && n > 1 && tokens.key(0).equals("al") && kind == NameKind.NAME) {
            addFrom(tokens, 1, surface, entry, kind);
        }
        return added;
    }

    private boolean addFrom(Tokens tokens, int from, String surface, GazetteerEntry entry, NameKind kind) {
        int n = tokens.size();
        byte[] rules = new byte[n - from];
        boolean capitalSeen = false;
        for (int i = from; i < n; i++) {
            String key = tokens.key(i);
            byte rule;
            if (tokens.has(i, Tokens.ALL_UPPER)) {
                rule = ALL_UPPER;
            } else if (tokens.has(i, Tokens.UPPER_INITIAL) && !key.equals("al")
                    && !(capitalSeen && DESIGNATORS.contains(key))) {
                rule = INITIAL_UPPER;
            } else {
                rule = FREE;
            }
            capitalSeen |= rule != FREE;
            rules[i - from] = rule;
        }
        if (!capitalSeen) {
            return false;
        }
        if (rules[0] == FREE) {
            lowerCaseStarts.put(tokens.key(from), Boolean.TRUE);
        }
        Node node = root;
        boolean possessive = false;
        for (int i = from; i < n; i++) {
            node = node.childOrCreate(tokens.key(i), possessive);
            possessive = tokens.has(i, Tokens.POSSESSIVE);
        }
        int before = node.patterns == null ? 0 : node.patterns.length;
        node.addPattern(new NamePattern(entry, kind, rules, surface));
        if (node.patterns.length > before) {
            patternCount++;
        }
        return true;
    }

    /** @return the longest name starting at word {@code first} whose case rules the text satisfies, or null */
    Match longestAt(Tokens tokens, int first) {
        if (!tokens.has(first, Tokens.UPPER_INITIAL) && tokens.lookup(lowerCaseStarts, first) == null) {
            return null;
        }
        Node node = root;
        Node best = null;
        int bestEnd = -1;
        int n = tokens.size();
        boolean possessive = false;
        for (int j = first; j < n; j++) {
            if (j > first && !tokens.joined(j)) {
                break;
            }
            // After a possessive only names that spell it continue ("Children's Hospital"); "Gaza's" ends a name.
            KeyMap<Node> map = possessive ? node.afterPossessive : node.next;
            node = map == null ? null : tokens.lookup(map, j);
            if (node == null) {
                break;
            }
            if (node.patterns != null && anyPasses(node.patterns, tokens, first)) {
                best = node;
                bestEnd = j + 1;
            }
            possessive = tokens.has(j, Tokens.POSSESSIVE);
        }
        if (best == null) {
            return null;
        }
        List<NamePattern> passing = new ArrayList<>(best.patterns.length);
        for (NamePattern p : best.patterns) {
            if (p.passes(tokens, first)) {
                passing.add(p);
            }
        }
        return new Match(first, bestEnd, passing);
    }

    private static boolean anyPasses(NamePattern[] patterns, Tokens tokens, int first) {
        for (NamePattern p : patterns) {
            if (p.passes(tokens, first)) {
                return true;
            }
        }
        return false;
    }

    /** @return the entries a whole string names, ignoring case rules; for look-ups by programs, not prose */
    Set<GazetteerEntry> exact(String name, NameKind kind) {
        Tokens tokens = Tokens.of(name);
        Node node = root;
        boolean possessive = false;
        for (int i = 0; i < tokens.size() && node != null; i++) {
            if (i > 0 && !tokens.joined(i)) {
                return Set.of();
            }
            KeyMap<Node> map = possessive ? node.afterPossessive : node.next;
            node = map == null ? null : map.get(tokens.key(i));
            possessive = tokens.has(i, Tokens.POSSESSIVE);
        }
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        if (node != null && node.patterns != null) {
            for (NamePattern p : node.patterns) {
                if (p.kind() == kind) {
                    found.add(p.entry());
                }
            }
        }
        return found;
    }

    /** @return how many distinct patterns the trie holds */
    int patternCount() {
        return patternCount;
    }
}
