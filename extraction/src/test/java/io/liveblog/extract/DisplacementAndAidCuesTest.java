package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Displacement stated as a living condition, shelter items on their way, and money that is not aid. */
class DisplacementAndAidCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Some 4 million people have been left without shelter, the minister said. | 4000000",
        "The fighting has driven more than 900,000 people from their homes. | 900000",
        "Nearly 600,000 people are living in relief camps in the delta. | 600000",
        "About 45,000 villagers are living in tents along the highway. | 45000",
        "A year on, some 250,000 survivors remain in containers in the south. | 250000",
        "Over 100,000 people have crossed into neighbouring countries since April. | 100000",
        "The more than 60,000 residents who moved out have not been told when they can return. | 60000",
        "Some 30,000 residents left the city for the coast as the shelling went on. | 30000",
        "About 3,000 people left their homes in the north overnight. | 3000",
        "In the province alone, 12 camps house around 80,000 people, officials say. | 80000",
        "The school now hosts more than 2,000 people from the eastern districts. | 2000",
        "About 90,000 people were still in evacuation centres on Monday, the council said. | 90000",
        "Some 2,300 residents who lost their homes are staying in shelters near the port. | 2300",
    })
    void readsDisplacementFromLivingConditions(String sentence, long value) {
        Posts.onlyFigure(sentence, Metric.DISPLACED, value);
    }

    @Test
    void onlyAShelterThatHousesOrHostsPeopleCountsThem() {
        Posts.none("The stadium hosts 60,000 fans on match days.");
        Posts.none("The hotel houses 200 guests in winter.");
    }

    @Test
    void peopleLeftDeadAreNoDisplacement() {
        assertEquals(Metric.KILLED, Posts.only("Two people were left dead in the city.").metric());
    }

    @Test
    void trucksThatCrossIntoAPlaceAreAidNotPeople() {
        ExtractedClaim c = Posts.only("On Sunday 120 aid trucks crossed into Gaza through the Rafah crossing.");
        assertEquals(Metric.AID_TRUCKS, c.metric(), c::toString);
    }

    @Test
    void shelterItemsBeingSentOrCarriedAreFigures() {
        List<ExtractedClaim> sent = Posts.claims("Norway said it would send 2,500 tents and 8,000 blankets to the valley.");
        assertEquals(List.of(Metric.SHELTER_ITEMS, Metric.SHELTER_ITEMS),
                sent.stream().map(ExtractedClaim::metric).toList(), () -> Posts.describe(sent));
        assertEquals(List.of("tents", "blankets"), sent.stream().map(ExtractedClaim::unit).toList());
        List<ExtractedClaim> ship = Posts.claims("A frigate docked in the port carrying 350 tents and water pumps.");
        assertEquals(List.of(Metric.SHELTER_ITEMS), ship.stream().map(ExtractedClaim::metric).toList(),
                () -> Posts.describe(ship));
    }

    @Test
    void aFamilySizeOfAnAidItemIsTheItemNotFamilies() {
        Posts.onlyFigure("The ministry said it had distributed 40,000 family food packs since Friday.", Metric.FOOD,
                40_000);
        Posts.onlyFigure("Turkey sent 600 family tents to the valley on Monday.", Metric.SHELTER_ITEMS, 600);
    }

    @Test
    void tentsWithoutADeliveryAreNoFigure() {
        assertTrue(Posts.claims("Families slept beside 300 tents that the storm had torn apart.").isEmpty());
    }

    @Test
    void moneyForReconstructionOrAnAppealIsNotFunding() {
        assertTrue(Posts.claims("The development bank pledged $3 billion for reconstruction.").isEmpty());
        assertTrue(Posts.claims("UN appeals for $210 million in humanitarian aid for flood victims").isEmpty());
        assertEquals(Metric.FUNDING, Posts.only("The bank pledged $300 million in flood relief.").metric());
    }
}
