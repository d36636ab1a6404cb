package io.liveblog.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * ("Rafah crossing", "Gaza City"). Otherwise each candidate scores against the other places in the text and the
 * caller's context: 2 for every place that contains it or that it contains, 1 for every other place in its
 * country. The highest score wins; ties go to the higher curated priority, then the larger population, then load
 * order. So "Rafah, Egypt" and "the Egyptian town of Rafah" pick Rafah in Egypt, a bare "Rafah" the Gaza city.
 */
final class MentionFinder {

    private static final Comparator<GazetteerEntry> BY_STATIC_PREFERENCE = Comparator
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

    /** A selected match with its candidate places and, once resolved, its choice. */
    private static final class Found {
        final NameTrie.Match match;
        final List<GazetteerEntry> candidates;
        final Map<GazetteerEntry, NameKind> kinds;
        GazetteerEntry chosen;

        Found(NameTrie.Match match) {
            this.match = match;
            this.kinds = new LinkedHashMap<>(4);
            for (NameTrie.NamePattern p : match.patterns()) {
                kinds.merge(p.entry(), p.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            this.candidates = new ArrayList<>(kinds.keySet());
            this.candidates.sort(BY_STATIC_PREFERENCE);
            this.chosen = candidates.get(0);
        }
    }

    List<PlaceMention> find(CharSequence text, Collection<GazetteerEntry> context) {
        Tokens tokens = Tokens.of(text);
        List<Found> found = select(tokens);
        if (found.isEmpty()) {
            return List.of();
        }
        resolveAmbiguous(found, context);
        List<PlaceMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            NameKind kind = f.kinds.get(f.chosen);
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

    /** Longest match at every word, then a non-overlapping choice, longest first; returned in text order. */
    private List<Found> select(Tokens tokens) {
        int n = tokens.size();
        List<NameTrie.Match> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NameTrie.Match m = trie.longestAt(tokens, i);
            if (m != null) {
                matches.add(m);
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        if (matches.size() > 1) {
            matches.sort(BY_STRENGTH);
        }
        boolean[] taken = new boolean[n];
        List<NameTrie.Match> accepted = new ArrayList<>(matches.size());
        for (NameTrie.Match m : matches) {
            if (isFree(taken, m)) {
                Arrays.fill(taken, m.first(), m.end(), true);
                accepted.add(m);
            }
        }
        accepted.sort(BY_POSITION);
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
            if (other != self) {
                score += support(candidate, other.candidates.get(0), self);
            }
        }
        for (GazetteerEntry e : context) {
            score += support(candidate, e, self);
        }
        return score;
    }

    private static int support(GazetteerEntry candidate, GazetteerEntry evidence, Found self) {
        if (self.kinds.containsKey(evidence)) {
            return 0; // another mention of the same ambiguous name says nothing about which one is meant
        }
        if (candidate.isWithin(evidence) || evidence.isWithin(candidate)) {
            return 2;
        }
        String cc = candidate.countryCode();
        return cc != null && cc.equals(evidence.countryCode()) ? 1 : 0;
    }
}
