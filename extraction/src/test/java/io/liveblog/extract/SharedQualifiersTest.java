package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lower bound distributes over the numbers listed after it under one verb (gold/README.md). */
class SharedQualifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At least 502 were detained in Moscow and 524 in St. Petersburg, the monitor said. | at_least 502, at_least 524",
        "Since October, at least 23 civilians and 17 soldiers have been killed in the north. | at_least 23, at_least 17",
        "FEMA said it had delivered more than 50,000 meals, 75,000 litres of water, 5,000 cots and 10,000 blankets. "
                + "| more_than 50000, more_than 75000, more_than 5000, more_than 10000",
        // a verb of its own: the second number is what it says
        "The quake struck at night, killing at least 632 people and injuring 329. | at_least 632, exact 329",
        "Strikes killed at least 12 people in Kharkiv, while shelling killed three in Sumy. | at_least 12, exact 3",
        // another metric without a verb of its own is not read as one list
        "At least 10 people were killed and 20 injured. | at_least 10, exact 20",
        // an exact first number has nothing to distribute
        "Some 40 trucks of food and 12 tankers of fuel entered on Friday. | about 40, exact 12",
    })
    void aLowerBoundCarriesOverTheNumbersListedAfterIt(String body, String expected) {
        List<String> got = Posts.claims(body).stream()
                .map(c -> c.quantity().qualifier().wireName() + " " + c.quantity().value()).toList();
        assertEquals(List.of(expected.split(", ")), got, () -> Posts.describe(Posts.claims(body)));
    }
}
