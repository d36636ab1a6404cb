package io.liveblog.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds place mentions in a text: words, longest names, disambiguation, actor uses. Immutable and thread-safe;
 * one call allocates only per word and per match, never compiles patterns nor scans the list of names.
 *
 * <p><b>Overlaps.</b> At every word the longest name starting there is taken; overlapping candidates are then
 * accepted longest first, a name beating a descriptive phrase of equal length ("southern Gaza City" yields Gaza
 * City, not "southern Gaza"), earlier first otherwise.
 *
 * <p><b>Ambiguity.</b> When a name belongs to several places (Rafah city, Rafah in Egypt; Tripoli in Libya and in
 * Lebanon; the Kerem Shalom crossing and kibbutz) the more specific phrase has already won if the text has one
 * ("Rafah crossing", "Gaza City"). Otherwise each candidate scores, against every other place in the text and in
 * the caller's context, the number of hierarchy levels the two share from the country down (Al-Awda Hospital in
 * Nuseirat shares four levels with Nuseirat, its namesake in Jabalya two). The highest total wins; ties go to the
 * higher curated priority, then the larger population, then load order. So "Rafah, Egypt" and "the Egyptian town
 * of Rafah" pick Rafah in Egypt, "Rafah in southern Gaza" and a bare "Rafah" the Gaza city. A country named across a
 * border ("Rafah, on the border with Egypt") is no evidence: the places beside it are on the other side. Other mentions
 * contribute their first-choice place, so two ambiguous names do not chase each other.
 */
final class MentionFinder {

    /** Preference among places sharing a name when nothing in the text decides: priority, population, load order. */
    static final Comparator<GazetteerEntry> BY_STATIC_PREFERENCE = Comparator
            .comparingInt((GazetteerEntry e) -> -e.details.priority())
            .thenComparingLong(e -> -e.details.population())
            .thenComparingInt(e -> e.order);

    /** Longest first; a name before a phrase of equal length; then text order. */
    private static final Comparator<NameTrie.Match> BY_STRENGTH = Comparator
            .comparingInt((NameTrie.Match m) -> -m.length())
            .thenComparingInt(m -> m.strongestKind().ordinal())
            .thenComparingInt(NameTrie.Match::first);
    private static final Comparator<NameTrie.Match> BY_POSITION = Comparator.comparingInt(NameTrie.Match::first);

    private final NameTrie trie;
    private final ActorCues cues;

    MentionFinder(NameTrie trie, ActorCues cues) {
        this.trie = trie;
        this.cues = cues;
    }

    /** Words before "with" that name a border: "on the border with Egypt". */
    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier",
            "boundary");

    /** A selected match with its candidate places and, once resolved, its choice. */
    private static final class Found {
        final NameTrie.Match match;
        /**
         * Named as the country across a border ("Rafah, on the border with Egypt"): the places around it are on the
         * other side, so it is no evidence of which of their namesakes is meant.
         */
        boolean acrossBorder;
        /** Candidate places, in static preference order. */
        List<GazetteerEntry> candidates;
        /** The kind shared by all candidates. */
        final NameKind kind;
        GazetteerEntry chosen;

        Found(NameTrie.Match match) {
            this.match = match;
            // When the words are a place's proper name ("South Sudan") a description with the same words
            // ("south Sudan") does not compete: only candidates of the strongest kind stay.
            this.kind = match.strongestKind();
            List<NameTrie.NamePattern> patterns = match.patterns();
            if (patterns.size() == 1) {
                this.candidates = List.of(patterns.get(0).entry());
            } else {
                List<GazetteerEntry> list = new ArrayList<>(patterns.size());
                for (NameTrie.NamePattern p : patterns) {
                    if (p.kind() == kind && !list.contains(p.entry())) {
                        list.add(p.entry());
                    }
                }
                list.sort(BY_STATIC_PREFERENCE);
                this.candidates = list;
            }
            this.chosen = candidates.get(0);
        }

        boolean isCandidate(GazetteerEntry e) {
            return candidates.contains(e);
        }
    }

    List<PlaceMention> find(CharSequence text, Collection<GazetteerEntry> context) {
        return findAll(List.of(text), context).get(0);
    }

    /** @return the mentions of each text; the texts (one post's) are evidence for each other's imported places */
    List<List<PlaceMention>> findAll(List<? extends CharSequence> texts, Collection<GazetteerEntry> context) {
        List<Tokens> tokens = new ArrayList<>(texts.size());
        List<List<Found>> found = new ArrayList<>(texts.size());
        Set<String> evidence = new HashSet<>();
        for (CharSequence text : texts) {
            Tokens t = Tokens.of(text);
            List<Found> f = select(t);
            tokens.add(t);
            found.add(f);
            curatedCountries(f, evidence);
        }
        for (GazetteerEntry e : context) {
            evidence.add(e.place.countryCode());
        }
        List<List<PlaceMention>> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(mentions(tokens.get(i), found.get(i), context, evidence));
        }
        return out;
    }

    private List<PlaceMention> mentions(Tokens tokens, List<Found> found, Collection<GazetteerEntry> context,
                                        Set<String> evidence) {
        if (found.isEmpty()) {
            return List.of();
        }
        for (Found f : found) {
            int i = f.match.first();
            f.acrossBorder = i >= 2 && tokens.key(i - 1).equals("with") && BORDER_WORDS.contains(tokens.key(i - 2));
        }
        found = withEvidenceForImports(found, tokens, evidence);
        if (found.isEmpty()) {
            return List.of();
        }
        resolveAmbiguous(found, context);
        List<PlaceMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            NameKind kind = f.kind;
            int first = f.match.first();
            int last = f.match.end() - 1;
            boolean actor;
            switch (kind) {
                case DEMONYM:
                case ACTOR:
                    actor = true;
                    break;
                case LOCATION:
                    actor = false;
                    break;
                default:
                    actor = cues.isActorUse(tokens, first, last, f.chosen.actorCapability);
            }
            mentions.add(new PlaceMention(tokens.start(first), tokens.end(last), f.chosen.place, actor));
        }
        return mentions;
    }

    /**
     * Places imported from GeoNames (the bundled world layer, a user's dump) are tens of thousands of names, many of
     * them words or first names elsewhere ("Central", "David", "Roman", "Hassan", a town "Lebanon" in the US). An
     * imported place is taken only with evidence that the text is about its country: a curated mention (a country,
     * a demonym, a curated place) in any text of the post, or a context place, in that country (a country is its own
     * evidence). And an imported name followed by a capitalised word it does not include is part of a longer name
     * the gazetteer lacks ("Central Command", "Vladimir Putin", "Drama Theatre"), not the place. Curated candidates
     * are never dropped.
     *
     * @param countries the countries of the post's curated mentions and of the context
     * @return the mentions left, each with only the candidates that have that evidence
     */
    private static List<Found> withEvidenceForImports(List<Found> found, Tokens tokens, Set<String> countries) {
        List<Found> kept = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.candidates.stream().allMatch(MentionFinder::isEvidence)) {
                kept.add(f); // the usual case: nothing imported to check
                continue;
            }
            boolean partOfLongerName = tokens.joined(f.match.end())
                    && tokens.has(f.match.end(), Tokens.UPPER_INITIAL);
            List<GazetteerEntry> supported = new ArrayList<>(f.candidates.size());
            for (GazetteerEntry e : f.candidates) {
                if (isEvidence(e) || !partOfLongerName && countries.contains(e.place.countryCode())) {
                    supported.add(e);
                }
            }
            if (supported.isEmpty()) {
                continue;
            }
            if (supported.size() < f.candidates.size()) {
                f.candidates = List.copyOf(supported);
                f.chosen = supported.get(0);
            }
            kept.add(f);
        }
        return kept;
    }

    /** @return true for a curated place or a country (however it came in): evidence, never in need of it */
    private static boolean isEvidence(GazetteerEntry e) {
        return !e.imported() || e.place.type() == FeatureType.COUNTRY;
    }

    /** Adds the countries of the curated candidates and countries of {@code found}: evidence for imported places. */
    private static void curatedCountries(List<Found> found, Set<String> into) {
        for (Found f : found) {
            for (GazetteerEntry e : f.candidates) {
                if (isEvidence(e)) {
                    into.add(e.place.countryCode());
                }
            }
        }
    }

    /** Longest match at every word, then a non-overlapping choice, longest first; returned in text order. */
    private List<Found> select(Tokens tokens) {
        int n = tokens.size();
        List<NameTrie.Match> matches = new ArrayList<>();
        boolean conflict = false;
        int coveredEnd = 0;
        for (int i = 0; i < n; i++) {
            NameTrie.Match m = trie.longestAt(tokens, i);
            if (m != null) {
                // A match nested in an earlier one ("Shifa Hospital" inside "Al-Shifa Hospital") simply loses;
                // one that starts inside and ends beyond ("northern Gaza" + "Gaza City") needs the full choice.
                conflict |= m.first() < coveredEnd && m.end() > coveredEnd;
                coveredEnd = Math.max(coveredEnd, m.end());
                matches.add(m);
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        List<NameTrie.Match> accepted;
        if (conflict) {
            matches.sort(BY_STRENGTH);
            boolean[] taken = new boolean[n];
            accepted = new ArrayList<>(matches.size());
            for (NameTrie.Match m : matches) {
                if (isFree(taken, m)) {
                    Arrays.fill(taken, m.first(), m.end(), true);
                    accepted.add(m);
                }
            }
            accepted.sort(BY_POSITION);
        } else {
            accepted = new ArrayList<>(matches.size());
            int end = 0;
            for (NameTrie.Match m : matches) {
                if (m.first() >= end) {
                    accepted.add(m);
                    end = m.end();
                }
            }
        }
        List<Found> found = new ArrayList<>(accepted.size());
        for (NameTrie.Match m : accepted) {
            found.add(new Found(m));
        }
        return found;
    }

    private static boolean isFree(boolean[] taken, NameTrie.Match m) {
        for (int k = m.first(); k < m.end(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static void resolveAmbiguous(List<Found> found, Collection<GazetteerEntry> context) {
        for (Found f : found) {
            if (f.candidates.size() < 2) {
                continue;
            }
            GazetteerEntry best = f.chosen;
            int bestScore = score(best, f, found, context);
            for (int c = 1; c < f.candidates.size(); c++) {
                GazetteerEntry candidate = f.candidates.get(c);
                int s = score(candidate, f, found, context);
                if (s > bestScore) { // candidates are in static preference order, so ties keep the earlier one
                    best = candidate;
                    bestScore = s;
                }
            }
            f.chosen = best;
        }
    }

    /** Context support for {@code candidate}: other mentions' provisional choices plus the caller's places. */
    private static int score(GazetteerEntry candidate, Found self, List<Found> found, Collection<GazetteerEntry> context) {
        int score = 0;
        for (Found other : found) {
            if (other != self && !other.acrossBorder) {
                score += support(candidate, other.candidates.get(0), self);
            }
        }
        for (GazetteerEntry e : context) {
            score += support(candidate, e, self);
        }
        return score;
    }

    private static int support(GazetteerEntry candidate, GazetteerEntry evidence, Found self) {
        if (self.isCandidate(evidence)) {
            return 0; // another mention of the same ambiguous name says nothing about which one is meant
        }
        return sharedLevels(candidate, evidence);
    }

    /** @return how many places the two paths share from the country down (0 when in different countries) */
    static int sharedLevels(GazetteerEntry a, GazetteerEntry b) {
        for (GazetteerEntry x = b; x != null; x = x.parent()) {
            for (GazetteerEntry y = a; y != null; y = y.parent()) {
                if (x == y) {
                    return x.depth() + 1;
                }
            }
        }
        return 0;
    }
}
