package io.liveblog.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
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
                "pakistan-flood", "morocco-earthquake", "yemen", "iraq-iran", "moscow-concert-attack", "aid-corridors",
                "mixed-outlets"), crises);
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

    @Test
    void everyPlaceResolvesInTheBundledGazetteerAndLiesInItsAdmin1() {
        Admin1Resolver places = new Admin1Resolver(Gazetteer.bundled());
        Set<String> problems = new TreeSet<>();
        for (GoldPost post : corpus) {
            for (GoldFigure f : post.figures()) {
                List<Place> candidates = f.location() == null ? List.of() : places.placesNamed(f.location());
                Set<String> admin1 = f.admin1() == null ? Set.of() : places.admin1Ids(f.admin1());
                if (f.location() != null && candidates.isEmpty()) {
                    problems.add("location not in gazetteer: " + f.location());
                }
                if (f.admin1() != null && admin1.isEmpty()) {
                    problems.add("admin1 not a first-level area in gazetteer: " + f.admin1());
                }
                if (!candidates.isEmpty() && !admin1.isEmpty() && candidates.stream()
                        .map(places::firstAdminLevel).noneMatch(a -> a != null && admin1.contains(a.id()))) {
                    problems.add(f.location() + " does not lie in " + f.admin1() + " (" + post.id() + ")");
                }
                if (!candidates.isEmpty() && f.admin1() == null
                        && candidates.stream().noneMatch(c -> places.firstAdminLevel(c) == null)) {
                    problems.add(f.location() + " is below a first-level area but admin1 is null (" + post.id() + ")");
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void theGoldScoresPerfectlyAgainstItself() {
        EvaluationReport r = new Evaluator().evaluate(corpus, p -> GoldOracle.answer(corpus, p, false), Fixtures.GAZETTEER);
        int figures = (int) figures().count();
        assertEquals(new EvaluationReport.Score(figures, 0, 0), r.overall());
        EvaluationReport.Attributes a = r.attributes();
        for (EvaluationReport.Accuracy accuracy : List.of(a.qualifier(), a.scope(), a.modality(), a.source(), a.unit())) {
            assertEquals(accuracy.total(), accuracy.correct(), r.render());
        }
        assertEquals(figures, a.qualifier().total());
        assertEquals(figures().filter(f -> f.source() != null).count(), a.source().total());
        assertEquals(0, r.hardNegativesTriggered());
        assertEquals(0, r.restatements());
    }

    @Test
    void everyHardNegativeIsCaughtWhenReadAsAFigure() {
        EvaluationReport r = new Evaluator().evaluate(corpus, p -> GoldOracle.answer(corpus, p, true), Fixtures.GAZETTEER);
        int negatives = corpus.stream().mapToInt(p -> p.negatives().size()).sum();
        assertEquals(negatives, r.hardNegatives());
        assertEquals(negatives, r.hardNegativesTriggered());
        assertEquals(negatives, r.negativeViolations());
        assertEquals(negatives, r.overall().falsePositives());
        assertEquals(0, r.overall().falseNegatives());
    }
}
