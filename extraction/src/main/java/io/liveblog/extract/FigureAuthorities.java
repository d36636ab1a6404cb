package io.liveblog.extract;

import io.liveblog.geo.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who gives a figure, under the naming convention: the nearest attribution that governs it ({@link SourceFinder}
 * with the alias table {@link SourceAliases}), "it said" and "the ministry said" resolved against the sources named
 * earlier in the field ({@link Memory}), authorities the sentence names without making them its speaker
 * ({@link NamedAuthorities}), state offices named one way ({@link StateAuthorities}) and "the health ministry"
 * resolved by the figure's place. Split from {@link ClaimExtractor}, which reads the rest of a figure.
 */
final class FigureAuthorities {

    private final SourceFinder sources;
    private final StateAuthorities states;
    private final SourceAliases aliases;
    private final NamedAuthorities named;

    FigureAuthorities(SourceAliases aliases, StateAuthorities states) {
        this.aliases = aliases;
        this.states = states;
        this.sources = new SourceFinder(aliases);
        this.named = new NamedAuthorities(aliases);
    }

    /** @return the attributions of a sentence */
    List<Attribution> attributions(List<Token> t) {
        return sources.find(t);
    }

    /** Reads the attributions of the field's sentences before {@code sentence} that were skipped. */
    void catchUp(Memory memory, List<List<Token>> tokens, int sentence) {
        memory.catchUp(tokens, sentence, sources);
    }

    /**
     * @param headline the post's headline
     * @param path where the headline's figures are, for naming a state's offices
     * @return a body's memory seeded with the headline's explicit credits ("..., health ministry says")
     */
    Memory creditedBy(String headline, List<Place> path) {
        Memory memory = new Memory();
        if (!headline.isEmpty()) {
            for (Attribution a : sources.find(Tokenizer.tokenize(headline, 0, headline.length()))) {
                if (!a.generic()) {
                    memory.seed(authority(a.source(), path));
                }
            }
        }
        return memory;
    }

    /** @return the figure's authority, or null when nothing attributes it */
    String of(List<Token> t, List<Attribution> attributions, NumberPhrase p, List<Place> path, Memory memory,
              Metric metric) {
        return authority(source(t, attributions, p, path, memory, metric), path);
    }

    /**
     * The last explicit source named in a field, for "it said" and "the ministry said". Sentences without figures
     * are read for attributions only when a later figure needs them ({@link #catchUp}).
     */
    static final class Memory {
        String lastExplicit;
        String lastHealthMinistry;
        /** index of the first sentence not yet read for attributions */
        int readUpTo;
        /** explicit sources in the order they were named */
        final List<String> history = new ArrayList<>(4);

        /**
         * @param head the last word of a generic attribution ("ministry", "military", "it")
         * @return the latest explicit source of that kind, or the latest of any kind for a word that names no kind
         */
        String lastOfKind(String head) {
            String[] kinds = head.startsWith("ministry") ? new String[] {"Ministry"}
                    : head.equals("military") || head.equals("army") || head.equals("forces")
                    ? new String[] {"Defense Forces", "Military", "Army", "Forces", "military"}
                    : head.equals("agency") || head.equals("agency's")
                    ? new String[] {"Agency", "UNRWA", "OCHA", "UNHCR", "UNICEF", "Organization", "Programme"}
                    : null;
            if (kinds == null) {
                return lastExplicit;
            }
            for (int k = history.size() - 1; k >= 0; k--) {
                for (String kind : kinds) {
                    if (history.get(k).contains(kind)) {
                        return history.get(k);
                    }
                }
            }
            return null;
        }

        /** Reads the attributions of the sentences before {@code sentence} that were skipped. */
        void catchUp(List<List<Token>> tokens, int sentence, SourceFinder finder) {
            for (int k = readUpTo; k < sentence; k++) {
                remember(finder.find(tokens.get(k)), k);
            }
        }

        /** Takes a headline's explicit credit. */
        void seed(String source) {
            lastExplicit = source;
            history.add(source);
            if (isHealthMinistry(source)) {
                lastHealthMinistry = source;
            }
        }

        private static boolean isHealthMinistry(String source) {
            return source.contains("Ministry of Health") || source.contains("Ministry of Public Health");
        }

        void remember(List<Attribution> attributions, int sentence) {
            for (Attribution a : attributions) {
                if (!a.generic() && !a.source().startsWith(SourceAliases.CONTEXTUAL_PREFIX)) {
                    seed(a.source());
                }
            }
            readUpTo = sentence + 1;
        }
    }

    /**
     * The nearest attribution that can govern the figure; generic ones ("the ministry said") fall back to the last
     * explicit source of that kind in the field.
     */
    private String source(List<Token> t, List<Attribution> attributions, NumberPhrase p, List<Place> path,
                          Memory memory, Metric metric) {
        int anchor = p.numFirst();
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            if (!governs(t, a, p)) {
                continue;
            }
            int d = Math.abs(a.cue() - anchor);
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        if (best == null) {
            // "The European Union released €1 million": a giver named before its aid reports its own act
            return metric.kind() == Metric.Kind.AID
                    ? named.doerBefore(t, MetricReader.clause(t, p.first())[0], p.first()).orElse(null) : null;
        }
        String source = best.source();
        if (best.generic()) {
            String head = source.isEmpty() ? "" : source.substring(source.lastIndexOf(' ') + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            String earlier = memory.lastOfKind(head);
            if (earlier != null) {
                return earlier;
            }
            if (head.startsWith("agency")) {
                // "Fifteen World Food Programme trucks crossed ..., the agency said": the agency the sentence named
                Optional<String> agency = named.agencyBefore(t, best.first());
                if (agency.isPresent()) {
                    return agency.get();
                }
            }
            if (head.startsWith("ministry") && metric.kind() == Metric.Kind.CASUALTY) {
                // "the ministry said 12 were killed" with no ministry named before: the health ministry there
                return resolveContextual(SourceAliases.CONTEXTUAL_PREFIX + "health-ministry", path);
            }
            return best.pronoun() || source.isEmpty() ? null : source;
        }
        if (source.startsWith(SourceAliases.CONTEXTUAL_PREFIX) && memory.lastHealthMinistry != null) {
            return memory.lastHealthMinistry;
        }
        return resolveContextual(source, path);
    }

    /**
     * An attribution after the figure governs it only across a clause boundary ("12 were killed, the ministry
     * said"), not in another clause of its own ("US pledges $100m as UN warns of famine"); "according to", "per"
     * and "citing" govern either way.
     */
    private static boolean governs(List<Token> t, Attribution a, NumberPhrase p) {
        if (a.first() < p.first() || t.get(a.cue()).is("according") || t.get(a.cue()).is("per")
                || t.get(a.cue()).is("citing")) {
            return true;
        }
        for (int k = p.end(); k < a.first() && k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals(",") || w.equals(";") || w.equals("\u2014") || w.equals("\u2013") || w.equals("\u201d")
                    || w.equals("\"") || w.equals("(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "@health-ministry" becomes the ministry of the place the figure is in: by the alias table's rules for the place
     * or its country, else the health ministry of its country ({@link StateAuthorities}); other names pass through.
     */
    private String resolveContextual(String source, List<Place> path) {
        if (!source.startsWith(SourceAliases.CONTEXTUAL_PREFIX)) {
            return source;
        }
        List<String> names = new ArrayList<>(path.size());
        for (Place p : path) {
            names.add(p.name());
        }
        String cc = path.isEmpty() ? null : path.get(path.size() - 1).countryCode();
        Optional<String> here = aliases.byPlace(source, names, cc);
        if (here.isPresent()) {
            return here.get();
        }
        String country = source.equals(SourceAliases.CONTEXTUAL_PREFIX + "health-ministry")
                ? states.healthMinistry(path) : null;
        return country != null ? country : aliases.resolveContextual(source, names, cc);
    }

    /** A figure's source under the naming convention: state offices named one way, then contextual names resolved. */
    private String authority(String source, List<Place> path) {
        return source == null ? null : resolveContextual(states.name(source, path), path);
    }
}
