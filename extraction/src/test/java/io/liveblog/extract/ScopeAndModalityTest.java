package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope and modality; the test posts are published on 2 December 2023. */
class ScopeAndModalityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "More than 15,000 Palestinians have been killed since the war began. | CUMULATIVE",
        "At least 178 people have been killed since fighting resumed on Friday. | CUMULATIVE",
        "So far, 1,200 trucks of aid have entered the strip. | CUMULATIVE",
        "In total, 105 people have been detained. | CUMULATIVE",
        "A total of 2,000 aid trucks have crossed since October 21. | CUMULATIVE",
        "The death toll rises to 15,207. | CUMULATIVE",
        "More than 100 hostages are still held in Gaza. | CUMULATIVE",
        "About 137 hostages remain in captivity. | CUMULATIVE",
        "Hamas is holding 137 hostages. | CUMULATIVE",
        "Some 1.8 million people have been displaced in the war. | CUMULATIVE",
        "Since October 7, more than 15,000 Palestinians have been killed. | CUMULATIVE",
        "Twelve people were killed in a strike on a school in Khan Younis on Saturday. | INCREMENTAL",
        "At least 30 people were killed overnight in Rafah. | INCREMENTAL",
        "Authorities have evacuated 420 residents from border villages in the Sumy region this week. | INCREMENTAL",
        "About 420 residents had been evacuated from villages near the border this week. | INCREMENTAL",
        "Between February 2022 and October 2023, the mission recorded 9,800 civilians injured. | CUMULATIVE",
        "From 10 to 20 November, 300 trucks entered Gaza. | INCREMENTAL",
        "Between January and March, 137 people were killed in the province. | INCREMENTAL",
        "In all, 120 trucks entered the strip Monday through Kerem Shalom and Rafah, COGAT said. | INCREMENTAL",
        "In all, 1,200 trucks have entered the strip since Monday. | CUMULATIVE",
        "US cargo planes dropped more than 38,000 meals over Gaza on Saturday, the first American airdrop of the war. | INCREMENTAL",
        "More than 15,000 people have been killed over the course of the war. | CUMULATIVE",
        "Fifty-five aid trucks entered Gaza through the Rafah crossing on Saturday. | INCREMENTAL",
        "Israel says the October 7 attack left more than 1,200 Israelis dead. | BACKGROUND",
        "In 2014, more than 2,200 Palestinians were killed in a 50-day war. | BACKGROUND",
        "Last month, 500 people were killed in a blast at a hospital. | BACKGROUND",
        "On November 15, 30 trucks of fuel entered the strip. | BACKGROUND",
        "Hamas's attack on October 7, when 240 people were taken hostage, started the war. | BACKGROUND",
        "Remember: The 2021 conflict killed 260 people in Gaza. | BACKGROUND",
        "A convoy of 11 aid trucks reached Gaza City for the first time since the war began. | INCREMENTAL",
        "Nine trucks of tents crossed into Hatay on Friday, the first relief to reach the valley since the quake. | INCREMENTAL",
        "The first camp in Hatay registered 4,000 displaced people since the quake. | CUMULATIVE",
        "It was the deadliest quake since 1960, when an earthquake near Agadir killed at least 12,000 people. | BACKGROUND",
        "Seventeen trucks loaded with food crossed into Gaza from Egypt on Tuesday, the first UN aid to come from Egypt since Israel's government closed the border crossing in February. | INCREMENTAL",
        "The new money comes on top of the €82 million already allocated for humanitarian aid this year. | BACKGROUND",
        "Two years ago this week, a missile struck the stadium in Kharkiv, killing close to 300 people. | BACKGROUND",
        "It is two years on Saturday since the November 14 cyclone, which killed at least 2,500 people. | BACKGROUND",
        "Ireland has announced an additional €20 million in humanitarian aid for Sudan, its second increase since the war began. | INCREMENTAL",
        "Thirty trucks carrying flour, rice and water crossed into the strip on Sunday, the first aid to arrive since the army imposed a total blockade three weeks ago. | INCREMENTAL",
    })
    void readsScope(String sentence, Scope scope) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(1, claims.size(), () -> Posts.describe(claims));
        assertEquals(scope, claims.get(0).scope(), () -> claims.get(0).toString());
    }

    @Test
    void aNewPledgeBesideAnExistingGrantStaysTheDaysNews() {
        List<ExtractedClaim> claims = Posts.claims("The EU pledged €68 million in humanitarian aid on Monday, on top "
                + "of the €82 million it had already allocated this year.");
        assertEquals(2, claims.size(), () -> Posts.describe(claims));
        assertEquals(Scope.INCREMENTAL, claims.get(0).scope(), () -> claims.get(0).toString());
        assertEquals(Scope.BACKGROUND, claims.get(1).scope(), () -> claims.get(1).toString());
    }

    @Test
    void backgroundLabelCoversTheWholeParagraphOnly() {
        List<ExtractedClaim> claims = Posts.claims(
                "Some background: The war began when Hamas killed 1,200 people. Hamas took 240 hostages.\n\n"
                        + "On Saturday, 20 people were killed in Rafah.");
        assertEquals(List.of(Scope.BACKGROUND, Scope.BACKGROUND, Scope.INCREMENTAL),
                claims.stream().map(ExtractedClaim::scope).toList());
    }

    @Test
    void anAppendedFigureSharesTheScopeOfTheFigureItIsAppendedTo() {
        List<ExtractedClaim> claims = Posts.claims(
                "The ministry said the overall death toll had reached 15,899, with 42,000 wounded.");
        assertEquals(List.of(Scope.CUMULATIVE, Scope.CUMULATIVE), claims.stream().map(ExtractedClaim::scope).toList());
        List<ExtractedClaim> seedLike = Posts.claims("The ministry said at least 178 people have been killed, "
                + "with hundreds more wounded, since Israel resumed military operations.");
        assertEquals(List.of(Scope.CUMULATIVE, Scope.CUMULATIVE), seedLike.stream().map(ExtractedClaim::scope).toList());
        List<ExtractedClaim> along = Posts.claims("More than 2,000 aid trucks have entered Gaza since the crossing "
                + "reopened, along with 7 trucks of fuel.");
        assertEquals(List.of(Scope.CUMULATIVE, Scope.CUMULATIVE), along.stream().map(ExtractedClaim::scope).toList());
    }

    @Test
    void anAddedStatementSharesTheScopeOfTheToll() {
        List<ExtractedClaim> claims = Posts.claims("The death toll has risen to 15,500 since October 7, the ministry "
                + "said, adding that at least 41,000 people have been wounded.");
        assertEquals(List.of(Scope.CUMULATIVE, Scope.CUMULATIVE), claims.stream().map(ExtractedClaim::scope).toList());
    }

    @Test
    void recentDatesAreNotBackground() {
        assertEquals(Scope.INCREMENTAL, Posts.only("On November 30, 12 people were killed in Rafah.").scope());
        assertEquals(Scope.BACKGROUND, Posts.only("On November 20, 12 people were killed in Rafah.").scope());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thirteen relief flights are expected to land in El Arish on Friday. | PLANNED",
        "About 200 aid trucks are set to enter Gaza on Sunday. | PLANNED",
        "Fifty aid trucks will enter the strip during the truce. | PLANNED",
        "Twenty trucks of fuel are due to arrive on Monday. | PLANNED",
        "Dozens are feared dead after the strike. | PROJECTED",
        "Up to 500,000 people may be homeless by the end of the month. | PROJECTED",
        "The death toll could rise to 20,000, officials warned. | PROJECTED",
        "An estimated 300 people could be trapped under the rubble. | PROJECTED",
        "At least 40 people are believed to be dead. | PROJECTED",
        "At least 40 people were killed, though the figure could not be independently verified. | REPORTED",
        "Twelve people were killed in the strike. | REPORTED",
        "Thirty people are missing and feared dead. | REPORTED",
        "Aid: 200 trucks and 4 fuel tankers due to enter Gaza today | PLANNED",
        "The UAE said it had sent 250 tonnes of aid by air and would fund a field hospital. | REPORTED",
        "Deliveries were delayed due to the fighting, and 30 aid trucks entered on Sunday. | REPORTED",
        "Fifty-five aid trucks entered Gaza on Saturday. | REPORTED",
        "At least 45 migrants are believed to have died when their boat sank. | PROJECTED",
        "Dozens of people are believed buried under the rubble in the village. | PROJECTED",
        "Several people were still believed to be under the rubble. | PROJECTED",
        "Two tankers of diesel are expected next week. | PLANNED",
        "Up to 1,000 deaths are expected in the coming days. | PROJECTED",
        "Egypt said about 3,000 tonnes of aid are waiting near the Rafah crossing. | PLANNED",
        "A convoy of five trucks with shelter materials was on its way to the city. | PLANNED",
        "Families of 137 hostages fear for loved ones as war resumes | REPORTED",
        "Japan says it will give a further $65m in humanitarian assistance for people in Gaza. | REPORTED",
        "Britain will send 30 tonnes of medical supplies to Gaza next week. | PLANNED",
        "Forty people were killed, and residents fear more strikes. | REPORTED",
    })
    void readsModality(String sentence, Modality modality) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(modality, claims.get(claims.size() - 1).modality(), () -> Posts.describe(claims));
    }

    @Test
    void modalityIsReadInTheFiguresOwnClause() {
        List<ExtractedClaim> claims = Posts.claims(
                "With more than 100 hostages still in captivity, the truce could be revived.");
        assertEquals(Modality.REPORTED, claims.get(0).modality());
    }

    @Test
    void headlineFeared() {
        ExtractedClaim c = Posts.claims("Dozens feared dead after strike destroys building in Jabalya", "").get(0);
        assertEquals(Modality.PROJECTED, c.modality());
        assertEquals(Metric.KILLED, c.metric());
        assertEquals(new Quantity(12L, 12L, null, Qualifier.DOZENS), c.quantity());
    }
}
