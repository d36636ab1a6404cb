package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a sentence attributes its figures to: "according to X", "X said/says/told CNN/reported/confirmed", "said
 * X" after a quotation, "X saying", "per X", "citing X", with appositives ("Fadel Na’im, a doctor at the Al-Ahli
 * Baptist Hospital, said"). Names are normalised through {@link SourceAliases}; a person who speaks for an
 * organisation in the table ("a spokesman for the health ministry") is that organisation; other people become
 * "Name (role)" (see {@link SourceNames}).
 */
final class SourceFinder {

    private static final WordSet SAY_VERBS = Lexicon.words(
            "said", "says", "say", "told", "tells", "reported", "reports", "confirmed", "confirms", "announced",
            "announces", "stated", "states", "added", "adds", "estimated", "estimates", "wrote", "writes", "posted",
            "tweeted", "claimed", "claims", "noted", "notes", "warned", "warns", "counted", "recorded",
            "documented", "saying", "acknowledged", "revealed", "disclosed", "indicated", "explained", "insisted",
            "reiterated", "tallied", "updated", "puts", "put");

    /** Words before a speech verb that make it no attribution ("were told to evacuate", "the reported deaths"). */
    private static final WordSet NOT_SPEECH_BEFORE = Lexicon.words(
            "was", "were", "is", "are", "be", "been", "being", "the", "a", "an", "to", "previously-", "widely",
            "its", "their", "his", "her", "of");

    /** Words skipped between a subject and its verb ("the ministry said", "the IDF on Saturday said"). */
    private static final WordSet ADVERBS = Lexicon.words(
            "also", "later", "earlier", "previously", "recently", "has", "have", "had", "further", "again", "then",
            "separately", "yesterday", "today", "tonight", "on", "late", "early", "last", "night", "morning",
            "evening", "afternoon", "officially", "initially", "publicly", "now", "would", "will", "just",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this", "week");

    /** Words that end a subject phrase when reading backwards. */
    private static final WordSet SUBJECT_BOUNDARIES = Lexicon.words(
            "that", "which", "who", "but", "while", "as", "after", "because", "when", "if", "with", "than",
            "since", "where", "though", "although", "whereas", "so", "and", "before", "once", "until", "what",
            "how", "why", "said", "says", "told");

    /** Pronouns: they name nobody by themselves. */
    private static final WordSet PRONOUNS = Lexicon.words(
            "it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who");

    /**
     * Words that refer back to a source named earlier ("it said", "the ministry added", "the statement said"); a
     * phrase made only of these and determiners resolves to that source. Descriptive groups ("medics", "witnesses",
     * "local officials") are sources in their own right and keep their name.
     */
    private static final WordSet ANAPHORIC = Lexicon.words(
            "statement", "statements", "source", "sources", "ministry", "agency", "group", "organization",
            "organisation", "military", "army", "spokesperson", "spokesman", "spokeswoman", "report", "update",
            "release", "post", "office", "government", "data", "figures", "numbers", "tally", "count",
            "ministry's", "agency's", "statement's", "its", "the", "their", "his", "her", "latest", "new", "updated",
            "daily", "a", "an", "said", "same", "this", "that", "these", "those", "further", "separate", "later",
            "authorities", "army's", "military's", "group's", "forces", "service", "movement", "militia",
            "administration", "department", "force");

    /** Roles that speak for the organisation they belong to. */
    private static final WordSet SPOKES_ROLES = Lexicon.words(
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "director",
            "head", "chief", "minister", "representative", "commissioner", "commissioner-general", "coordinator",
            "director-general", "secretary-general", "undersecretary", "president", "chairman", "chair", "envoy",
            "statement", "source", "sources", "media", "office", "adviser", "advisor", "deputy", "team", "staff");

    /** Words after "X's" that make the possessive the source ("the ministry's latest figures"). */
    private static final WordSet DATA_NOUNS = Lexicon.words(
            "figures", "data", "tally", "count", "statement", "report", "numbers", "toll", "update", "latest",
            "new", "updated", "daily", "most", "own", "official", "statistics", "records", "estimate", "estimates");

    private final SourceAliases aliases;

    /** @return the words that may start an attribution (for {@link WordClasses}) */
    static Set<String> cueWords() {
        java.util.HashSet<String> words = new java.util.HashSet<>(SAY_VERBS);
        words.addAll(List.of("according", "per", "citing"));
        return Lexicon.lookup(words);
    }

    SourceFinder(SourceAliases aliases) {
        this.aliases = aliases;
    }

    /** @return the attributions of the sentence, in order of their cue */
    List<Attribution> find(List<Token> t) {
        List<Attribution> out = new ArrayList<>(2);
        int n = t.size();
        int dash = trailingDash(t);
        for (int v = 0; v < n; v++) {
            Token tk = t.get(v);
            if (!tk.hasClass(WordClasses.SOURCE_CUE)) {
                continue;
            }
            String w = tk.lower();
            if (w.equals("according") && v + 1 < n && t.get(v + 1).is("to")) {
                addForward(t, v, v + 2, out);
                v++;
            } else if ((w.equals("per") || w.equals("citing")) && v + 1 < n && startsSourcePhrase(t, v + 1)) {
                addForward(t, v, v + 1, out);
            } else if (SAY_VERBS.contains(tk) && !tk.isCapitalized() && isSpeechVerb(t, v)) {
                if (isInverted(t, v)) {
                    addForward(t, v, v + 1, out);
                } else {
                    addBackward(t, v, out);
                }
            }
        }
        if (dash >= 0) {
            addForward(t, dash, dash + 1, out);
        }
        return out;
    }

    /**
     * "At least 50 dead in Khan Younis strikes – health ministry": a headline that ends with a dash and a short
     * name credits that name.
     *
     * @return index of the dash, or -1
     */
    private static int trailingDash(List<Token> t) {
        int n = t.size();
        for (int k = n - 2; k >= Math.max(1, n - 7); k--) {
            Token tk = t.get(k);
            if (tk.is("\u2013") || tk.is("\u2014") || tk.is("-") && tk.spaceBefore()) {
                for (int j = k + 1; j < n; j++) {
                    if (!t.get(j).isWord() || t.get(j).hasClass(WordClasses.SOURCE_CUE)) {
                        return -1;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    private static boolean isSpeechVerb(List<Token> t, int v) {
        if (v > 0 && NOT_SPEECH_BEFORE.contains(t.get(v - 1))) {
            return false;
        }
        String w = t.get(v).lower();
        if ((w.equals("put") || w.equals("puts")) && !(v + 2 < t.size() && t.get(v + 1).is("the")
                && (t.get(v + 2).is("toll") || t.get(v + 2).is("number") || t.get(v + 2).is("figure")))) {
            return false;
        }
        if ((w.equals("updated") || w.equals("counted") || w.equals("recorded") || w.equals("documented")
                || w.equals("estimated") || w.equals("reported")) && v + 1 < t.size()
                && (t.get(v + 1).is("by") || t.get(v + 1).is("in"))) {
            return false;
        }
        return true;
    }

    private static boolean startsSourcePhrase(List<Token> t, int j) {
        Token tk = t.get(j);
        return tk.isWord() && (tk.isCapitalized() || tk.is("the")) && !tk.is("cent")
                && !Lexicon.MONTHS.containsKey(tk.lower()) && !Lexicon.WEEKDAYS.contains(tk);
    }

    /** '“...,” said Ashraf Al-Qidra' or '..., said the ministry.': the source follows the verb. */
    private static boolean isInverted(List<Token> t, int v) {
        int n = t.size();
        if (v + 1 >= n) {
            return false;
        }
        Token before = v > 0 ? t.get(v - 1) : null;
        boolean afterQuoteOrComma = before == null || before.is(",") || before.is("\u201d") || before.is("\"")
                || before.is("'") || before.is("\u2019");
        if (!afterQuoteOrComma || !startsSourcePhrase(t, v + 1)) {
            return false;
        }
        // the phrase after the verb must run to a comma or the sentence end, not into a reported clause
        for (int k = v + 1; k < Math.min(n, v + 14); k++) {
            Token tk = t.get(k);
            if (tk.isPunct()) {
                return true;
            }
            if (tk.isDigits() || tk.is("that") || tk.is("more") || tk.is("at")) {
                return false;
            }
        }
        return false;
    }

    private void addForward(List<Token> t, int cue, int from, List<Attribution> out) {
        int n = t.size();
        int end = from;
        while (end < n && end - from < 14) {
            Token tk = t.get(end);
            String w = tk.lower();
            if (tk.isPunct() && !tk.is("'") && !tk.is("&") || w.equals("that") || w.equals("which")
                    || tk.text().equals("who") || w.equals("on") || w.equals("said") || w.equals("says")
                    || w.equals("and") && end + 1 < n && !t.get(end + 1).isCapitalized()
                    || (w.equals("in") || w.equals("at")) && end + 1 < n && !t.get(end + 1).isCapitalized()
                    && !t.get(end + 1).is("the") || tk.isDigits() || Lexicon.WEEKDAYS.contains(tk)) {
                break;
            }
            end++;
        }
        if (end == from) {
            return;
        }
        int roleFirst = -1;
        int roleEnd = -1;
        if (end + 1 < n && t.get(end).is(",") && (t.get(end + 1).is("a") || t.get(end + 1).is("an")
                || t.get(end + 1).is("the"))) {
            roleFirst = end + 1;
            roleEnd = roleFirst;
            while (roleEnd < n && roleEnd - roleFirst < 14 && !(t.get(roleEnd).isPunct()
                    && !t.get(roleEnd).is("'"))) {
                roleEnd++;
            }
        }
        out.add(make(t, cue, from, end, roleFirst, roleEnd));
    }

    private void addBackward(List<Token> t, int v, List<Attribution> out) {
        int j = v - 1;
        while (j >= 0 && ADVERBS.contains(t.get(j)) && !(t.get(j).is("on") && j == v - 1)) {
            j--;
        }
        int roleFirst = -1;
        int roleEnd = -1;
        if (j >= 0 && t.get(j).is(",")) {
            // "X, a doctor at Y, said": the appositive is the role, the subject comes before it
            int close = j;
            int open = -1;
            for (int k = close - 1; k >= Math.max(0, close - 25); k--) {
                Token tk = t.get(k);
                if (tk.is(",")) {
                    open = k;
                    break;
                }
                if (tk.isPunct() && !tk.is("'") && !tk.is("-")) {
                    break;
                }
            }
            if (open < 0 || !(t.get(open + 1).is("a") || t.get(open + 1).is("an") || t.get(open + 1).is("the")
                    || t.get(open + 1).isCapitalized())) {
                return;
            }
            roleFirst = open + 1;
            roleEnd = close;
            j = open - 1;
        }
        int end = j + 1;
        int first = end;
        while (first - 1 >= 0 && end - first < 12) {
            Token tk = t.get(first - 1);
            String w = tk.lower();
            if (tk.isPunct() && !tk.is("'") && !tk.is("&") || SUBJECT_BOUNDARIES.contains(tk) && !tk.text().equals("WHO")
                    && !(w.equals("and")
                    && first - 2 >= 0 && t.get(first - 2).isCapitalized() && t.get(first).isCapitalized())
                    || tk.isDigits()) {
                break;
            }
            first--;
        }
        if (first == end) {
            return;
        }
        if (roleFirst >= 0 && !hasCapitalizedName(t, first, end) && !t.get(roleFirst).isCapitalized()) {
            // "..., a source familiar with the talks told CNN" is handled without an appositive; two commas
            // around a non-name are a clause, not an apposition
            roleFirst = -1;
        }
        out.add(make(t, v, first, end, roleFirst, roleEnd));
    }

    private static boolean hasCapitalizedName(List<Token> t, int first, int end) {
        for (int k = first; k < end; k++) {
            if (t.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private Attribution make(List<Token> t, int cue, int first, int end, int roleFirst, int roleEnd) {
        int cut = possessiveCut(t, first, end);
        int subjectEnd = cut > 0 ? cut : end;
        List<String> words = words(t, first, subjectEnd);
        if (cut > 0) {
            String last = words.get(words.size() - 1);
            words.set(words.size() - 1, last.substring(0, last.length() - 2));
        }
        List<String> role = roleFirst >= 0 ? words(t, roleFirst, roleEnd) : List.of();
        // "figures from the ministry", "data released by OCHA"
        for (int k = 0; k + 1 < words.size(); k++) {
            String w = words.get(k).toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("from") || w.equals("by")) && k > 0) {
                words = new ArrayList<>(words.subList(k + 1, words.size()));
                break;
            }
        }
        Optional<String> org = aliases.canonical(words);
        if (org.isEmpty() && !role.isEmpty()) {
            Optional<String> roleOrg = aliases.canonical(role);
            if (roleOrg.isPresent() && speaksFor(role)) {
                org = roleOrg;
            }
        }
        int span = subjectEnd;
        if (org.isPresent()) {
            return new Attribution(cue, org.get(), false, false, first, span);
        }
        String key = SourceAliases.key(String.join(" ", words));
        boolean pronoun = PRONOUNS.contains(key);
        boolean generic = pronoun || allAnaphoric(words);
        return new Attribution(cue, SourceNames.personOrRole(words, role), generic, pronoun, first, span);
    }

    /** "the ministry's latest figures" -> cut after "ministry's". */
    private static int possessiveCut(List<Token> t, int first, int end) {
        for (int k = first; k < end - 1; k++) {
            String w = t.get(k).lower();
            if (w.endsWith("'s") && DATA_NOUNS.contains(t.get(k + 1))) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean speaksFor(List<String> role) {
        for (String w : role) {
            if (SPOKES_ROLES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allAnaphoric(List<String> words) {
        for (String w : words) {
            if (!ANAPHORIC.contains(SourceAliases.key(w)) && !w.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(List<Token> t, int first, int end) {
        List<String> out = new ArrayList<>(end - first);
        for (int k = first; k < end; k++) {
            out.add(t.get(k).text().replace('\u2019', '\''));
        }
        return out;
    }
}
