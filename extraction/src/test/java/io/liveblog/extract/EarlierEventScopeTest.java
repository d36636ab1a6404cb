package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures of the past: told in a clause of an earlier event that the sentence's main event follows, or a count the
 * news has replaced, are background; a date that only completes a superlative ("the deadliest month since last
 * summer") does not make the figure old.
 */
class EarlierEventScopeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The strikes came a day after a drone hit an apartment building in Tel Aviv, killing one man. | 1 | BACKGROUND",
        "The navy hit 85 targets, in retaliation for a drone attack that killed three soldiers at the base. | 3 | BACKGROUND",
        "Five days after the first blaze broke out, 10,000 people have been evacuated from the coast. | 10000 | CUMULATIVE",
        "A strong earthquake struck Hatay on Monday evening, two weeks after the devastating quakes, killing three people. | 3 | INCREMENTAL",
        "Two months after the October 7 attack, in which militants killed about 1,200 people, the war goes on. | 1200 | BACKGROUND",
        "It is the deadliest attack since the 2004 Beslan school siege, in which 334 people were killed. | 334 | BACKGROUND",
        "Israeli strikes on Rafah, in which 12 people were killed, continued on Monday. | 12 | INCREMENTAL",
        "In Rafah, two days after the ceasefire ended, 50 people were killed in strikes. | 50 | INCREMENTAL",
        "February was the deadliest month for civilians since last summer, with 137 killed and 439 injured. | 137 | INCREMENTAL",
        "The 2010 floods, the worst on record until now, killed nearly 2,000 people. | 2000 | BACKGROUND",
        "The minister said 84 people were killed, lowering an earlier toll of 95. | 95 | BACKGROUND",
        "Officials said 31 people had died in Monday's landslide, revising the previous death toll of 40. | 31 | CUMULATIVE",
        "The ministry said 12 people were killed in the strike and 20 injured, up from an initial count of ten. | 20 | CUMULATIVE",
        // a replaced count of another name, or compared with "up from"/"down from", is the count before: a figure of
        // the metric it is compared with, as context
        "The toll stands at 57, the minister said, revising down an earlier count of 61. | 61 | BACKGROUND",
        "Gunmen abducted 120 villagers, the governor said, raising an initial count of more than 50. | 50 | BACKGROUND",
        "The death toll has risen to 93, the governor said, up from 71 a day earlier. | 71 | BACKGROUND",
        "The toll was revised to 820, down from the more than 1,000 officials gave on Sunday. | 1000 | BACKGROUND",
    })
    void aFigureOfTheEventASentenceLooksBackAtIsContext(String sentence, long value, Scope scope) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        ExtractedClaim c = claims.stream().filter(x -> x.quantity().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + ": " + Posts.describe(claims)));
        assertEquals(scope, c.scope(), c::toString);
    }
}
