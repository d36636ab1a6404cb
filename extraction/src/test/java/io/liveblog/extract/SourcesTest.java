package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At least 40 people were killed, the Hamas-run health ministry in Gaza said. | Gaza health ministry",
        "At least 40 people were killed, according to Gaza's health ministry. | Gaza health ministry",
        "The Palestinian Ministry of Health in Gaza said 40 people were killed. | Gaza health ministry",
        "The Hamas-run Ministry of Health in Gaza said at least 40 people have been killed. | Gaza health ministry",
        "Gaza's Ministry of Health says 40 people were killed overnight. | Gaza health ministry",
        "The IDF said 12 soldiers were wounded. | Israel Defense Forces",
        "The Israel Defense Forces said 12 soldiers were wounded. | Israel Defense Forces",
        "The Israeli military said 12 soldiers were wounded. | Israel Defense Forces",
        "An IDF spokesperson told reporters that 12 soldiers were wounded. | Israel Defense Forces",
        "UNRWA said 100 aid trucks entered on Sunday. | UNRWA",
        "The UN agency for Palestinian refugees said 100 aid trucks entered on Sunday. | UNRWA",
        "About 100 aid trucks entered on Sunday, according to the United Nations Relief and Works Agency. | UNRWA",
        "The Palestine Red Crescent Society said 3 paramedics were killed. | Palestine Red Crescent Society",
        "Two people were killed in the strike, Lebanese state media said. | Lebanese National News Agency",
        "PRCS said 3 paramedics were killed. | Palestine Red Crescent Society",
        "The Palestinian Red Crescent said 3 paramedics were killed. | Palestine Red Crescent Society",
        "Three paramedics were killed, said Mohammed Zaqout, a spokesman for the Gaza health ministry. | Gaza health ministry",
        "Three people were killed, per the UN humanitarian office. | OCHA",
        "The WHO said 50 trucks of medical supplies were blocked at the crossing. | WHO",
        "Lebanon's health ministry said three people were killed in Naqoura. | Lebanese health ministry",
        "Israel and Hezbollah traded fire, with Hezbollah saying one of its fighters was killed. | Hezbollah",
    })
    void normalisesAuthorities(String sentence, String source) {
        ExtractedClaim c = Posts.claims(sentence).get(0);
        assertEquals(source, c.source(), c::toString);
    }

    @Test
    void theAgencyIsTheAgencyTheSentenceNamedWhenNoAttributionDidBefore() {
        assertEquals("WFP", Posts.only("Twenty World Food Programme trucks entered Gaza through Rafah on Sunday, the "
                + "agency said.").source());
        // with no agency named, the word stays what it was; a ministry is no agency
        assertEquals("Agency", Posts.only("Twenty aid trucks entered Gaza through Rafah on Sunday, the agency said.")
                .source());
        assertEquals("Agency", Posts.only("Twenty aid trucks entered Gaza on Sunday with medicine the Gaza health "
                + "ministry requested, the agency said.").source());
    }

    @Test
    void aGiverNamedBeforeItsAidReportsItsOwnAct() {
        assertEquals("European Union", Posts.only("The European Union released €2 million in humanitarian aid for "
                + "Gaza on Monday.").source());
        // only aid: a name before a toll is no speaker
        assertEquals(null, Posts.only("The WFP convoy came under fire near Rafah and three drivers were killed.")
                .source());
    }

    @Test
    void namedPeopleGetANameAndRole() {
        ExtractedClaim c = Posts.only("Fadi Hamdan, a surgeon at Nasser Hospital, said 20 wounded people arrived overnight.");
        assertEquals("Fadi Hamdan (surgeon at Nasser Hospital)", c.source());
        ExtractedClaim d = Posts.only("More than 50 displaced people were sheltering in the school, local journalist Rami Saleh told CNN.");
        assertEquals("Rami Saleh (local journalist)", d.source());
    }

    @Test
    void pronounsAndGenericWordsResolveToTheLastExplicitSource() {
        List<ExtractedClaim> claims = Posts.claims(
                "The Hamas-run health ministry in Gaza said on Sunday that hospitals were full. It said 12 people were killed.\n\n"
                        + "The ministry added that 30 others were wounded.");
        assertEquals(2, claims.size());
        assertEquals("Gaza health ministry", claims.get(0).source());
        assertEquals("Gaza health ministry", claims.get(1).source());
    }

    @Test
    void aGenericWordResolvesToTheLastSourceOfItsKind() {
        List<ExtractedClaim> claims = Posts.claims("The Hamas-run health ministry in Gaza said 20 people were killed. "
                + "Around 2,000 displaced people are sheltering in the hospital, according to the WHO.\n\n"
                + "Four people died of hunger this week, the ministry said.");
        assertEquals(List.of("Gaza health ministry", "WHO", "Gaza health ministry"),
                claims.stream().map(ExtractedClaim::source).toList());
        assertEquals("Gaza health ministry",
                Posts.only("Twelve people were killed in Khan Younis, the ministry said.").source());
    }

    @Test
    void anAttributionInAClauseOfItsOwnDoesNotGovernTheFigureBeforeIt() {
        assertNull(Posts.only("US pledges $100m in aid as UN warns of famine").source());
        assertEquals("Joe Biden (President)", Posts.only("The United States will provide $100 million in "
                + "humanitarian assistance, President Joe Biden announced.").source());
        assertEquals("Committee to Protect Journalists",
                Posts.only("Nearly 70 journalists have been killed, the Committee to Protect Journalists said.").source());
        assertEquals("Reporters Without Borders", Posts.only("Nearly 70 journalists have been killed, "
                + "according to Reporters Without Borders.").source());
    }

    @Test
    void peopleAtAnInstitutionKeepTheWholePhrase() {
        assertEquals("Doctors at Nasser Hospital",
                Posts.only("Strikes killed at least 43 people, according to doctors at Nasser Hospital.").source());
    }

    @Test
    void descriptiveGroupsAreTheirOwnSource() {
        List<ExtractedClaim> claims = Posts.claims("The IDF said 3 soldiers were wounded. "
                + "Twelve people were killed in Rafah, medics said.");
        assertEquals(List.of("Israel Defense Forces", "Medics"), claims.stream().map(ExtractedClaim::source).toList());
    }

    @Test
    void aBarePronounWithNothingBeforeNamesNobody() {
        assertNull(Posts.only("He said 12 people were killed.").source());
        assertNull(Posts.only("Twelve people were killed in the strike.").source());
    }

    @Test
    void aBareHealthMinistryIsResolvedByThePlaceOfTheFigure() {
        assertEquals("Gaza health ministry", Posts.only("The health ministry said 12 people were killed in Khan Younis.").source());
        assertEquals("Lebanese health ministry",
                Posts.only("The health ministry said 3 people were killed in Tyre.").source());
        assertEquals("Palestinian health ministry", Posts.only("The health ministry said 3 people were killed in Jenin.").source());
    }

    @Test
    void theNearestAttributionWins() {
        List<ExtractedClaim> claims = Posts.claims("The IDF said 3 soldiers were wounded, while Hamas said 20 fighters were killed.");
        assertEquals("Israel Defense Forces", claims.get(0).source());
        assertEquals("Hamas", claims.get(1).source());
    }

    @Test
    void headlineAttribution() {
        List<ExtractedClaim> claims = Posts.claims("Strike kills 30 in Khan Younis, health ministry says", "");
        assertEquals(1, claims.size());
        assertEquals("Gaza health ministry", claims.get(0).source());
        assertEquals("headline", claims.get(0).field());
    }

    @Test
    void aHeadlineEndingWithADashCreditsTheNameAfterIt() {
        List<ExtractedClaim> claims = Posts.claims("At least 50 dead in Khan Younis strikes \u2013 health ministry",
                "Strikes left at least 50 people dead, according to the ministry's latest figures.");
        assertEquals(2, claims.size());
        assertEquals("Gaza health ministry", claims.get(0).source());
        assertEquals("Gaza health ministry", claims.get(1).source(), "the headline's credit resolves 'the ministry'");
    }

    @Test
    void aliasTableMatchesLongestAliasAndCaseSensitiveEntries() {
        SourceAliases aliases = SourceAliases.bundled();
        assertEquals(Optional.of("Gaza health ministry"),
                aliases.canonical(List.of("the", "Hamas-run", "Ministry", "of", "Health", "in", "Gaza")));
        assertEquals(Optional.of("WHO"), aliases.canonical(List.of("the", "WHO")));
        assertEquals(Optional.empty(), aliases.canonical(List.of("people", "who", "fled")));
        assertEquals(Optional.of("@health-ministry"), aliases.canonical(List.of("the", "health", "ministry")));
        assertEquals("Ministry of Health", aliases.resolveContextual("@health-ministry", List.of(), null));
    }

    @Test
    void aliasTableRejectsAnAliasGivenToTwoAuthorities() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceAliases.parse(List.of("A\tfoo|bar", "B\tbar")));
        assertTrue(e.getMessage().contains("bar"));
    }
}
