package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At least 27 people were killed in an airstrike on a residential building in Khan Younis. | KILLED | 27 | AT_LEAST",
        "Three Israeli soldiers died in clashes near the border on Sunday. | KILLED | 3 | EXACT",
        "The strike killed 14 members of one family, rescuers said. | KILLED | 14 | EXACT",
        "Eight people lost their lives when the building collapsed. | KILLED | 8 | EXACT",
        "Eleven people are in custody, the investigators said. | ARRESTED | 11 | EXACT",
        "Six port workers were believed to be buried under the collapsed warehouse. | MISSING | 6 | EXACT",
        "The bodies of 30 people were recovered from the rubble of the mosque. | KILLED | 30 | EXACT",
        "The group confirmed the killing of its three commanders in the strike. | KILLED | 3 | EXACT",
        "A court ordered the arrest of its three guards on Monday. | ARRESTED | 3 | EXACT",
        "Rescuers were still searching for at least 10 people after the landslide. | MISSING | 10 | AT_LEAST",
        "Nearly 200 people have died in the earthquake, officials said. | KILLED | 200 | NEARLY",
        "Some 40 Palestinians were shot dead during the raid. | KILLED | 40 | ABOUT",
        "The explosion left 12 dead, the civil defense said. | KILLED | 12 | EXACT",
        "At least 11 UNRWA staff members have been killed, the agency said. | KILLED | 11 | AT_LEAST",
        "Israeli shelling killed at least nine people in Rafah. | KILLED | 9 | AT_LEAST",
        "Fifty-two bodies were brought to Nasser Hospital overnight. | KILLED | 52 | EXACT",
        "More than 1,200 Israelis were killed. | KILLED | 1200 | MORE_THAN",
        "Dozens of people were wounded when the shell hit a school. | INJURED | 12 | DOZENS",
        "More than 100 people were hurt in the blast. | INJURED | 100 | MORE_THAN",
        "Between 20 and 30 people were injured in the stampede. | INJURED | 20 | RANGE",
        "Doctors treated 45 injured people at the field hospital. | INJURED | 45 | EXACT",
        "More than 6,000 people remain missing. | MISSING | 6000 | MORE_THAN",
        "Twelve people are still unaccounted for after the blast. | MISSING | 12 | EXACT",
        "About 20 people are believed to be trapped under the rubble. | MISSING | 20 | ABOUT",
        "Hamas is still holding 137 hostages in Gaza, Israeli officials said. | HOSTAGES | 137 | EXACT",
        "Hamas took 240 people hostage during its assault. | HOSTAGES | 240 | EXACT",
        // captives not yet freed, people moved out of harm's way, people treated for burns, a hedged death
        "The army said at least 14 villagers are still being held by the gunmen. | HOSTAGES | 14 | AT_LEAST",
        "About 9,000 people have been moved to evacuation centres in the district. | DISPLACED | 9000 | ABOUT",
        "Some 30,000 residents were moved to cyclone shelters before landfall. | DISPLACED | 30000 | ABOUT",
        "Nineteen people were treated for burns at the district hospital. | INJURED | 19 | EXACT",
        // people staying in shelters counted in the same words: the shelters' count is no figure
        "UNRWA said 600,000 people were staying in its 90 shelters in the south. | DISPLACED | 600000 | EXACT",
        "About 40,000 people were moved to 1,200 flood shelters before the river broke its banks. | DISPLACED | 40000 | ABOUT",
        "Officials said 320 people spent the night in four school shelters. | DISPLACED | 320 | EXACT",
        "Camps in Erbil Governorate shelter about 9,600 people. | DISPLACED | 9600 | ABOUT",
        "A fisherman is said to have drowned when his boat capsized, residents said. | KILLED | 1 | EXACT",
        // captives still held after others came home are hostages, whatever verb the clause before uses
        "Officials said 30 pupils had escaped and returned home, leaving 140 still held. | HOSTAGES | 140 | EXACT",
        "Israel says 137 hostages remain after 105 were released. | HOSTAGES | 137 | EXACT",
        "Gunmen abducted 30 villagers from the market. | HOSTAGES | 30 | EXACT",
        "Roughly 1.7 million people have been displaced across the enclave. | DISPLACED | 1700000 | ABOUT",
        "Some 300 residents fled the neighborhood overnight. | DISPLACED | 300 | ABOUT",
        "Tens of thousands of Palestinians have fled to the south. | DISPLACED | 10000 | THOUSANDS",
        "The floods left 5,000 people homeless. | DISPLACED | 5000 | EXACT",
        "UNRWA is sheltering 1.2 million people in its schools. | DISPLACED | 1200000 | EXACT",
        "Israeli forces arrested 25 Palestinians in overnight raids. | ARRESTED | 25 | EXACT",
        "Hundreds of people have been detained since the start of the operation. | ARRESTED | 100 | HUNDREDS",
        "Police said 18 protesters were taken into custody. | ARRESTED | 18 | EXACT",
        "The death toll has risen to 15,207, officials said. | KILLED | 15207 | EXACT",
        "The death toll in Gaza has surpassed 15,000. | KILLED | 15000 | MORE_THAN",
        "The number of people killed in the quake has climbed to 2,100. | KILLED | 2100 | EXACT",
        "Deaths now stand at 350, the ministry said. | KILLED | 350 | EXACT",
        "A Palestinian man was shot dead in Jenin. | KILLED | 1 | EXACT",
        "An Israeli soldier was seriously wounded in the fighting. | INJURED | 1 | EXACT",
        "A 16-year-old boy was killed during the raid. | KILLED | 1 | EXACT",
        "The army said it killed a Hamas commander in the strike. | KILLED | 1 | EXACT",
        "Hezbollah said one of its fighters was killed. | KILLED | 1 | EXACT",
        "Scores of civilians were killed in the market bombing. | KILLED | 20 | DOZENS",
        "Several people were injured. | INJURED | 3 | SEVERAL",
        "As many as 50 people may have died. | KILLED | 50 | UP_TO",
        "The raid left 30 people wounded. | INJURED | 30 | EXACT",
        "At least 100 others had been brought to the hospital dead. | KILLED | 100 | AT_LEAST",
        "About 1,000 people were left homeless by the floods. | DISPLACED | 1000 | ABOUT",
        "Morocco earthquake toll passes 2,800 | KILLED | 2800 | MORE_THAN",
        "The number of people killed in the earthquake that struck the mountains late on Friday has risen to 2,862. | KILLED | 2862 | EXACT",
        "The number of people who have fled to Chad has risen to 389,000, the UN said. | DISPLACED | 389000 | EXACT",
        "OCHA estimates that 400,000 people have arrived in Tawila since April 11. | DISPLACED | 400000 | EXACT",
        "The number of people killed when a strike hit the church compound on Thursday night has "
                + "risen to 18. | KILLED | 18 | EXACT",
        "The number of Rohingyas who have fled to Bangladesh since violence erupted in Myanmar's "
                + "Rakhine State on August 25 has reached 389,000. | DISPLACED | 389000 | EXACT",
        "Troops arrested 18 suspects across the West Bank overnight. | ARRESTED | 18 | EXACT",
        "Five people are in critical condition. | INJURED | 5 | EXACT",
        "1 killed in Tel Aviv stabbing | KILLED | 1 | EXACT",
        "Raids continued, bringing the number of arrests since October 7 to more than 3,000. | ARRESTED | 3000 | MORE_THAN",
        "The UN says 1.9 million people in Gaza, around 85% of the population, have been forced from their homes. | DISPLACED | 1900000 | EXACT",
    })
    void readsOneCasualtyFigure(String sentence, Metric metric, long value, Qualifier qualifier) {
        ExtractedClaim c = Posts.onlyFigure(sentence, metric, value);
        assertEquals(qualifier, c.quantity().qualifier(), c::toString);
    }

    @Test
    void readsTwoFiguresOfOneIncident() {
        List<ExtractedClaim> claims = Posts.claims("Israeli strikes killed at least 9 people and wounded 40 others.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.KILLED, claims.get(0).metric());
        assertEquals(9L, claims.get(0).quantity().value());
        assertEquals(Metric.INJURED, claims.get(1).metric());
        assertEquals(40L, claims.get(1).quantity().value());
    }

    @Test
    void readsElidedNounsAfterAConjunction() {
        List<ExtractedClaim> claims = Posts.claims(
                "The ministry said at least 178 people have been killed, with hundreds more wounded.");
        assertEquals(List.of(Metric.KILLED, Metric.INJURED), claims.stream().map(ExtractedClaim::metric).toList());
        assertEquals(new Quantity(100L, 100L, null, Qualifier.HUNDREDS), claims.get(1).quantity());

        List<ExtractedClaim> pair = Posts.claims("The attack left 12 dead and 30 wounded.");
        assertEquals(List.of(Metric.KILLED, Metric.INJURED), pair.stream().map(ExtractedClaim::metric).toList());

        List<ExtractedClaim> hostages = Posts.claims(
                "The raid left more than 1,200 Israelis dead and saw another 240 taken hostage.");
        assertEquals(List.of(Metric.KILLED, Metric.HOSTAGES), hostages.stream().map(ExtractedClaim::metric).toList());
        assertEquals(240L, hostages.get(1).quantity().value());
    }

    @Test
    void partitiveBaseIsNotAFigure() {
        ExtractedClaim c = Posts.only("About 1.7 million of Gaza's 2.2 million people have been displaced.");
        assertEquals(Metric.DISPLACED, c.metric());
        assertEquals(1_700_000L, c.quantity().value());
    }

    @Test
    void parentheticalBetweenNounAndVerbIsSkipped() {
        ExtractedClaim c = Posts.only("Some 1.9 million people \u2014 about 85% of the population \u2014 have been displaced.");
        assertEquals(Metric.DISPLACED, c.metric());
        ExtractedClaim d = Posts.only("At least 50 people, most of them women, were killed in the strike.");
        assertEquals(Metric.KILLED, d.metric());
        assertEquals(50L, d.quantity().value());
    }

    @Test
    void hostagesKilledCountAsKilled() {
        assertEquals(Metric.KILLED, Posts.only("Three hostages were killed in the crossfire.").metric());
    }

    @Test
    void peopleInCountedPlacesWithoutAVerbOfStayingAreNoDisplacement() {
        Posts.none("Some 3,000 children were in 12 schools when the quake struck.");
    }

    @Test
    void subsetsAreNotSeparateFigures() {
        assertEquals(50L, Posts.only("At least 50 people were killed, including 12 children.").quantity().value());
        assertEquals(30L, Posts.only("Israeli strikes killed 30 people, among them 3 journalists.").quantity().value());
        assertEquals(11L, Posts.only("Eleven people died, five of them children.").quantity().value());
        assertEquals(22L, Posts.only("The strike killed 22 people, of whom nine were women.").quantity().value());
        Posts.none("Among the dead were four journalists.");
        Posts.none("Eight of the dead were children.");
        assertEquals(3L, Posts.only("Three people \u2013 two women and a child \u2013 were killed in the strike.")
                .quantity().value());
        Posts.none("Four aid workers were among those killed.");
        Posts.none("A Reuters journalist is among the civilians to have been killed near the border.");
    }

    @Test
    void medicalEvacuationsAreNoFigure() {
        Posts.none("Egypt evacuated about 300 wounded Palestinians through the crossing.");
        Posts.none("Israel evacuated 7,000 foreign nationals from the strip.");
        assertEquals(Metric.DISPLACED, Posts.only("Authorities evacuated 5,000 residents from the coast.").metric());
    }

    @Test
    void ambiguousCasualtyTotalsAreSkipped() {
        Posts.none("More than 120 people were killed or injured in the attack.");
        Posts.none("The hospital received 80 casualties overnight.");
    }

    @Test
    void theAgentOfAnActiveVerbIsNoVictim() {
        ExtractedClaim c = Posts.only("Two gunmen killed three people at the checkpoint.");
        assertEquals(3L, c.quantity().value());
        assertEquals(Metric.KILLED, c.metric());
    }

    @Test
    void indefiniteArticleNeedsASingularPersonAndACasualtyVerb() {
        Posts.none("A strike hit the building on Saturday.");
        Posts.none("A woman and her children were killed in the strike.");
        Posts.none("A doctor at the hospital said the situation was dire.");
        Posts.none("A spokesman for the ministry told CNN there was no fuel.");
    }

    @Test
    void totalBroughtToInheritsThePreviousMetric() {
        List<ExtractedClaim> claims = Posts.claims(
                "Another 12 people were killed on Sunday, bringing the total to 178.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.KILLED, claims.get(1).metric());
        assertEquals(178L, claims.get(1).quantity().value());
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The military said two of its soldiers had been killed in the north, bringing its losses since the start of the ground operation to 78. | 78",
        // a toll for two countries is a toll too: the number that counts the countries stands between toll and value
        "Four people drowned in Malawi on Monday, bringing the toll in the two countries to at least 41, officials said. | 41",
    })
    void aRunningTotalAfterBringingIsAFigureOfItsOwn(String sentence, long total) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Scope.INCREMENTAL, claims.get(0).scope());
        assertEquals(Metric.KILLED, claims.get(1).metric());
        assertEquals(total, claims.get(1).quantity().value());
        assertEquals(Scope.CUMULATIVE, claims.get(1).scope());
    }

    @Test
    void aFamilyComplementBelongsToTheCountedNoun() {
        ExtractedClaim c = Posts.only("He said 12 members of one family were brought in dead.");
        assertEquals(12L, c.quantity().value());
        assertEquals(Metric.KILLED, c.metric());
    }

    @Test
    void populationsAreNotFigures() {
        Posts.none("The camp was home to more than 116,000 registered refugees before the war.");
        Posts.none("Gaza has a population of 2.2 million people, many of them displaced.");
    }

    @Test
    void countsOfPeopleBesideAFigureShareItsVerb() {
        List<ExtractedClaim> both = Posts.claims("At least 12 civilians and 9 police officers have been wounded "
                + "since Monday, the governor said.");
        assertEquals(List.of(12L, 9L), both.stream().map(c -> c.quantity().value()).toList());
        assertEquals(List.of(Metric.INJURED, Metric.INJURED), both.stream().map(ExtractedClaim::metric).toList());
        List<ExtractedClaim> along = Posts.claims("Some 40 fighters have been killed this month, along with at "
                + "least 6 civilians in the province.");
        assertEquals(List.of(40L, 6L), along.stream().map(c -> c.quantity().value()).toList());
        assertEquals(Metric.KILLED, along.get(1).metric());
        Posts.none("At least 12 civilians and 40 volunteers joined the clean-up on Monday.");
    }

    @Test
    void anArrivalWithoutAStartOrAFlightIsNoDisplacement() {
        Posts.none("Some 5,000 people arrived for the concert on Saturday.");
    }

    /** People who crossed a border or a river into another country fled there; a line into enemy lines is no flight. */
    @Test
    void peopleWhoCrossedAFrontierIntoACountryAreDisplaced() {
        Posts.onlyFigure("About 18,000 people crossed the Naf river into Teknaf on Monday.", Metric.DISPLACED,
                18_000);
        Posts.onlyFigure("More than 20,000 people crossed the border into Chad last week.", Metric.DISPLACED, 20_000);
        Posts.onlyFigure("Five soldiers crossed the line into enemy territory and were killed.", Metric.KILLED, 5);
    }

    @Test
    void peoplesCountedByNameArePeople() {
        Posts.onlyFigure("The bodies of at least 88 Rohingyas have been recovered from the river.", Metric.KILLED, 88);
    }

    /** "and hundreds more", naming nothing of its own, counts more of what the figure before it counts. */
    @Test
    void aVagueCountOfMoreCountsWhatTheFigureBeforeItCounts() {
        List<ExtractedClaim> shelters = Posts.claims("The Red Cross said 575 people spent Sunday night in five evacuation "
                + "shelters, and hundreds more are staying in hotels.");
        assertEquals(List.of(Metric.DISPLACED, Metric.DISPLACED),
                shelters.stream().map(ExtractedClaim::metric).toList(), () -> Posts.describe(shelters));
        assertEquals(Qualifier.HUNDREDS, shelters.get(1).quantity().qualifier());
        List<ExtractedClaim> trucks = Posts.claims("A convoy of 150 aid trucks was set to cross on Thursday, and "
                + "hundreds more were waiting in El Arish.");
        assertEquals(List.of(Metric.AID_TRUCKS, Metric.AID_TRUCKS),
                trucks.stream().map(ExtractedClaim::metric).toList(), () -> Posts.describe(trucks));
        // more of someone else is not more of them
        assertEquals(1, Posts.claims("The Red Cross said 575 people spent Sunday night in five evacuation shelters, "
                + "and hundreds more volunteers helped them.").size());
        // with a verb of its own it counts what that verb says
        List<ExtractedClaim> own = Posts.claims("Five people were killed, and dozens more were arrested.");
        assertEquals(List.of(Metric.KILLED, Metric.ARRESTED), own.stream().map(ExtractedClaim::metric).toList());
    }

    @Test
    void aVerbSharedByTwoNumbersCountsForBoth() {
        List<ExtractedClaim> claims = Posts.claims("Nine people were killed on Tuesday and 11 on Wednesday.");
        assertEquals(List.of(9L, 11L), claims.stream().map(c -> c.quantity().value()).toList());
        assertEquals(List.of(Metric.KILLED, Metric.KILLED), claims.stream().map(ExtractedClaim::metric).toList());
    }

    /** The metrics count people; a household is not one, and summed with people it would count as one. */
    @Test
    void householdsAreNotCountedAsPeople() {
        Posts.none("Some 500 families have been displaced by the fighting.");
        Posts.none("The agency distributed shelter kits to 700 households in the valley.");
        assertNull(Posts.only("Some 500 people have been displaced by the fighting.").unit());
        assertEquals(List.of(12L), Posts.claims("Twelve people were killed and some 300 families fled the village.")
                .stream().map(c -> c.quantity().value()).toList());
    }

    @Test
    void suspectsSoughtAreNoMissingPeople() {
        Posts.none("Police are searching for three suspects after the attack.");
    }
}
