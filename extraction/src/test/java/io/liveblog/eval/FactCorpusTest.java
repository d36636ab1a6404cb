package io.liveblog.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cross-outlet fact corpus in {@code gold-facts/} (format in its README): every post is a valid gold post,
 * every figure names a fact that its part lists, {@code confusableWith} is symmetric, and the part is as large as
 * issue 17 asks.
 */
class FactCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path part(String name) {
        return GoldCorporaTest.goldDirectory().getParent().resolve("gold-facts").resolve(name);
    }

    private static Map<String, JsonNode> facts(Path dir) throws IOException {
        Map<String, JsonNode> facts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(GoldCorpusReader.FACTS_SUFFIX))
                    .sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        JsonNode fact = JSON.readTree(line);
                        assertTrue(facts.put(fact.get("id").asText(), fact) == null, "fact listed twice: " + fact);
                    }
                }
            }
        }
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "holdout"})
    void everyFigureTellsAListedFactAndTheListIsConsistent(String name) throws IOException {
        Path dir = part(name);
        List<GoldPost> posts = GoldCorpusReader.readDirectory(dir);
        Map<String, JsonNode> facts = facts(dir);
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> blogsOfFact = new HashMap<>();
        for (GoldPost post : posts) {
            problems.addAll(GoldConventions.check(post));
            if (post.blog() == null) {
                problems.add(post.origin() + ": no blog");
            }
            for (GoldFigure figure : post.figures()) {
                if (figure.fact() == null || !facts.containsKey(figure.fact())) {
                    problems.add(post.origin() + ": figure '" + figure.text() + "' tells no listed fact");
                } else {
                    blogsOfFact.computeIfAbsent(figure.fact(), k -> new HashSet<>()).add(post.blog());
                }
            }
        }
        for (JsonNode fact : facts.values()) {
            String id = fact.get("id").asText();
            for (JsonNode other : fact.path("confusableWith")) {
                JsonNode back = facts.get(other.asText());
                boolean symmetric = back != null && contains(back.path("confusableWith"), id);
                if (!symmetric) {
                    problems.add(id + " is confusable with " + other.asText() + " but not the other way");
                }
            }
        }
        assertEquals(List.of(), problems);
        long multiOutlet = blogsOfFact.values().stream().filter(b -> b.size() >= 2).count();
        long hardNegatives = facts.values().stream().filter(f -> f.path("confusableWith").size() > 0).count();
        int wanted = name.equals("team") ? 120 : 40;
        assertTrue(multiOutlet >= wanted, name + ": facts told by 2+ outlets: " + multiOutlet);
        assertTrue(hardNegatives >= (name.equals("team") ? 80 : 30), name + ": hard negatives: " + hardNegatives);
    }

    private static boolean contains(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
