package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {

    /** @return the numbers of the text that may be figures */
    private static List<NumberPhrase> candidates(String text) {
        return QuantityReader.read(Tokenizer.tokenize(text, 0, text.length())).stream()
                .filter(NumberPhrase::candidate).toList();
    }

    private static Quantity single(String text) {
        List<NumberPhrase> found = candidates(text);
        assertEquals(1, found.size(), () -> "one number expected in <" + text + ">: " + found);
        return found.get(0).quantity();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,200 people | 1200",
        "14,500 people | 14500",
        "1.7 million people | 1700000",
        "2.5m people | 2500000",
        "1.2bn people | 1200000000",
        "10k people | 10000",
        "Fifty-five trucks | 55",
        "thirteen hostages | 13",
        "twenty one soldiers | 21",
        "two dozen people | 24",
        "a dozen people | 12",
        "half a dozen people | 6",
        "a hundred people | 100",
        "one hundred and fifty people | 150",
        "two thousand five hundred people | 2500",
        "half a million people | 500000",
        "two million people | 2000000",
        "one person | 1",
        "178 people | 178",
    })
    void readsDigitsAndWordsExactly(String text, long value) {
        Quantity q = single(text);
        assertEquals(Qualifier.EXACT, q.qualifier());
        assertEquals(value, q.value());
        assertEquals(value, q.low());
        assertEquals(value, q.high());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "at least 100 people | AT_LEAST | 100 | 100 | -",
        "a minimum of 40 people | AT_LEAST | 40 | 40 | -",
        "no fewer than 30 people | AT_LEAST | 30 | 30 | -",
        "100 or more people | AT_LEAST | 100 | 100 | -",
        "more than 150 people | MORE_THAN | 150 | 150 | -",
        "over 300 people | MORE_THAN | 300 | 300 | -",
        "surpassed 15,000 | MORE_THAN | 15000 | 15000 | -",
        "exceeded 20,000 | MORE_THAN | 20000 | 20000 | -",
        "the 400-plus strikes | MORE_THAN | 400 | 400 | -",
        "400+ strikes | MORE_THAN | 400 | 400 | -",
        "upwards of 50 people | MORE_THAN | 50 | 50 | -",
        "about 200 people | ABOUT | 200 | - | -",
        "around 70 people | ABOUT | 70 | - | -",
        "some 300 people | ABOUT | 300 | - | -",
        "approximately 45 people | ABOUT | 45 | - | -",
        "roughly 1.9 million people | ABOUT | 1900000 | - | -",
        "an estimated 1.7 million people | ABOUT | 1700000 | - | -",
        "100 or so people | ABOUT | 100 | - | -",
        "100-odd people | ABOUT | 100 | - | -",
        "nearly 200 people | NEARLY | 200 | - | 200",
        "almost 80 people | NEARLY | 80 | - | 80",
        "close to 1,000 people | NEARLY | 1000 | - | 1000",
        "up to 30 people | UP_TO | 30 | - | 30",
        "as many as 50 people | UP_TO | 50 | - | 50",
        "fewer than 10 people | UP_TO | - | - | 10",
        "less than 20 trucks | UP_TO | - | - | 20",
    })
    void readsQualifiersWithDocumentedBounds(String text, Qualifier qualifier, Long value, Long low, Long high) {
        Quantity q = single(text);
        assertEquals(new Quantity(value, low, high, qualifier), q);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "between 20 and 30 people | 20 | 30",
        "20 to 30 people | 20 | 30",
        "20-30 people | 20 | 30",
        "20 - 30 people | 20 | 30",
        "two or three people | 2 | 3",
        "1.5 to 2 million people | 1500000 | 2000000",
        "about 20 to 30 people | 20 | 30",
    })
    void readsRangesConservatively(String text, long low, long high) {
        assertEquals(new Quantity(low, low, high, Qualifier.RANGE), single(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dozens of people | DOZENS | 12",
        "Dozens feared dead | DOZENS | 12",
        "tens of people | DOZENS | 10",
        "scores of people | DOZENS | 20",
        "several dozen people | DOZENS | 36",
        "hundreds of people | HUNDREDS | 100",
        "several hundred people | HUNDREDS | 300",
        "a few hundred people | HUNDREDS | 200",
        "thousands of people | THOUSANDS | 1000",
        "a few thousand people | THOUSANDS | 2000",
        "tens of thousands of people | THOUSANDS | 10000",
        "hundreds of thousands of people | THOUSANDS | 100000",
        "many thousands of people | THOUSANDS | 1000",
        "millions of people | THOUSANDS | 1000000",
        "several people | SEVERAL | 3",
    })
    void readsVagueWordsWithTheConventionTable(String text, Qualifier qualifier, long value) {
        assertEquals(new Quantity(value, value, null, qualifier), single(text));
    }

    @Test
    void explicitQualifierBeforeVagueWordKeepsTheVagueValue() {
        assertEquals(new Quantity(12L, 12L, null, Qualifier.AT_LEAST), single("at least dozens of people"));
        assertEquals(new Quantity(12L, 12L, null, Qualifier.MORE_THAN), single("more than a dozen people"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$40 million | USD | 40000000",
        "US$5 million | USD | 5000000",
        "\u20ac25m | EUR | 25000000",
        "\u00a330 million | GBP | 30000000",
        "$1.2bn | USD | 1200000000",
    })
    void readsMoney(String text, String currency, long value) {
        List<NumberPhrase> found = candidates(text);
        assertEquals(1, found.size());
        assertEquals(currency, found.get(0).currency());
        assertEquals(value, found.get(0).quantity().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On December 2 the strikes resumed | date",
        "On 2 December the strikes resumed | date",
        "On Dec. 2 the strikes resumed | date",
        "the pause began on November 24 | date",
        "In 2014 the war lasted weeks | year",
        "at 12:28 p.m. ET | time",
        "at 9 a.m. local time | time",
        "Updated 0504 GMT | time",
        "the 7th day | ordinal",
        "in the 1990s | decade",
        "15% of buildings | percent",
        "40 percent of homes | percent",
        "women aged 20 | age",
        "a 12-year-old boy | compound",
        "a seven-day pause | compound",
        "the 48-hour truce | compound",
        "released for every 10 hostages | rate",
        "Resolution 2334 says | identifier",
        "a 7.8 magnitude quake | fraction",
        "a 5km walk | unit",
        "no one was hurt | idiom",
        "they hugged one another | idiom",
    })
    void rejectsNonFigures(String text, String reason) {
        List<NumberPhrase> all = QuantityReader.read(Tokenizer.tokenize(text, 0, text.length()));
        assertTrue(all.stream().anyMatch(p -> reason.equals(p.rejection())),
                () -> "expected a number rejected as " + reason + " in <" + text + ">: " + all);
        assertTrue(all.stream().filter(p -> p.form() != NumberPhrase.Form.INDEFINITE).noneMatch(NumberPhrase::candidate),
                () -> "no figure expected in <" + text + ">: " + all);
    }

    @Test
    void ageRangeIsOneRejectedNumber() {
        String text = "women between the approximate ages of 20 to 30";
        List<NumberPhrase> all = QuantityReader.read(Tokenizer.tokenize(text, 0, text.length()));
        assertEquals(1, all.size());
        assertEquals("age", all.get(0).rejection());
    }

    @Test
    void aChangeFromOneValueToAnotherKeepsOnlyTheNewValue() {
        List<NumberPhrase> found = candidates("the toll rose from 150 to 178");
        assertEquals(1, found.size());
        assertEquals(178L, found.get(0).quantity().value());
        assertEquals(Qualifier.EXACT, found.get(0).quantity().qualifier());
    }

    @Test
    void overAndAboutAfterVerbsAreNotQualifiers() {
        assertEquals(Qualifier.EXACT, single("Hamas handed over 30 hostages").qualifier());
        assertEquals(Qualifier.EXACT, single("information about 30 hostages").qualifier());
    }

    @Test
    void indefiniteArticleIsOneOnlyWhenNothingNumericFollows() {
        List<NumberPhrase> found = candidates("a Hezbollah fighter");
        assertEquals(NumberPhrase.Form.INDEFINITE, found.get(0).form());
        assertEquals(1L, found.get(0).quantity().value());
        assertEquals(200L, single("a further 200 trucks").value());
        assertTrue(candidates("a number of women").isEmpty());
        assertTrue(candidates("a total of").isEmpty());
    }

    @Test
    void numericParsesSeparatorsAndDecimals() {
        assertEquals(1200.0, QuantityReader.numeric("1,200"));
        assertEquals(1.7, QuantityReader.numeric("1.7"), 1e-9);
        assertTrue(Double.isNaN(QuantityReader.numeric("12a")));
        assertNull(single("fewer than 10 people").value());
    }
}
