package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void splitsOnTerminalPunctuation() {
        assertEquals(List.of("Strikes hit Rafah.", "Twelve people died!", "Who fired?"),
                sentences("Strikes hit Rafah. Twelve people died! Who fired?"));
    }

    @Test
    void respectsTitleAndMonthAbbreviations() {
        assertEquals(List.of("Dr. Youssef Al-Akkad said St. George's church and Gen. Smith met on Dec. 2 in Gaza."),
                sentences("Dr. Youssef Al-Akkad said St. George's church and Gen. Smith met on Dec. 2 in Gaza."));
    }

    @Test
    void dottedAbbreviationsEndASentenceOnlyBeforeATypicalOpener() {
        assertEquals(List.of("The blast came at 9 a.m. Friday, officials said."),
                sentences("The blast came at 9 a.m. Friday, officials said."));
        assertEquals(List.of("The convoy left at 9 a.m.", "The crossing opened later."),
                sentences("The convoy left at 9 a.m. The crossing opened later."));
        assertEquals(List.of("The U.S. State Department said aid would follow."),
                sentences("The U.S. State Department said aid would follow."));
    }

    @Test
    void keepsAQuotationWithItsAttribution() {
        String text = "\u201cThe wounded are lying on the floor. We have no beds,\u201d the director said. Aid arrived.";
        assertEquals(List.of("\u201cThe wounded are lying on the floor. We have no beds,\u201d the director said.",
                "Aid arrived."), sentences(text));
    }

    @Test
    void aClosingQuoteEndsASentence() {
        assertEquals(List.of("He said: \u201cIt is over.\u201d", "Then he left."),
                sentences("He said: \u201cIt is over.\u201d Then he left."));
    }

    @Test
    void paragraphsAndLinesAreBoundaries() {
        String text = "Remember: the truce ended\n\nTwelve people died\nin Rafah on Friday.\nAid arrived";
        List<SentenceSplitter.Sentence> split = SentenceSplitter.split(text);
        assertEquals(List.of("Remember: the truce ended", "Twelve people died\nin Rafah on Friday.", "Aid arrived"),
                split.stream().map(s -> s.textIn(text)).toList());
        assertEquals(List.of(0, 1, 2), split.stream().map(SentenceSplitter.Sentence::paragraph).toList());
    }

    @Test
    void decimalsAndInitialsDoNotSplit() {
        assertEquals(List.of("About 1.7 million people fled, J. Smith wrote."),
                sentences("About 1.7 million people fled, J. Smith wrote."));
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotSplit() {
        assertEquals(List.of("The toll rose to 20 vs. 12 yesterday."), sentences("The toll rose to 20 vs. 12 yesterday."));
    }

    @Test
    void trimsAndSkipsBlankText() {
        assertEquals(List.of(), sentences("  \n\n  "));
        assertEquals(List.of("One."), sentences("  One.  "));
    }
}
