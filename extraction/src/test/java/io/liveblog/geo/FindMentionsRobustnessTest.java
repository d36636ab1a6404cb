package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of {@link Gazetteer#findMentions(CharSequence)} over many generated texts: random mixes of place
 * names, prose words, punctuation, apostrophes, hyphens, accents and stray Unicode. The seed is fixed, so a
 * failure reproduces.
 */
class FindMentionsRobustnessTest {

    private static final Gazetteer GAZETTEER = Gazetteer.curated();
    private static final String[] PROSE = {"the", "said", "in", "of", "killed", "and", "northern", "southern", "al",
        "el-", "'s", "’s", "-", ",", ".", "\n", "(", ")", "\"", "—", "city", "camp", "Hospital", "said", "Israel", "US",
        "us", "Ş", "ı", "ʿ", "'", "’", "--", "…", "\u00A0", "12", "1,200", "Al", "El", "The", "A", "side", "border"};

    @Test
    void mentionsAreOrderedDisjointWithinBoundsAndDeterministic() {
        Random random = new Random(20231202L);
        List<String> names = new ArrayList<>();
        for (Place p : GAZETTEER.places()) {
            names.add(p.name());
            names.addAll(p.alternateNames());
        }
        int mentionsSeen = 0;
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, names);
            List<PlaceMention> mentions = GAZETTEER.findMentions(text);
            int previousEnd = 0;
            for (PlaceMention m : mentions) {
                assertTrue(m.start() >= previousEnd, () -> "overlap or disorder in: " + text);
                assertTrue(m.end() > m.start() && m.end() <= text.length(), () -> "bad span in: " + text);
                assertTrue(Character.isLetterOrDigit(text.charAt(m.start())), () -> "span starts at punctuation: " + text);
                assertTrue(GAZETTEER.byId(m.place().id()).isPresent());
                previousEnd = m.end();
            }
            assertEquals(mentions, GAZETTEER.findMentions(text), "same text, same answer");
            mentionsSeen += mentions.size();
        }
        assertTrue(mentionsSeen > 2_000, "the generator should produce place names: " + mentionsSeen);
    }

    private static String randomText(Random random, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(30);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(3) == 0) {
                sb.append(names.get(random.nextInt(names.size())));
            } else if (random.nextInt(10) == 0) {
                sb.append((char) random.nextInt(0x3000));
            } else {
                sb.append(PROSE[random.nextInt(PROSE.length)]);
            }
            if (random.nextInt(4) != 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
