package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(text, 0, text.length());
    }

    @Test
    void aTokenGetsTheSameAnswerAsItsLowerCaseWordEveryTimeItIsAsked() {
        WordSet trucks = WordSet.of("trucks", "lorries");
        WordSet fuel = WordSet.of("fuel", "diesel");
        for (int round = 0; round < 3; round++) {
            for (Token t : tokens("Trucks carrying fuel and DIESEL, not lorries of food")) {
                assertEquals(trucks.contains(t.lower()), trucks.contains(t), t.text() + " in trucks, round " + round);
                assertEquals(fuel.contains(t.lower()), fuel.contains(t), t.text() + " in fuel, round " + round);
            }
        }
        List<Token> t = tokens("Trucks carrying fuel");
        assertTrue(trucks.contains(t.get(0)));
        assertFalse(fuel.contains(t.get(0)), "one list's kept answer is not another's");
        assertTrue(fuel.contains(t.get(2)));
        assertFalse(trucks.contains(t.get(2)));
    }

    @Test
    void listsBeyondTheKeptOnesStillAnswer() {
        List<WordSet> many = new ArrayList<>();
        for (int i = 0; i <= WordSet.KEPT_LISTS; i++) {
            many.add(WordSet.of("word" + i, "shared"));
        }
        Token shared = tokens("Shared").get(0);
        for (int i = 0; i < many.size(); i++) {
            assertTrue(many.get(i).contains(shared), "list " + i);
            assertFalse(many.get(i).contains(tokens("word" + (i + 1)).get(0)), "list " + i);
        }
    }

    @Test
    void aWordListedTwiceIsRefused() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> WordSet.of("dead", "killed", "dead"));
        assertTrue(e.getMessage().contains("\"dead\""), e.getMessage());
    }
}
