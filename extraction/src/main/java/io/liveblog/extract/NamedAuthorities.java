package io.liveblog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authorities a sentence names without making them its speaker: the organisation "the agency said" refers back to
 * when no earlier attribution named one ("Fifteen World Food Programme trucks crossed ..., the agency said"), and
 * the giver of aid that reports its own act ("The European Union released €1 million ..."). Only names of the alias
 * table count ({@link SourceAliases}), so a word that merely looks like a name never becomes a source.
 */
final class NamedAuthorities {

    /** The agencies "the agency" can stand for: UN agencies and funds by their canonical acronyms. */
    private static final Set<String> AGENCIES = Set.of("WFP", "UNRWA", "OCHA", "UNHCR", "UNICEF", "IOM", "WHO",
            "UNDP", "UNFPA", "FAO", "CERF");

    private final SourceAliases aliases;

    NamedAuthorities(SourceAliases aliases) {
        this.aliases = aliases;
    }

    /**
     * @param t the sentence's tokens
     * @param before the first token of the attribution ("the agency said")
     * @return the agency the sentence names before its anaphoric attribution, if any
     */
    Optional<String> agencyBefore(List<Token> t, int before) {
        return named(t, 0, before).filter(AGENCIES::contains);
    }

    /**
     * @param t the sentence's tokens
     * @param from the first token of the figure's clause
     * @param figureFirst the figure's first token
     * @return the authority named as the doer before an aid figure in its clause ("The European Union released"),
     *     if any
     */
    Optional<String> doerBefore(List<Token> t, int from, int figureFirst) {
        return named(t, from, figureFirst);
    }

    private Optional<String> named(List<Token> t, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(t.get(k).text());
        }
        return aliases.canonical(words).filter(name -> !name.startsWith(SourceAliases.CONTEXTUAL_PREFIX));
    }
}
