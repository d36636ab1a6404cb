package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void aWordListedTwiceInOneListIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.words("killed", "wounded", "killed"));
        assertEquals("\"killed\" is listed twice in one word list", e.getMessage());
    }

    @Test
    void wordSetsAreReadOnly() {
        Set<String> words = Lexicon.words("killed", "wounded");
        assertTrue(words.contains("wounded"));
        assertThrows(UnsupportedOperationException.class, () -> words.add("dead"));
        assertThrows(UnsupportedOperationException.class, () -> Lexicon.lookup(List.of("a", "a")).remove("a"));
    }

    @Test
    void everyWordListOfTheExtractorLoads() {
        // the lists are static fields: loading the readers fails on a repeated word
        assertTrue(Lexicon.PERSON_HEADS.contains("people"));
        assertTrue(MetricReader.isPerson(Tokenizer.tokenize("civilians", 0, 9), 0));
        assertEquals(1, SentenceSplitter.split("Sgt. Jones said 12 people were killed.").size());
    }

    @Test
    void aTokenOfAWordSeenBeforeSharesItsLowerCaseInstance() {
        Token first = Tokenizer.tokenize("Rafah crossing", 0, 14).get(1);
        Token again = Tokenizer.tokenize("the crossing", 0, 12).get(1);
        assertEquals("crossing", again.lower());
        assertSame(first.lower(), again.lower());
        Token capital = Tokenizer.tokenize("Crossing", 0, 8).get(0);
        assertEquals("Crossing", capital.text());
        assertSame(first.lower(), capital.lower(), "lower case is interned: one instance per word");
    }
}
