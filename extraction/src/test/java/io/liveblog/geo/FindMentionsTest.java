package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spellings, case, possessives, offsets and longest matches of {@link Gazetteer#findMentions(CharSequence)}. */
class FindMentionsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    /** @return "covered text=place id" for every mention, in order */
    static List<String> found(Gazetteer gazetteer, String text) {
        return gazetteer.findMentions(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.place().id())
                .toList();
    }

    private static List<String> found(String text) {
        return found(GAZETTEER, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Jabalya                      | lb:ps-jabalya
            Jabalia                      | lb:ps-jabalya
            Jabaliya                     | lb:ps-jabalya
            Jabalia refugee camp         | lb:ps-jabalya-camp
            Jabaliya Camp                | lb:ps-jabalya-camp
            Khan Younis                  | lb:ps-khan-younis
            Khan Yunis                   | lb:ps-khan-younis
            Khan Yunus                   | lb:ps-khan-younis
            Deir al-Balah                | lb:ps-deir-al-balah
            Deir el-Balah                | lb:ps-deir-al-balah
            Deir al Balah                | lb:ps-deir-al-balah
            Deir El-Balah                | lb:ps-deir-al-balah
            Shujaiyya                    | lb:ps-shejaiya
            Al-Mawasi                    | lb:ps-mawasi
            al-Mawasi                    | lb:ps-mawasi
            el-Mawasi                    | lb:ps-mawasi
            Mawasi                       | lb:ps-mawasi
            Al-Ahli Baptist Hospital     | lb:ps-ahli-hospital
            Al-Ahli Arab hospital        | lb:ps-ahli-hospital
            Baptist hospital             | lb:ps-ahli-hospital
            Shifa hospital               | lb:ps-shifa-hospital
            al-Shifa                     | lb:ps-shifa-hospital
            Tal as-Sultan                | lb:ps-tal-al-sultan
            As-Suwayda                   | lb:sy-suwayda
            Al-Suwayda                   | lb:sy-suwayda
            Sweida                       | lb:sy-suwayda
            Kyiv                         | lb:ua-kyiv
            Kiev                         | lb:ua-kyiv
            Kharkov                      | lb:ua-kharkiv
            Odessa                       | lb:ua-odesa
            El Fasher                    | lb:sd-el-fasher
            Al-Fashir                    | lb:sd-el-fasher
            El-Fasher                    | lb:sd-el-fasher
            Antioch                      | lb:tr-antakya
            Türkiye                      | lb:tr
            Turkiye                      | lb:tr
            Kahramanmaraş                | lb:tr-kahramanmaras
            Kahramanmaras                | lb:tr-kahramanmaras
            KAHRAMANMARAŞ                | lb:tr-kahramanmaras
            Iskenderun                   | lb:tr-iskenderun
            İskenderun                   | lb:tr-iskenderun
            Adiyaman                     | lb:tr-adiyaman
            Khuza'a                      | lb:ps-khuzaa
            Khuza’a                      | lb:ps-khuzaa
            Khuzaa                       | lb:ps-khuzaa
            Beersheba                    | lb:il-beersheba
            Be'er Sheva                  | lb:il-beersheba
            U.S.                         | lb:us
            Kharkiv region               | lb:ua-kharkiv-oblast
            Kharkiv Oblast               | lb:ua-kharkiv-oblast
            Khartoum State               | lb:sd-khartoum-state
            Gaza city                    | lb:ps-gaza-city
            GAZA                         | lb:ps-gaza-strip
            """)
    void findsAlternateSpellingsAccentsAndArticleVariants(String name, String id) {
        String text = "Residents of " + name + " reported heavy shelling overnight.";
        List<PlaceMention> mentions = GAZETTEER.findMentions(text);
        assertEquals(1, mentions.size(), () -> found(text).toString());
        assertEquals(id, mentions.get(0).place().id());
        assertEquals(text.indexOf(name), mentions.get(0).start());
    }

    @Test
    void possessivesEndTheNameAndAreExcludedFromTheSpan() {
        String text = "Gaza's largest camp, Lebanon’s south and Be'eri's kibbutz members; the Gaza Strip's border.";
        assertEquals(List.of("Gaza=lb:ps-gaza-strip", "Lebanon=lb:lb", "Be'eri=lb:il-beeri", "Gaza Strip=lb:ps-gaza-strip"),
                found(text));
    }

    @Test
    void possessivesSpeltInsideANameStillMatch() {
        assertEquals(List.of("Al-Rantisi Children's Hospital=lb:ps-rantisi-hospital"),
                found("Patients were moved from Al-Rantisi Children's Hospital yesterday."));
        assertEquals(List.of("Jerusalem's Old City=lb:ps-old-city-jerusalem"),
                found("Police deployed in Jerusalem's Old City."));
        assertEquals(List.of("Al-Aqsa Martyrs' Hospital=lb:ps-aqsa-hospital"),
                found("Doctors at Al-Aqsa Martyrs' Hospital said 31 bodies arrived."));
    }

    @Test
    void takesTheLongestName() {
        assertEquals(List.of("Gaza City=lb:ps-gaza-city"), found("Strikes hit Gaza City."));
        assertEquals(List.of("Jabalya refugee camp=lb:ps-jabalya-camp"), found("in the Jabalya refugee camp"));
        assertEquals(List.of("Rafah crossing=lb:ps-rafah-crossing"), found("trucks entered through the Rafah crossing"));
        assertEquals(List.of("Beqaa Valley=lb:lb-bekaa-valley"), found("strikes in the Beqaa Valley"));
        assertEquals(List.of("South Sudan=lb:ss"), found("refugees crossed into South Sudan"));
    }

    @Test
    void hyphensJoinNamesButPunctuationAndLineBreaksSplitThem() {
        assertEquals(List.of("Israel=lb:il", "Gaza=lb:ps-gaza-strip"), found("near the Israel-Gaza border"));
        assertEquals(List.of("Gaza=lb:ps-gaza-strip"), found("Gaza,\ncity officials said"));
        assertEquals(List.of("Gaza=lb:ps-gaza-strip"), found("Gaza\nCity"));
        assertEquals(List.of("Rafah=lb:ps-rafah"), found("in Rafah (crossing closed)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the gaza of our memories",           // lower case is not a name
        "Megaza and Gazaland are not places",  // names inside longer words
        "the rest of us stayed home",         // "us" is not the US
        "an acre of farmland",                // "acre" is not Acre
        "Israelites and Jordanians",          // longer words sharing a prefix
        "Chadwick met the Omanis",
        "roast turkey and sour cream",
        "Atlantis, Gondor and Narnia",        // unknown names degrade to nothing
        "",
        "   \n\t ",
        "1,200 people; 55 trucks; 400 strikes",
    })
    void findsNothingWhereThereIsNoPlace(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void findsEveryPlaceOfARealisticPostInOrder() {
        String post = "Medics at Nasser Hospital in Khan Younis said at least 30 people were killed overnight, "
                + "while in northern Gaza rescuers searched the rubble in Beit Lahia. Aid trucks waited at "
                + "Kerem Shalom. In the occupied West Bank, three people were killed in Tulkarm.";
        assertEquals(List.of(
                "Nasser Hospital=lb:ps-nasser-hospital",
                "Khan Younis=lb:ps-khan-younis",
                "northern Gaza=lb:ps-north-gaza-gov",
                "Beit Lahia=lb:ps-beit-lahia",
                "Kerem Shalom=lb:ps-kerem-shalom-crossing",
                "occupied West Bank=lb:ps-west-bank",
                "Tulkarm=lb:ps-tulkarm"), found(post));
    }

    @Test
    void directionalPhrasesFollowTheDocumentedRules() {
        assertEquals(List.of("northern Gaza=lb:ps-north-gaza-gov"), found("in northern Gaza"));
        assertEquals(List.of("North Gaza=lb:ps-north-gaza-gov"), found("in North Gaza"));
        assertEquals(List.of("southern Gaza=lb:ps-gaza-strip"), found("in southern Gaza"));
        assertEquals(List.of("Southern Gaza=lb:ps-gaza-strip"), found("Southern Gaza was shelled"));
        assertEquals(List.of("central Gaza=lb:ps-deir-al-balah-gov"), found("in central Gaza"));
        assertEquals(List.of("southern Lebanon=lb:lb-south-gov"), found("in southern Lebanon"));
        assertEquals(List.of("northern Israel=lb:il-northern-district"), found("in northern Israel"));
        assertEquals(List.of("Lebanese side of the border=lb:lb"), found("on the Lebanese side of the border"));
        assertEquals(List.of("eastern Ukraine=lb:ua"), found("in eastern Ukraine"));
        // A name beats a phrase of equal length: the modifier is dropped, the city kept.
        assertEquals(List.of("Gaza City=lb:ps-gaza-city"), found("in northern Gaza City"));
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> GAZETTEER.findMentions(null));
    }

    @Test
    void mentionsAreInTextOrderAndDoNotOverlap() {
        String text = "From Rafah to Khan Younis and Deir el-Balah, then north to Gaza City's Shejaiya.";
        List<PlaceMention> mentions = GAZETTEER.findMentions(text);
        assertEquals(5, mentions.size(), found(text).toString());
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start());
        }
        assertFalse(mentions.stream().anyMatch(PlaceMention::actorUse));
    }
}
