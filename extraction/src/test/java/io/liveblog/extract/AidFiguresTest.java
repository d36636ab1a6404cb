package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AidFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a load listed with commas is one mixed load; a comma that closes the load is no list
        "The ship unloaded 60 tonnes of rice, blankets and generators in Beira on Sunday. | RELIEF_SUPPLIES | 60 | EXACT | tonnes",
        "The ship unloaded 60 tonnes of rice, beans and flour in Beira on Sunday. | FOOD | 60 | EXACT | tonnes",
        "The ship unloaded 60 tonnes of rice, medical officials in Beira said on Sunday. | FOOD | 60 | EXACT | tonnes",
        // trucks someone tallies at the crossings, kits for health, people an agency feeds
        "Monitors have counted 380 trucks offloaded at the crossings since Friday. | AID_TRUCKS | 380 | EXACT | -",
        "WHO said it had delivered 25 emergency health kits to the hospital. | MEDICAL_SUPPLIES | 25 | EXACT | kits",
        "The World Food Programme, which feeds about 40,000 camp residents, warned of cuts. | PEOPLE_ASSISTED | 40000 | ABOUT | -",
        "Sixty aid trucks crossed into Gaza through Kerem Shalom on Monday. | AID_TRUCKS | 60 | EXACT | -",
        "Some 100 trucks loaded with food, water and medicine entered the strip. | AID_TRUCKS | 100 | ABOUT | -",
        "More than 200 humanitarian trucks are waiting at the border. | AID_TRUCKS | 200 | MORE_THAN | -",
        "The UN said 137 trucks of supplies were unloaded on Sunday. | AID_TRUCKS | 137 | EXACT | -",
        "Only 30 trucks entered Gaza on Tuesday through the crossing. | AID_TRUCKS | 30 | EXACT | -",
        "Eight trucks carrying fuel entered the enclave. | FUEL_TRUCKS | 8 | EXACT | -",
        "Two fuel tankers were allowed through the crossing. | FUEL_TRUCKS | 2 | EXACT | -",
        "Israel allowed 60,000 litres of fuel into Gaza for UN operations. | FUEL | 60000 | EXACT | litres",
        "About 120,000 liters of diesel were delivered to hospitals. | FUEL | 120000 | ABOUT | litres",
        "The WFP has delivered 1,200 tonnes of food to shelters in the south. | FOOD | 1200 | EXACT | tonnes",
        "Aid groups distributed 3,000 food parcels in Deir al-Balah. | FOOD | 3000 | EXACT | parcels",
        "The convoy brought 500 metric tons of flour. | FOOD | 500 | EXACT | tonnes",
        "WFP delivered about 300 tonnes of sorghum and pulses to the camp. | FOOD | 300 | ABOUT | tonnes",
        "The convoy brought 12 tonnes of bandages and syringes to the hospital. | MEDICAL_SUPPLIES | 12 | EXACT | tonnes",
        "UNICEF distributed 50,000 bottles of water in Rafah. | WATER | 50000 | EXACT | bottles",
        "A convoy brought 20 tonnes of medical supplies to Nasser Hospital. | MEDICAL_SUPPLIES | 20 | EXACT | tonnes",
        "The WHO delivered 1,500 trauma kits to hospitals in the north. | MEDICAL_SUPPLIES | 1500 | EXACT | kits",
        "Jordan sent 35 tonnes of humanitarian aid on Tuesday. | RELIEF_SUPPLIES | 35 | EXACT | tonnes",
        "Volunteers handed out 4,000 tents to displaced families. | SHELTER_ITEMS | 4000 | EXACT | tents",
        "The European Union pledged an additional \u20ac25 million in humanitarian aid for Gaza. | FUNDING | 25000000 | EXACT | EUR",
        "Britain announced $40 million in aid for civilians in Gaza. | FUNDING | 40000000 | EXACT | USD",
        "Saudi Arabia donated 10 million dollars to UNRWA. | FUNDING | 10000000 | EXACT | USD",
        "The region donated 5 million shekels in humanitarian aid to the shelters. | FUNDING | 5000000 | EXACT | ILS",
        "The EU announced a further \u20ac50 million ($54 million) in humanitarian aid for Gaza. | FUNDING | 50000000 | EXACT | EUR",
        "Britain pledged \u00a320 million (about $25 million) of humanitarian assistance to Sudan. | FUNDING | 20000000 | EXACT | GBP",
        "Four aid flights landed in El Arish on Wednesday. | RELIEF_FLIGHTS | 4 | EXACT | -",
        "Two planes carrying medical supplies landed in Egypt. | RELIEF_FLIGHTS | 2 | EXACT | -",
        "Officials said more than 60 aircraft carrying aid had landed at the airport. | RELIEF_FLIGHTS | 60 | MORE_THAN | -",
        "The ship unloaded 80 tonnes of rice and blankets at the port. | RELIEF_SUPPLIES | 80 | EXACT | tonnes",
        "The convoy brought 40 tonnes of food supplies to the camps. | FOOD | 40 | EXACT | tonnes",
        "The WFP said it had reached 800,000 people with food assistance. | PEOPLE_ASSISTED | 800000 | EXACT | -",
        "More than 10,000 people received food parcels this week. | PEOPLE_ASSISTED | 10000 | MORE_THAN | -",
        "The UN said it had been able to deliver food to only 8,000 people this month. | PEOPLE_ASSISTED | 8000 | EXACT | -",
        "Only 137 trucks were unloaded on Thursday, according to OCHA. | AID_TRUCKS | 137 | EXACT | -",
        "The government said it had set up 30,000 tents in parks. | SHELTER_ITEMS | 30000 | EXACT | tents",
        "The Red Crescent said it had served 500,000 hot meals since the quake. | FOOD | 500000 | EXACT | meals",
        "The Red Cross says it has helped more than 2,000 people since the quake. | PEOPLE_ASSISTED | 2000 | MORE_THAN | -",
        "The UN refugee agency said it had reached 40,000 people in the past month. | PEOPLE_ASSISTED | 40000 | EXACT | -",
        "WFP says it has delivered hot meals to 12,000 people sheltering at the air base. | PEOPLE_ASSISTED | 12000 | EXACT | -",
        "About 180,000 people in and around the camp received WFP food in July. | PEOPLE_ASSISTED | 180000 | ABOUT | -",
        "Two more planes carrying tents landed in Adana on Friday. | RELIEF_FLIGHTS | 2 | EXACT | -",
        "The government said it had allocated 800 tonnes of rice for the three worst-hit districts. | FOOD | 800 | EXACT | tonnes",
        "The World Food Programme says it has flown 14,700 ready-to-eat meals into Marsh Harbour. "
                + "| FOOD | 14700 | EXACT | meals",
        // an agency that delivers makes the count aid, as "WFP" does
        "The ICRC says 3,000 blankets reached the camp on Monday. | SHELTER_ITEMS | 3000 | EXACT | blankets",
        "UNHCR says 4,000 tents have gone up in the new camp. | SHELTER_ITEMS | 4000 | EXACT | tents",
        "A second plane carrying 101,000 doses is due in Kinshasa on Saturday, the health ministry "
                + "said. | MEDICAL_SUPPLIES | 101000 | EXACT | doses",
        "The WHO delivered 12 tonnes of personal protective equipment to Conakry. | MEDICAL_SUPPLIES "
                + "| 12 | EXACT | tonnes",
        "UNICEF flew in 30 tonnes of disinfectant for the treatment centres. | MEDICAL_SUPPLIES | 30 | EXACT | tonnes",
        "A Chinese air force transport plane carrying tents touched down in Kathmandu on Tuesday. | "
                + "RELIEF_FLIGHTS | 1 | EXACT | -",
        "Norway announced NOK 30 million in humanitarian aid for the response on Friday. | FUNDING | "
                + "30000000 | EXACT | NOK",
    })
    void readsOneAidFigure(String sentence, Metric metric, long value, Qualifier qualifier, String unit) {
        ExtractedClaim c = Posts.onlyFigure(sentence, metric, value);
        assertEquals(qualifier, c.quantity().qualifier(), c::toString);
        assertEquals(unit, c.unit(), c::toString);
    }

    @Test
    void planesCarryingAMeasuredLoadAreFlightsAndTheLoadIsItsOwnFigure() {
        List<ExtractedClaim> claims = Posts.claims(
                "Qatar sent four planes carrying 120 tonnes of food and medicine to the flooded region.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.RELIEF_FLIGHTS, claims.get(0).metric());
        assertEquals(4L, claims.get(0).quantity().value());
        assertEquals(Metric.RELIEF_SUPPLIES, claims.get(1).metric());
        assertEquals(120L, claims.get(1).quantity().value());
        assertEquals("tonnes", claims.get(1).unit());
    }

    @Test
    void helpFromSomeoneWhoIsNoAidOrganisationIsNoAid() {
        assertEquals(List.of(), Posts.claims("Neighbours helped 30 people out of the flooded houses."));
    }

    @Test
    void aDayOrAnAuxiliaryBetweenPlanesAndTheirCargoChangesNothing() {
        List<ExtractedClaim> sent = Posts.claims(
                "Kuwait sent two more planes on Sunday carrying 40 tonnes of food to the flooded region.");
        assertEquals(Metric.RELIEF_FLIGHTS, sent.get(0).metric(), Posts.describe(sent));
        assertEquals(2L, sent.get(0).quantity().value());
        List<ExtractedClaim> dropped = Posts.claims(
                "Officials said four transport aircraft had dropped more than 9,000 meals over the coast.");
        assertEquals(Metric.RELIEF_FLIGHTS, dropped.get(0).metric(), Posts.describe(dropped));
        assertEquals(4L, dropped.get(0).quantity().value());
        // planes with no cargo told are no relief flights, whatever day they flew
        assertEquals(List.of(), Posts.claims("Two planes on Sunday had landed at the airport."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Britain announced £15 million ($19.6 million) for Sudan on Thursday, on top of the £89 million it had already allocated to the crisis this financial year. | 15000000 | 89000000",
        // money a donor gives for what aid pays for is funding without the word "aid", and what follows "on top
        // of" is the giver's earlier grant however it is told
        "Norway said it would release a further €6 million ($6.5 million) for food and shelter, on top of the €20 million it has given this year. | 6000000 | 20000000",
        // a grant told as given before, in words that name no aid ("budgeted"), is still the giver's funding
        "Austria will raise its humanitarian support by €10 million, on top of the €40 million it had already budgeted for this year. | 10000000 | 40000000",
    })
    void moneyGivenBesideAnEarlierGrantIsFundingAndTheGrantIsBackground(String sentence, long given, long earlier) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(2, claims.size(), Posts.describe(claims));
        for (ExtractedClaim c : claims) {
            assertEquals(Metric.FUNDING, c.metric(), c::toString);
        }
        assertEquals(given, claims.get(0).quantity().value());
        assertEquals(Scope.INCREMENTAL, claims.get(0).scope());
        assertEquals(earlier, claims.get(1).quantity().value());
        assertEquals(Scope.BACKGROUND, claims.get(1).scope());
    }

    @Test
    void moneyWithNoWordOfAidInItsSentenceIsNoFunding() {
        Posts.none("The city announced $2 million for a new stadium on Thursday.");
        assertEquals("GBP", Posts.only("Britain announced £15 million in humanitarian aid for Sudan.").unit());
    }

    @Test
    void litresOfAMixedLoadMeasureItsLiquid() {
        ExtractedClaim c = Posts.only("The convoy delivered 9,300 litres of fuel and medical supplies to the hospital.");
        assertEquals(Metric.FUEL, c.metric(), c::toString);
        assertEquals("litres", c.unit());
        ExtractedClaim mixed = Posts.only("The convoy delivered 100 tonnes of food and medical supplies to the city.");
        assertEquals(Metric.RELIEF_SUPPLIES, mixed.metric(), mixed::toString);
    }

    @Test
    void aircraftWithoutAidAreNoFigure() {
        Posts.none("Air defences shot down 3 aircraft over the border on Friday.");
        Posts.none("A plane crashed near the airport on Friday.");
        Posts.none("Two military planes flew over the border on Friday.");
    }

    @Test
    void aPlaneCarryingAMeasuredLoadIsOneReliefFlightWhateverKindOfPlane() {
        List<ExtractedClaim> claims = Posts.claims(
                "A Qatari military plane carrying 37 tonnes of food and medical supplies landed on Saturday.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.RELIEF_FLIGHTS, claims.get(0).metric());
        assertEquals(1L, claims.get(0).quantity().value());
        assertEquals(37L, claims.get(1).quantity().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the number past "carrying"/"with" counts the load, and "a" is still one plane
        "Officials said a plane carrying 40 tonnes of medicine would land in Sylhet on Tuesday. | 1 | 40",
        "A cargo plane with 18 tonnes of tents touched down in Kathmandu on Sunday. | 1 | 18",
        // "cargo" says what the planes carry, the planes are what is counted
        "Three cargo planes delivered 45 tonnes of rice to Chittagong on Friday. | 3 | 45",
        "Two air force planes flew 20 tonnes of relief supplies to Tacloban on Saturday. | 2 | 20",
        // a military plane carrying aid is a relief flight, with or without a measured load
        "A military transport plane carrying blankets and tents landed in Van on Monday. | 1 | -1",
        // the measured load later in the list of what the planes carry
        "Paris says two planes carrying rescuers, a mobile clinic and 15 tonnes of medical equipment "
                + "will leave today. | 2 | 15",
    })
    void planesCountedBesideTheirLoadAreReliefFlights(String sentence, long planes, long load) {
        List<ExtractedClaim> claims = Posts.claims(sentence);
        assertEquals(load < 0 ? 1 : 2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.RELIEF_FLIGHTS, claims.get(0).metric(), Posts.describe(claims));
        assertEquals(planes, claims.get(0).quantity().value());
        if (load >= 0) {
            assertEquals(load, claims.get(1).quantity().value(), Posts.describe(claims));
        }
    }

    @Test
    void planesThatLandWhereTheSentenceNamesAidAreReliefFlights() {
        List<ExtractedClaim> claims = Posts.claims("Three more planes landed in El Arish on Sunday, bringing the "
                + "number of relief flights to 40, the Egyptian Red Crescent said.");
        assertEquals(Metric.RELIEF_FLIGHTS, claims.get(0).metric(), Posts.describe(claims));
        assertEquals(3L, claims.get(0).quantity().value());
        // planes landing with nothing of aid in their sentence are no figure
        Posts.none("Three more planes arrived in El Arish on Sunday, the airport said.");
    }

    @Test
    void refugeesGivenAidAreThePeopleItReached() {
        Posts.onlyFigure("UNHCR said it had given blankets and food to 12,000 refugees in Rafah.",
                Metric.PEOPLE_ASSISTED, 12_000L);
    }

    @Test
    void aPartOfAFigureToldByItsDayIsThatDaysIncrementAtTheSamePlace() {
        List<ExtractedClaim> claims = Posts.claims("Fourteen relief flights have landed at El Arish to date, "
                + "five of them on Saturday, carrying tents, flour and medicine for families in Rafah, the "
                + "ministry said.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        ExtractedClaim part = claims.get(1);
        assertEquals(Metric.RELIEF_FLIGHTS, part.metric(), Posts.describe(claims));
        assertEquals(5L, part.quantity().value());
        assertEquals(Scope.INCREMENTAL, part.scope());
        assertEquals(claims.get(0).locationPath(), part.locationPath());
        assertEquals("five of them on Saturday", part.text());
        List<ExtractedClaim> thisMorning = Posts.claims("Six relief flights have landed at El Arish to date, two of "
                + "them this morning, the Egyptian Red Crescent said.");
        assertEquals(2, thisMorning.size(), Posts.describe(thisMorning));
        assertEquals("two of them this morning", thisMorning.get(1).text());
        // a part told by a kind of person stays a subset, no figure
        assertEquals(1, Posts.claims("Forty people were killed in the strike, five of them children.").size());
    }

    @Test
    void readsAidAndFuelTrucksInOneSentence() {
        List<ExtractedClaim> claims = Posts.claims(
                "Forty-two aid trucks with flour and medicine and four trucks of fuel entered Gaza on Sunday.");
        assertEquals(2, claims.size(), Posts.describe(claims));
        assertEquals(Metric.AID_TRUCKS, claims.get(0).metric());
        assertEquals(42L, claims.get(0).quantity().value());
        assertEquals("Forty-two aid trucks with flour and medicine", claims.get(0).text());
        assertEquals(Metric.FUEL_TRUCKS, claims.get(1).metric());
        assertEquals(4L, claims.get(1).quantity().value());
        assertEquals("four trucks of fuel", claims.get(1).text());
    }

    @Test
    void theSpanOfASupplyFigureEndsWithItsSubstance() {
        List<ExtractedClaim> claims = Posts.claims(
                "Egypt has sent 1,500 tonnes of food and 300 tonnes of medical aid since the crossing opened.");
        assertEquals(List.of("1,500 tonnes of food", "300 tonnes of medical aid"),
                claims.stream().map(ExtractedClaim::text).toList());
        assertEquals(List.of(Metric.FOOD, Metric.MEDICAL_SUPPLIES), claims.stream().map(ExtractedClaim::metric).toList());
    }

    @Test
    void twoShelterItemsAreTwoFigures() {
        List<ExtractedClaim> claims = Posts.claims("The agency distributed 4,000 tents and 10,000 blankets.");
        assertEquals(List.of("tents", "blankets"), claims.stream().map(ExtractedClaim::unit).toList());
    }

    @Test
    void aDayAfterIsATimeNotARate() {
        ExtractedClaim c = Posts.only("Fifty aid trucks entered Gaza on Sunday, a day after the crossing reopened.");
        org.junit.jupiter.api.Assertions.assertEquals(Metric.AID_TRUCKS, c.metric());
        org.junit.jupiter.api.Assertions.assertEquals(50L, c.quantity().value());
    }

    @Test
    void moneyThatIsNotAidFundingIsSkipped() {
        Posts.none("The US approved $14.5 billion in military aid to Israel.");
        Posts.none("Rebuilding the strip could cost $50 billion, the World Bank estimated.");
        Posts.none("The UN appealed for $1.2 billion in humanitarian aid.");
        Posts.none("Israel offered a $10 million reward for information.");
        Posts.none("The hospital said it needed $2 million to keep its generators running.");
    }

    @Test
    void trucksWithoutAidContextOrWithOtherCargoAreSkipped() {
        Posts.none("Twenty military trucks moved toward the border.");
        Posts.none("Dozens of commercial trucks queued at the port.");
        Posts.none("Three trucks were parked outside the school.");
        Posts.none("She said she had received two doses in the camp last year.");
        Posts.none("Some 3,000 blankets reached the camp on Monday.");
    }

    @Test
    void ratesAndNeedsAreNotDeliveries() {
        Posts.none("Before the war, about 500 trucks entered Gaza each day.");
        Posts.none("The agency says it needs 200 trucks a day to meet basic needs.");
        Posts.none("Gaza needs at least 100,000 litres of fuel daily.");
    }

    /** A total that a delivery brings up is that delivery's running total, however the sentence goes on. */
    @Test
    void aTotalBroughtUpByADeliveryIsItsRunningTotal() {
        List<ExtractedClaim> trucks = Posts.claims("Ten more trucks crossed on Monday, bringing the total to 120.");
        assertEquals(List.of(10L, 120L), trucks.stream().map(c -> c.quantity().value()).toList());
        assertEquals(List.of(Metric.AID_TRUCKS, Metric.AID_TRUCKS),
                trucks.stream().map(ExtractedClaim::metric).toList());
        assertEquals(Scope.CUMULATIVE, trucks.get(1).scope());
        List<ExtractedClaim> rate = Posts.claims("Another 410 aid trucks entered on Tuesday, bringing the total to "
                + "date to 2,210 and far exceeding the 500 a day agreed.");
        assertEquals(List.of(410L, 2210L), rate.stream().map(c -> c.quantity().value()).toList());
    }

    /** Trucks and items told as due to arrive or set to cross are planned deliveries, not nothing. */
    @Test
    void theNumberOfAidTrucksOrAirdropsBroughtToANumberIsItsRunningTotal() {
        List<ExtractedClaim> trucks = Posts.claims("Another 90 trucks crossed on Sunday, bringing the number of aid "
                + "trucks that have entered Gaza to 1,200.");
        assertEquals(2, trucks.size(), Posts.describe(trucks));
        assertEquals(Metric.AID_TRUCKS, trucks.get(1).metric());
        assertEquals(1200L, trucks.get(1).quantity().value());
        assertEquals(Scope.CUMULATIVE, trucks.get(1).scope());
        // the number before what it counts
        List<ExtractedClaim> drops = Posts.claims("Jordan carried out three more airdrops on Friday, bringing to 36 "
                + "the number of Jordanian airdrops over Gaza.");
        assertEquals(2, drops.size(), Posts.describe(drops));
        assertEquals(Metric.RELIEF_FLIGHTS, drops.get(1).metric());
        assertEquals(36L, drops.get(1).quantity().value());
        assertEquals(Scope.CUMULATIVE, drops.get(1).scope());
        // flights counted in a sentence that names aid are its relief flights
        List<ExtractedClaim> flights = Posts.claims("Four relief planes landed on Friday with tents, bringing to 14 "
                + "the number of flights that have arrived since the airport reopened.");
        assertEquals(2, flights.size(), Posts.describe(flights));
        assertEquals(Metric.RELIEF_FLIGHTS, flights.get(1).metric());
        assertEquals(14L, flights.get(1).quantity().value());
        // trucks not named as aid are no count of aid
        assertEquals(List.of(), Posts.claims("The number of trucks waiting at the border rose to 300."));
    }

    @Test
    void deliveriesDueToArriveOrSetToCrossArePlanned() {
        ExtractedClaim trucks = Posts.only("Officials said another 25 trucks were set to cross on Monday.");
        assertEquals(Metric.AID_TRUCKS, trucks.metric());
        assertEquals(Modality.PLANNED, trucks.modality());
        ExtractedClaim tents = Posts.only("A further 800 tents are due to arrive from the capital by Friday.");
        assertEquals(Metric.SHELTER_ITEMS, tents.metric());
        assertEquals(Modality.PLANNED, tents.modality());
        Posts.none("Army trucks arrived in the town on Monday.");
    }

    /** Money pledged is reported funding (gold/README.md, "Modality"); money scheduled for later is planned. */
    @Test
    void fundingPledgedIsReportedAndFundingScheduledIsPlanned() {
        ExtractedClaim c = Posts.only("Canada will provide $10 million in humanitarian assistance.");
        assertEquals(Metric.FUNDING, c.metric());
        assertEquals(Modality.REPORTED, c.modality());
        ExtractedClaim scheduled = Posts.only("The EU is set to release $20 million in humanitarian aid next month.");
        assertEquals(Metric.FUNDING, scheduled.metric());
        assertEquals(Modality.PLANNED, scheduled.modality());
        assertNull(Posts.only("Sixty aid trucks entered Gaza.").unit());
    }
}
