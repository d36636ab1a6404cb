package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place name standing for a government locates nothing; the same name after "in" does. */
class ActorUseTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @ParameterizedTest(name = "{1} in \"{0}\" -> actor={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Israel said it would continue the operation.                    | Israel     | true
            Israel has recalled its negotiators from Qatar.                 | Israel     | true
            Israel also said the talks had failed.                          | Israel     | true
            Israel has not responded to the offer.                          | Israel     | true
            Israel has been hit by more than 9000 rockets.                  | Israel     | false
            Israel is a small country.                                      | Israel     | false
            Egypt's foreign ministry condemned the strike.                  | Egypt      | true
            Lebanon’s state-run National News Agency reported two deaths.   | Lebanon    | true
            Jordan's King Abdullah II met the delegation.                   | Jordan     | true
            Israel's offensive has killed thousands.                        | Israel     | true
            Israel’s security role in Gaza remains unclear.                 | Israel     | true
            The US will not permit the relocation.                          | US         | true
            Under no circumstances will the United States permit it.        | United States | true
            US officials believe the hostages are alive.                    | US         | true
            The Israel Defense Forces said it struck 400 targets.           | Israel     | true
            The quake hit at noon, the US Geological Survey said.           | US         | true
            US Central Command said two aircraft dropped meals.             | US         | true
            The government of Israel rejected the plan.                     | Israel     | true
            Strikes were carried out by Israel overnight.                   | Israel     | true
            Talks between Israel and Hamas broke down.                      | Israel     | true
            Hamas and Israel agreed to a pause.                             | Israel     | true
            The Israel-Hamas war entered its third month.                   | Israel     | true
            An Iran-backed group claimed the attack.                        | Iran       | true
            Moscow said the drones were shot down.                          | Moscow     | true
            the Kremlin said talks were possible                            | the Kremlin | true
            Israeli forces targeted the town.                               | Israeli    | true
            The Lebanese army deployed.                                     | Lebanese   | true
            Gaza's health ministry said 178 people were killed.             | Gaza       | true
            The Gaza health ministry said 178 people were killed.           | Gaza       | true
            Washington, however, has made it clear it opposes this.         | Washington | true
            The government had informed the United States beforehand.       | United States | true
            Diplomats urged Israel to allow more aid.                       | Israel     | true
            Palestine Red Crescent crews reached the site.                  | Palestine  | true
            Rockets were fired in Israel overnight.                         | Israel     | false
            Hezbollah attacked Israel with drones.                          | Israel     | false
            Washington, DC, was quiet.                                      | Washington | false
            Aid trucks crossed from Egypt into Gaza.                        | Egypt      | false
            Aid trucks crossed from Egypt into Gaza.                        | Gaza       | false
            Gaza was hit by airstrikes overnight.                           | Gaza       | false
            Gaza has seen the heaviest bombardment yet.                     | Gaza       | false
            Smoke rose over southern Lebanon.                               | southern Lebanon | false
            Smoke rose on the Lebanese side of the border.                  | Lebanese side of the border | false
            Jabalya is Gaza's largest refugee camp.                         | Gaza       | false
            Fighting raged in Israel's north.                               | Israel     | false
            Tanks lined up along the Israel-Gaza border.                    | Israel     | false
            Families fled the south of Israel.                              | Israel     | false
            Protesters gathered in the US capital.                          | US         | false
            Two people were killed in Moscow.                               | Moscow     | false
            Kharkiv said the power was back.                                | Kharkiv    | false
            Sderot has been hit by rockets.                                 | Sderot     | false
            """)
    void tellsActorsFromLocations(String text, String name, boolean actor) {
        PlaceMention mention = GAZETTEER.findMentions(text).stream()
                .filter(m -> text.substring(m.start(), m.end()).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + name + "' not found: " + FindMentionsTest.found(GAZETTEER, text)));
        assertEquals(actor, mention.actorUse());
    }
}
