package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
    }

    @Test
    void keepsNumbersWithSeparatorsTogether() {
        assertEquals(List.of("1,200", "and", "1.7", "million", "at", "12:28", "on", "10/7"),
                texts("1,200 and 1.7 million at 12:28 on 10/7"));
    }

    @Test
    void aCommaIsAThousandsSeparatorOnlyBeforeThreeDigits() {
        assertEquals(List.of("In", "2014", ",", "2,200", "died"), texts("In 2014, 2,200 died"));
        assertEquals(List.of("2", ",", "3"), texts("2,3"));
        assertEquals(List.of("1", ",", "2345"), texts("1,2345"));
    }

    @Test
    void hyphenatedCompoundsAndApostrophesStayInOneToken() {
        assertEquals(List.of("Fifty-five", "trucks", ",", "a", "12-year-old", ",", "Na\u2019im", "and", "Gaza's",
                "Hamas-run", "ministry"), texts("Fifty-five trucks, a 12-year-old, Na\u2019im and Gaza's Hamas-run ministry"));
        assertEquals(List.of("20\u201330"), texts("20\u201330"));
    }

    @Test
    void dottedAbbreviationsAreOneToken() {
        assertEquals(List.of("at", "9", "a.m.", "the", "U.S.", "said"), texts("at 9 a.m. the U.S. said"));
        assertEquals(List.of("Dr", ".", "Smith"), texts("Dr. Smith"));
    }

    @Test
    void foldsCaseAndTypographicApostrophe() {
        Token t = Tokenizer.tokenize("Gaza\u2019s", 0, 6).get(0);
        assertEquals("gaza's", t.lower());
        assertTrue(t.isCapitalized());
    }

    @Test
    void recordsOffsetsAndSpacing() {
        String s = "said: \u201cWe\u201d";
        List<Token> tokens = Tokenizer.tokenize(s, 0, s.length());
        for (Token t : tokens) {
            assertEquals(s.substring(t.start(), t.end()), t.text());
        }
        assertFalse(tokens.get(1).spaceBefore());
        assertTrue(tokens.get(2).spaceBefore());
    }

    @Test
    void tokenizesARangeOfTheText() {
        String s = "xx 55 trucks xx";
        List<Token> tokens = Tokenizer.tokenize(s, 3, 12);
        assertEquals(List.of("55", "trucks"), tokens.stream().map(Token::text).toList());
        assertEquals(3, tokens.get(0).start());
    }
}
