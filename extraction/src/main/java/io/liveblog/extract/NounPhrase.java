package io.liveblog.extract;

import java.util.List;

/**
 * A noun phrase after a number: modifiers, then a head (or none when the noun is elided).
 *
 * <p>Read by {@link WordsAfterNumber} and passed on to every reading of a figure, so it is a type of its own.
 */
record NounPhrase(int start, int head, int end, List<Integer> modifiers) {
    boolean elided() {
        return head < 0;
    }
}
