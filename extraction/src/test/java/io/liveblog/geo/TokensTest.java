package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How texts are cut into words and folded; every matching rule builds on this. */
class TokensTest {

    private static List<String> keys(String text) {
        Tokens t = Tokens.of(text);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            keys.add(t.key(i));
        }
        return keys;
    }

    @Test
    void foldsCaseAccentsAndApostrophes() {
        assertEquals(List.of("kahramanmaras", "iskenderun", "adiyaman", "khuzaa", "khuzaa", "beeri"),
                keys("Kahramanmaraş İskenderun Adıyaman Khuza'a Khuza’a Be'eri"));
        assertEquals(List.of("sana", "marib"), keys("Ṣanʿāʾ Maʼrib"));
    }

    @Test
    void normalisesTheArabicArticle() {
        assertEquals(List.of("deir", "al", "balah", "deir", "al", "balah"), keys("Deir el-Balah, Deir al Balah"));
        assertEquals(List.of("al", "suwayda", "al", "shati", "as", "well"), keys("As-Suwayda ash-Shati as well"));
    }

    @Test
    void splitsOffPossessivesAndKeepsOffsetsOnTheOriginalText() {
        String text = "Gaza's north and Lebanon’s south";
        Tokens t = Tokens.of(text);
        assertEquals("gaza", t.key(0));
        assertTrue(t.has(0, Tokens.POSSESSIVE));
        assertEquals("Gaza", text.substring(t.start(0), t.end(0)));
        assertEquals("Lebanon", text.substring(t.start(3), t.end(3)));
        assertTrue(t.has(3, Tokens.POSSESSIVE));
        assertFalse(t.has(1, Tokens.POSSESSIVE));
    }

    @Test
    void recordsCaseOfTheOriginalWords() {
        Tokens t = Tokens.of("US us Us Gaza gaza");
        assertTrue(t.has(0, Tokens.ALL_UPPER));
        assertFalse(t.has(1, Tokens.UPPER_INITIAL));
        assertTrue(t.has(2, Tokens.UPPER_INITIAL));
        assertFalse(t.has(2, Tokens.ALL_UPPER));
        assertTrue(t.has(3, Tokens.UPPER_INITIAL));
        assertFalse(t.has(4, Tokens.UPPER_INITIAL));
    }

    @Test
    void joinsWordsAcrossSpacesHyphensAndAbbreviationDotsOnly() {
        Tokens t = Tokens.of("Beit Lahia, Iran-backed U.S. forces\nGaza (City) Martyrs' Hospital");
        // Beit | Lahia | Iran | backed | U | S | forces | Gaza | City | Martyrs | Hospital
        assertTrue(t.joined(1));
        assertFalse(t.joined(2), "comma");
        assertTrue(t.joined(3));
        assertTrue(t.has(3, Tokens.HYPHEN_BEFORE));
        assertTrue(t.joined(5), "U.S");
        assertTrue(t.joined(6), "after the abbreviation");
        assertFalse(t.joined(7), "line break");
        assertFalse(t.joined(8), "bracket");
        assertTrue(t.joined(10), "plural possessive apostrophe");
        assertEquals(11, t.size());
    }

    @Test
    void handlesEmptyAndPunctuationOnlyText() {
        assertEquals(0, Tokens.of("").size());
        assertEquals(0, Tokens.of(" ,.;'’ -- ").size());
        assertEquals(List.of("1", "200", "and", "55"), keys("1,200 and 55"));
    }
}
