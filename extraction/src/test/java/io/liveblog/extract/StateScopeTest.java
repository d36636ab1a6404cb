package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A toll or stock stated as a state is a running total unless its clause ties it to one incident or period. */
class StateScopeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // perfect tense, no incident: where the count stands
        "At least 320 people have been killed in the province, officials said. | CUMULATIVE",
        "Rescuers said 64 villagers had died in the valley. | CUMULATIVE",
        "Some 40,000 residents have fled their homes in the north. | CUMULATIVE",
        "More than 900 men have been detained in the region, a rights group said. | CUMULATIVE",
        "Nearly 2.3 million people have now been displaced across the country. | CUMULATIVE",
        "The agency said it had distributed 8,000 tents in the district. | CUMULATIVE",
        "About 9,000 people have been moved to evacuation centres in the district. | CUMULATIVE",
        // a hedged present state: how many are under the mud as the post is written
        "At least 20 people are believed to be buried under the mud, officials said. | CUMULATIVE",
        // present states and stocks
        "Roughly 600,000 people are sheltering in schools in the south. | CUMULATIVE",
        "About 3,500 displaced people live in the stadium. | CUMULATIVE",
        "Around 70 miners are missing in the flooded shaft. | CUMULATIVE",
        "Some 1,400 people are feared dead in the coastal town. | CUMULATIVE",
        // the same verbs tied to one incident or period
        "At least 14 people have been killed in a strike on a market in Kherson. | INCREMENTAL",
        "Nine people have died when a bridge gave way near the border. | INCREMENTAL",
        "Twenty-two people have been wounded overnight in Odesa. | INCREMENTAL",
        "At least 40 people have been killed in the past 24 hours in Rafah. | INCREMENTAL",
        "Eleven people have been arrested on Friday in Jenin. | INCREMENTAL",
        "Six workers have been killed after a gas tank exploded at the depot. | INCREMENTAL",
        "Three children had been hurt by falling debris in the suburb. | INCREMENTAL",
        // simple past without a state is news of an event
        "Seventeen people were killed in Kharkiv. | INCREMENTAL",
    })
    void readsStatesAsRunningTotals(String sentence, Scope scope) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(1, claims.size(), () -> Posts.describe(claims));
        assertEquals(scope, claims.get(0).scope(), () -> claims.get(0).toString());
    }

    @Test
    void anIncrementBeforeBringingIsNewAndTheTotalAfterItIsCumulative() {
        List<ExtractedClaim> claims = Posts.claims("The army said three soldiers had been killed in northern Gaza, "
                + "bringing the number of troops killed in the ground operation to 81.");
        assertEquals(List.of(Scope.INCREMENTAL, Scope.CUMULATIVE),
                claims.stream().map(ExtractedClaim::scope).toList(), () -> Posts.describe(claims));
    }

    @Test
    void theStateMustBeTheFiguresOwnPredicate() {
        List<ExtractedClaim> claims = Posts.claims(
                "At least 26 people were killed and dozens more are missing after a ferry capsized on the lake.");
        assertEquals(List.of(Scope.INCREMENTAL, Scope.INCREMENTAL),
                claims.stream().map(ExtractedClaim::scope).toList(), () -> Posts.describe(claims));
    }
}
