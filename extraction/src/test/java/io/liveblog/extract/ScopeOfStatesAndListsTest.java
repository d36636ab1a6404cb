package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scope of stocks stated as states (aid handed out "to date", patients still in hospital, people in custody, goods
 * waiting), of figures listed under one predicate, of totals a "bringing ... to" clause names, and of a figure a
 * second speaker reports in an appended clause.
 */
class ScopeOfStatesAndListsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Iranian Red Crescent said it had pitched 2,100 tents near the city. | 2100 | CUMULATIVE",
        "The Russian Red Cross says it has helped more than 1,000 people. | 1000 | CUMULATIVE",
        "The Red Cross said it had given psychological support to more than 300 people. | 300 | CUMULATIVE",
        "Only 58 UN aid trucks have crossed into the northwest, according to the UN. | 58 | CUMULATIVE",
        "Murashko said 80 people remained in hospitals in Moscow. | 80 | CUMULATIVE",
        "The ministry said 121 people were being treated in hospitals. | 121 | CUMULATIVE",
        "Eleven people are in custody, the court said. | 11 | CUMULATIVE",
        "More than 3,500 tonnes of aid were waiting in warehouses in El Arish. | 3500 | CUMULATIVE",
        "Its teams had treated more than 170 wounded people at the scene of the blast. | 170 | INCREMENTAL",
        "Egypt has sent 20 trucks of food and medicine to the coast. | 20 | INCREMENTAL",
        "The air force has carried out more than 100 airdrops over the north, the army said. | 100 | CUMULATIVE",
        "The city was evacuated on Friday, adding to the more than 60,000 residents already moved out of the north. | 60000 | CUMULATIVE",
        "The camp received food on Monday, a fraction of the half a million sheltering there. | 500000 | CUMULATIVE",
        "About 150,000 displaced Iraqis, most of them Yazidis, are in camps across the region. | 150000 | CUMULATIVE",
        "The committee said the number of people killed at the hall had reached 115 and warned it would rise as rescuers cleared the collapsed roof. | 115 | CUMULATIVE",
        "The agency said its convoys reached 14,000 people with safe drinking water on Monday. | 14000 | INCREMENTAL",
        "The mission recorded the deaths of at least 10,582 civilians since the invasion. | 10582 | CUMULATIVE",
    })
    void readsAStockStatedAsAState(String sentence, long value, Scope scope) {
        ExtractedClaim c = figure(sentence, value);
        assertEquals(scope, c.scope(), c::toString);
    }

    @Test
    void figuresListedUnderOnePerfectShareItsScope() {
        List<ExtractedClaim> claims = Posts.claims("The Iranian Red Crescent said it had pitched 2,100 tents, handed "
                + "out more than 4,000 blankets, delivered 40 tonnes of food and 30,000 bottles of water, and served "
                + "hot meals to 25,000 people.");
        assertEquals(5, claims.size(), () -> Posts.describe(claims));
        claims.forEach(c -> assertEquals(Scope.CUMULATIVE, c.scope(), c::toString));
        List<ExtractedClaim> two = Posts.claims("The UN refugee agency said it had distributed 10,000 tents and "
                + "30,000 tarpaulins.");
        assertEquals(2, two.size(), () -> Posts.describe(two));
        two.forEach(c -> assertEquals(Scope.CUMULATIVE, c.scope(), c::toString));
    }

    @Test
    void aFigureWithItsOwnSubjectAfterAListIsNotAMemberOfIt() {
        List<ExtractedClaim> claims = Posts.claims("Medics said 12 people were killed in a strike on the market "
                + "on Monday, and 30 trucks with food later entered the city.");
        assertEquals(Scope.INCREMENTAL, figure(claims, 30).scope());
    }

    @Test
    void aBringingClauseNamesATotalInWordsOrMoney() {
        assertEquals(Scope.CUMULATIVE, figure("Japan gave a further $10 million, bringing its aid to $75 million.",
                75_000_000).scope());
        assertEquals(Scope.CUMULATIVE, figure("The court ordered the detention of three more suspects, bringing to "
                + "seven the number of suspects formally arrested.", 7).scope());
    }

    @Test
    void theTotalNewMoneyBringsAidToIsFundingToDate() {
        ExtractedClaim total = figure("Ireland announced a further €5 million in humanitarian aid for Sudan on "
                + "Tuesday, bringing its total since April to €20 million.", 20_000_000);
        assertEquals(Metric.FUNDING, total.metric(), total::toString);
        assertEquals(Scope.CUMULATIVE, total.scope(), total::toString);
        List<ExtractedClaim> costs = Posts.claims("The ministry said repairs to the port would cost $30 million, "
                + "bringing the total to $60 million.");
        assertTrue(costs.isEmpty(), () -> "money that is no aid stays out: " + Posts.describe(costs));
    }

    @Test
    void aSecondSpeakerInAnAppendedClauseReportsItsFigureAnew() {
        ExtractedClaim funding = figure("The foundation said it had handed out 12,000 food parcels in the camps, "
                + "and the European Union said it had released €2 million in humanitarian funding.", 2_000_000);
        assertEquals(Scope.INCREMENTAL, funding.scope(), funding::toString);
    }

    private static ExtractedClaim figure(String sentence, long value) {
        return figure(Posts.claims(sentence), value);
    }

    private static ExtractedClaim figure(List<ExtractedClaim> claims, long value) {
        return claims.stream().filter(c -> c.quantity().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + ": " + Posts.describe(claims)));
    }
}
