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
import java.io.UncheckedIOException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gold corpora at the repository root, {@code gold/} and the held-out {@code gold-holdout/} (written apart under
 * the same rules, {@code gold/README.md}): each well-formed, consistent and covering what it must, and the held-out
 * one independent of the other.
 */
class GoldCorporaTest {

    private static final Map<String, List<GoldPost>> READ = new ConcurrentHashMap<>();

    /** The repository's gold directory, found from the module directory Surefire runs in. */
    static Path goldDirectory() {
        return corpusDirectory("gold");
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

    private static List<GoldPost> corpus(String name) {
        return READ.computeIfAbsent(name, n -> {
            try {
                return GoldCorpusReader.readDirectory(corpusDirectory(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Stream<GoldFigure> figures(String name) {
        return corpus(name).stream().flatMap(p -> p.figures().stream());
    }

    private static <E extends Enum<E>> Set<E> present(String name, Function<GoldFigure, E> attribute, Class<E> type) {
        return figures(name).map(attribute).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    // --- what each corpus must be ----------------------------------------------------------------------------------

    @Test
    void goldIsLargeEnoughAndCoversEveryCrisisAndVocabularyValue() {
        List<GoldPost> gold = corpus("gold");
        assertTrue(gold.size() >= 60, "posts: " + gold.size());
        assertTrue(figures("gold").count() >= 150, "figures: " + figures("gold").count());
        assertTrue(gold.stream().mapToLong(p -> p.negatives().size()).sum() >= 150, "hard negatives");
        Set<String> crises = gold.stream().map(GoldPost::crisis).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("israel-hamas", "russia-ukraine", "sudan", "turkey-syria-earthquake", "libya-derna-flood",
                "pakistan-flood", "morocco-earthquake", "yemen", "iraq-iran", "moscow-concert-attack", "aid-corridors",
                "mixed-outlets", "world-crises", "regional-outlets", "global-relief"), crises);
        assertEquals(EnumSet.allOf(Metric.class), present("gold", GoldFigure::metric, Metric.class));
    }

    @Test
    void holdoutIsLargeAndVariedEnoughAndReachesBeyondGoldsCrises() {
        List<GoldPost> holdout = corpus("gold-holdout");
        assertTrue(holdout.size() >= 25, "posts: " + holdout.size());
        assertTrue(figures("gold-holdout").count() >= 70, "figures: " + figures("gold-holdout").count());
        assertTrue(holdout.stream().mapToLong(p -> p.negatives().size()).sum() >= 40, "hard negatives");
        Set<String> crises = holdout.stream().map(GoldPost::crisis).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(crises.size() >= 5, "crises: " + crises);
        Set<String> goldCrises = corpus("gold").stream().map(GoldPost::crisis).collect(Collectors.toSet());
        assertTrue(crises.stream().filter(c -> !goldCrises.contains(c)).count() >= 3,
                "at least three crises absent from gold/: " + crises);
        Set<Metric> metrics = present("gold-holdout", GoldFigure::metric, Metric.class);
        assertTrue(metrics.size() >= 15, "metrics: " + metrics);
    }

    /** Held out means written apart: no post id and no paragraph may be shared with {@code gold/}. */
    @Test
    void holdoutSharesNoPostOrParagraphWithGold() {
        Set<String> goldIds = corpus("gold").stream().map(GoldPost::id).collect(Collectors.toSet());
        Set<String> goldParagraphs = new HashSet<>();
        corpus("gold").forEach(p -> goldParagraphs.addAll(paragraphs(p)));
        Set<String> shared = new TreeSet<>();
        for (GoldPost post : corpus("gold-holdout")) {
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

    // --- the same checks of both -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void everyFigureAndNegativeIsWordsOfItsPost(String name) {
        for (GoldPost post : corpus(name)) {
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

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void followsTheAnnotationConventions(String name) {
        List<String> problems = new ArrayList<>();
        corpus(name).forEach(post -> problems.addAll(GoldConventions.check(post)));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void spellsEachSourceOneWay(String name) {
        Map<String, Set<String>> spellings = new HashMap<>();
        figures(name).filter(f -> f.source() != null).forEach(f -> spellings.computeIfAbsent(
                SourceNames.key(f.source()), k -> new TreeSet<>()).add(f.source()));
        assertEquals(List.of(), spellings.values().stream().filter(s -> s.size() > 1).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void coversEveryQualifierScopeAndModality(String name) {
        assertEquals(EnumSet.allOf(Qualifier.class), present(name, GoldFigure::qualifier, Qualifier.class));
        assertEquals(EnumSet.allOf(Scope.class), present(name, GoldFigure::scope, Scope.class));
        assertEquals(EnumSet.allOf(Modality.class), present(name, GoldFigure::modality, Modality.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void postsAreUsableAsProducerInput(String name) {
        for (GoldPost post : corpus(name)) {
            assertTrue(!post.body().isBlank() && post.byline() != null && !post.headline().isBlank(), post.id());
            assertEquals(post.id(), post.toPostText().postId());
        }
    }

    /**
     * Every coded place resolves in the bundled gazetteer and lies inside its admin1; figures in countries the
     * gazetteer lacks carry no place (see {@code gold-holdout/README.md}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void everyPlaceResolvesInTheBundledGazetteerAndLiesInItsAdmin1(String name) {
        Admin1Resolver places = new Admin1Resolver(Gazetteer.bundled());
        Set<String> problems = new TreeSet<>();
        for (GoldPost post : corpus(name)) {
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

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void scoresPerfectlyAgainstItself(String name) {
        List<GoldPost> corpus = corpus(name);
        EvaluationReport r = new Evaluator().evaluate(corpus, p -> GoldOracle.answer(corpus, p, false),
                Fixtures.GAZETTEER);
        int figures = (int) figures(name).count();
        assertEquals(new EvaluationReport.Score(figures, 0, 0), r.overall());
        EvaluationReport.Attributes a = r.attributes();
        for (EvaluationReport.Accuracy accuracy : List.of(a.qualifier(), a.scope(), a.modality(), a.source(),
                a.unit())) {
            assertEquals(accuracy.total(), accuracy.correct(), r.render());
        }
        assertEquals(figures, a.qualifier().total());
        assertEquals(figures(name).filter(f -> f.source() != null).count(), a.source().total());
        assertEquals(0, r.hardNegativesTriggered());
        assertEquals(0, r.restatements());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold", "gold-holdout"})
    void everyHardNegativeIsCaughtWhenReadAsAFigure(String name) {
        List<GoldPost> corpus = corpus(name);
        EvaluationReport r = new Evaluator().evaluate(corpus, p -> GoldOracle.answer(corpus, p, true),
                Fixtures.GAZETTEER);
        int negatives = corpus.stream().mapToInt(p -> p.negatives().size()).sum();
        assertEquals(negatives, r.hardNegatives());
        assertEquals(negatives, r.hardNegativesTriggered());
        assertEquals(negatives, r.negativeViolations());
        assertEquals(negatives, r.overall().falsePositives());
        assertEquals(0, r.overall().falseNegatives());
    }
}
