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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out gold corpus in {@code gold-holdout/}: written independently of the extractor under the rules of
 * {@code gold/README.md}, so it must meet the same checks as {@code gold/} and stay independent of it.
 */
class HoldoutCorpusTest {

    private static List<GoldPost> holdout;
    private static List<GoldPost> gold;

    @BeforeAll
    static void readCorpora() throws IOException {
        holdout = GoldCorpusReader.readDirectory(corpusDirectory("gold-holdout"));
        gold = GoldCorpusReader.readDirectory(corpusDirectory("gold"));
    }

    /** A corpus directory at the repository root, found from the module directory Surefire runs in. */
    private static Path corpusDirectory(String name) {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve(name);
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(corpus)
                    && Files.isRegularFile(corpus.resolve("README.md"))) {
                return corpus;
            }
        }
        throw new IllegalStateException("no " + name + "/ directory above " + start);
    }

    private static Stream<GoldFigure> figures() {
        return holdout.stream().flatMap(p -> p.figures().stream());
    }

    @Test
    void isLargeAndVariedEnoughToMeasureWith() {
        assertTrue(holdout.size() >= 25, "posts: " + holdout.size());
        assertTrue(figures().count() >= 70, "figures: " + figures().count());
        assertTrue(holdout.stream().mapToLong(p -> p.negatives().size()).sum() >= 40, "hard negatives");
        Set<String> crises = holdout.stream().map(GoldPost::crisis).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(crises.size() >= 5, "crises: " + crises);
        Set<String> goldCrises = gold.stream().map(GoldPost::crisis).collect(Collectors.toSet());
        assertTrue(crises.stream().filter(c -> !goldCrises.contains(c)).count() >= 3,
                "at least three crises absent from gold/: " + crises);
    }

    @Test
    void everyFigureAndNegativeIsWordsOfItsPost() {
        for (GoldPost post : holdout) {
            for (GoldFigure f : post.figures()) {
                assertTrue(occursIn(post, f.text()), post.id() + ": " + f.text());
                for (String r : f.restatements()) {
                    assertTrue(occursIn(post, r), post.id() + ": " + r);
                }
            }
            for (String n : post.negatives()) {
                assertTrue(occursIn(post, n), post.id() + ": " + n);
            }
        }
    }

    private static boolean occursIn(GoldPost post, String words) {
        return post.headline().contains(words) || post.body().contains(words);
    }

    @Test
    void followsTheAnnotationConventions() {
        List<String> problems = new ArrayList<>();
        holdout.forEach(post -> problems.addAll(GoldConventions.check(post)));
        assertEquals(List.of(), problems);
    }

    @Test
    void spellsEachSourceOneWay() {
        Map<String, Set<String>> spellings = new HashMap<>();
        figures().filter(f -> f.source() != null)
                .forEach(f -> spellings.computeIfAbsent(SourceNames.key(f.source()), k -> new TreeSet<>()).add(f.source()));
        assertEquals(List.of(), spellings.values().stream().filter(s -> s.size() > 1).toList());
    }

    @Test
    void coversEveryQualifierScopeAndModality() {
        assertEquals(EnumSet.allOf(Qualifier.class), present(GoldFigure::qualifier, Qualifier.class));
        assertEquals(EnumSet.allOf(Scope.class), present(GoldFigure::scope, Scope.class));
        assertEquals(EnumSet.allOf(Modality.class), present(GoldFigure::modality, Modality.class));
        assertTrue(present(GoldFigure::metric, Metric.class).size() >= 15, "metrics: "
                + present(GoldFigure::metric, Metric.class));
    }

    private static <E extends Enum<E>> Set<E> present(Function<GoldFigure, E> attribute, Class<E> type) {
        return figures().map(attribute).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    @Test
    void postsAreUsableAsProducerInput() {
        for (GoldPost post : holdout) {
            assertTrue(!post.body().isBlank() && post.byline() != null && !post.headline().isBlank(), post.id());
            assertEquals(post.id(), post.toPostText().postId());
        }
    }

    /** Held out means written apart: no post id and no paragraph may be shared with {@code gold/}. */
    @Test
    void sharesNoPostOrParagraphWithTheMainCorpus() {
        Set<String> goldIds = gold.stream().map(GoldPost::id).collect(Collectors.toSet());
        Set<String> goldParagraphs = new HashSet<>();
        gold.forEach(p -> goldParagraphs.addAll(paragraphs(p)));
        Set<String> shared = new TreeSet<>();
        for (GoldPost post : holdout) {
            if (goldIds.contains(post.id())) {
                shared.add("id " + post.id());
            }
            paragraphs(post).stream().filter(goldParagraphs::contains).forEach(p -> shared.add(post.id() + ": " + p));
        }
        assertEquals(Set.of(), shared);
    }

    private static List<String> paragraphs(GoldPost post) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(post.headline().strip());
        for (String paragraph : post.body().split("\n+")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    /**
     * Figures in countries the bundled gazetteer lacks carry no place (see {@code gold-holdout/README.md}); every
     * place that is coded resolves and lies inside its admin1.
     */
    @Test
    void everyPlaceResolvesInTheBundledGazetteerAndLiesInItsAdmin1() {
        Admin1Resolver places = new Admin1Resolver(Gazetteer.bundled());
        Set<String> problems = new TreeSet<>();
        for (GoldPost post : holdout) {
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
    void theHoldoutScoresPerfectlyAgainstItself() {
        EvaluationReport r = new Evaluator().evaluate(holdout, p -> GoldOracle.answer(holdout, p, false), Fixtures.GAZETTEER);
        int figures = (int) figures().count();
        assertEquals(new EvaluationReport.Score(figures, 0, 0), r.overall());
        EvaluationReport.Attributes a = r.attributes();
        for (EvaluationReport.Accuracy accuracy : List.of(a.qualifier(), a.scope(), a.modality(), a.source(), a.unit())) {
            assertEquals(accuracy.total(), accuracy.correct(), r.render());
        }
        assertEquals(0, r.hardNegativesTriggered());
        assertEquals(0, r.restatements());
    }

    @Test
    void everyHardNegativeIsCaughtWhenReadAsAFigure() {
        EvaluationReport r = new Evaluator().evaluate(holdout, p -> GoldOracle.answer(holdout, p, true), Fixtures.GAZETTEER);
        int negatives = holdout.stream().mapToInt(p -> p.negatives().size()).sum();
        assertEquals(negatives, r.hardNegatives());
        assertEquals(negatives, r.hardNegativesTriggered());
        assertEquals(negatives, r.overall().falsePositives());
        assertEquals(0, r.overall().falseNegatives());
    }
}
