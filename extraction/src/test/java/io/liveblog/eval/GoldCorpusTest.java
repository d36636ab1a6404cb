package io.liveblog.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gold corpus in {@code gold/} at the repository root: well-formed, consistent and covering what it must. */
class GoldCorpusTest {

    private static List<GoldPost> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = GoldCorpusReader.readDirectory(goldDirectory());
    }

    /** The repository's gold directory, found from the module directory Surefire runs in. */
    static Path goldDirectory() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path gold = dir.resolve("gold");
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(gold)
                    && Files.isRegularFile(gold.resolve("README.md"))) {
                return gold;
            }
        }
        throw new IllegalStateException("no gold/ directory above " + start);
    }

    private static Stream<GoldFigure> figures() {
        return corpus.stream().flatMap(p -> p.figures().stream());
    }

    @Test
    void isLargeEnoughToMeasureWith() {
        assertTrue(corpus.size() >= 60, "posts: " + corpus.size());
        assertTrue(figures().count() >= 150, "figures: " + figures().count());
        assertTrue(corpus.stream().mapToLong(p -> p.negatives().size()).sum() >= 150, "hard negatives");
        Set<String> crises = corpus.stream().map(GoldPost::crisis).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("israel-hamas", "russia-ukraine", "sudan", "turkey-syria-earthquake", "libya-derna-flood",
                "pakistan-flood", "morocco-earthquake", "yemen"), crises);
    }

    @Test
    void everyFigureAndNegativeIsWordsOfItsPost() {
        for (GoldPost post : corpus) {
            for (GoldFigure f : post.figures()) {
                assertTrue(post.headline().contains(f.text()) || post.body().contains(f.text()), post.id() + ": " + f.text());
                for (String r : f.restatements()) {
                    assertTrue(post.headline().contains(r) || post.body().contains(r), post.id() + ": " + r);
                }
            }
            for (String n : post.negatives()) {
                assertTrue(post.headline().contains(n) || post.body().contains(n), post.id() + ": " + n);
            }
        }
    }

    @Test
    void followsTheAnnotationConventions() {
        List<String> problems = new ArrayList<>();
        corpus.forEach(post -> problems.addAll(GoldConventions.check(post)));
        assertEquals(List.of(), problems);
    }

    @Test
    void spellsEachSourceOneWay() {
        Map<String, Set<String>> spellings = new HashMap<>();
        figures().filter(f -> f.source() != null)
                .forEach(f -> spellings.computeIfAbsent(SourceNames.key(f.source()), k -> new TreeSet<>()).add(f.source()));
        List<Set<String>> inconsistent = spellings.values().stream().filter(s -> s.size() > 1).toList();
        assertEquals(List.of(), inconsistent);
    }

    @Test
    void coversEveryVocabularyValue() {
        assertEquals(EnumSet.allOf(Metric.class), present(GoldFigure::metric, Metric.class));
        assertEquals(EnumSet.allOf(Qualifier.class), present(GoldFigure::qualifier, Qualifier.class));
        assertEquals(EnumSet.allOf(Scope.class), present(GoldFigure::scope, Scope.class));
        assertEquals(EnumSet.allOf(Modality.class), present(GoldFigure::modality, Modality.class));
    }

    @Test
    void postsAreUsableAsProducerInput() {
        for (GoldPost post : corpus) {
            assertTrue(!post.body().isBlank() && post.byline() != null && !post.headline().isBlank(), post.id());
            assertEquals(post.id(), post.toPostText().postId());
        }
    }

    private static <E extends Enum<E>> Set<E> present(Function<GoldFigure, E> attribute, Class<E> type) {
        return figures().map(attribute).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
