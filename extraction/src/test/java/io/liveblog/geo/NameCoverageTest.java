package io.liveblog.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every name, alternate spelling and phrase in the bundled data is findable in running text and resolves to a
 * place that carries it. A name the matcher can never find (punctuation inside, no capitalised word) or one
 * swallowed by a longer entry fails here, naming the offending line.
 */
class NameCoverageTest {

    private static final Gazetteer GAZETTEER = Gazetteer.curated();

    @Test
    void everyNameAndAlternateIsFoundInASentenceAndResolvesToAPlaceWithThatName() {
        List<String> failures = new ArrayList<>();
        for (Place place : GAZETTEER.places()) {
            List<String> names = new ArrayList<>();
            names.add(place.name());
            names.addAll(place.alternateNames());
            for (String name : names) {
                String problem = check(name, place);
                if (problem != null) {
                    failures.add(place.id() + " '" + name + "': " + problem);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " names not found as themselves:\n" + String.join("\n", failures));
    }

    private static String check(String name, Place place) {
        String sentence = "Reports came from " + name + " on Monday.";
        int at = sentence.indexOf(name);
        List<PlaceMention> mentions = GAZETTEER.findMentions(sentence);
        if (mentions.size() != 1) {
            return "expected one mention, got " + describe(sentence, mentions);
        }
        PlaceMention m = mentions.get(0);
        String covered = sentence.substring(m.start(), m.end());
        // A trailing abbreviation dot ("U.S.") is punctuation, not part of the match.
        if (m.start() != at || !name.startsWith(covered) || !name.substring(covered.length()).matches("\\.*")) {
            return "matched '" + covered + "'";
        }
        List<Place> sameName = GAZETTEER.lookup(name);
        if (!sameName.contains(m.place()) || !sameName.contains(place)) {
            return "resolved to " + m.place().id() + ", places with that name: " + sameName;
        }
        if (m.actorUse()) {
            return "after 'from' a place is a location, not an actor";
        }
        return null;
    }

    @Test
    void everyPhraseIsFoundAndPointsAtItsPlace() throws IOException {
        List<GazetteerFiles.PhraseLine> phrases;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Gazetteer.class.getResourceAsStream("phrases.tsv")), StandardCharsets.UTF_8))) {
            phrases = GazetteerFiles.readPhrases(reader, "phrases.tsv");
        }
        assertTrue(phrases.size() > 150, "phrases: " + phrases.size());
        List<String> failures = new ArrayList<>();
        for (GazetteerFiles.PhraseLine phrase : phrases) {
            String sentence = "Witnesses said " + phrase.phrase() + " was quiet.";
            List<PlaceMention> mentions = GAZETTEER.findMentions(sentence);
            if (mentions.size() != 1 || !mentions.get(0).place().id().equals(phrase.placeId())
                    || !sentence.substring(mentions.get(0).start(), mentions.get(0).end()).equals(phrase.phrase())) {
                failures.add(phrase.phrase() + " -> " + describe(sentence, mentions));
                continue;
            }
            boolean actor = phrase.kind() == NameKind.ACTOR || phrase.kind() == NameKind.DEMONYM;
            if (mentions.get(0).actorUse() != actor) {
                failures.add(phrase.phrase() + ": actorUse should be " + actor);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String describe(String sentence, List<PlaceMention> mentions) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : mentions) {
            out.add("'" + sentence.substring(m.start(), m.end()) + "'=" + m.place().id());
        }
        return out.toString();
    }
}
