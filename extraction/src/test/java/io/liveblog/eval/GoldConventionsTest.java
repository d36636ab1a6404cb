package io.liveblog.eval;

import static io.liveblog.eval.Fixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldConventionsTest {

    private static GoldFigure coded(Metric metric, long value, Long low, Long high, Qualifier qualifier, String unit,
                                    String text) {
        return new GoldFigure(metric, value, low, high, qualifier, Scope.INCREMENTAL, Modality.REPORTED, null, null,
                null, unit, text, List.of());
    }

    private static List<String> problems(GoldFigure figure, String body, String... negatives) {
        return GoldConventions.check(post("c.jsonl", "c1", "", body, List.of(negatives), figure));
    }

    @Test
    void acceptsTheBoundsEachQualifierImplies() {
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, 7L, 7L, Qualifier.EXACT, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, 7L, null, Qualifier.AT_LEAST, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, 7L, null, Qualifier.MORE_THAN, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, null, null, Qualifier.ABOUT, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, null, 7L, Qualifier.NEARLY, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, null, 7L, Qualifier.UP_TO, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 7, 7L, 9L, Qualifier.RANGE, null, "7"), "7"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 3, 3L, 9L, Qualifier.SEVERAL, null, "s"), "s"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 12, 12L, 99L, Qualifier.DOZENS, null, "d"), "d"));
        assertEquals(List.of(), problems(coded(Metric.KILLED, 100, 100L, 999L, Qualifier.HUNDREDS, null, "h"), "h"));
        assertEquals(List.of(), problems(coded(Metric.DISPLACED, 10_000, 10_000L, 99_999L, Qualifier.THOUSANDS,
                null, "tens of thousands"), "tens of thousands"));
    }

    @Test
    void flagsBoundsThatContradictTheQualifier() {
        assertEquals(List.of("c.jsonl:1 c1 \"at least 7\": at_least 7 needs low 7 and high null, found low 7 and high 7"),
                problems(coded(Metric.KILLED, 7, 7L, 7L, Qualifier.AT_LEAST, null, "at least 7"), "at least 7"));
        assertTrue(problems(coded(Metric.KILLED, 20, 20L, 99L, Qualifier.DOZENS, null, "dozens"), "dozens")
                .get(0).endsWith("dozens is coded 12"));
        assertTrue(problems(coded(Metric.KILLED, 7, 7L, 7L, Qualifier.RANGE, null, "7"), "7").get(0)
                .contains("range: value and low are the lower end"));
        assertTrue(problems(coded(Metric.DISPLACED, 5_000, 5_000L, 49_999L, Qualifier.THOUSANDS, null, "t"), "t")
                .get(0).contains("thousands is coded 1000"));
    }

    @Test
    void flagsMissingOrMisplacedUnits() {
        assertTrue(problems(coded(Metric.FUNDING, 5, 5L, 5L, Qualifier.EXACT, null, "$5"), "$5").get(0)
                .contains("funding needs an ISO 4217 currency unit"));
        assertEquals(List.of(), problems(coded(Metric.FUNDING, 5, 5L, 5L, Qualifier.EXACT, "USD", "$5"), "$5"));
        assertTrue(problems(coded(Metric.FUEL, 5, 5L, 5L, Qualifier.EXACT, "gallons", "5 gallons"), "5 gallons")
                .get(0).contains("fuel is coded in litres"));
        assertTrue(problems(coded(Metric.KILLED, 5, 5L, 5L, Qualifier.EXACT, "people", "5"), "5").get(0)
                .contains("take no unit"));
    }

    @Test
    void flagsAHardNegativeInsideAFigure() {
        List<String> p = problems(coded(Metric.KILLED, 20, 20L, 20L, Qualifier.EXACT, null,
                "20 people, including five children"), "It killed 20 people, including five children.", "five children");
        assertEquals(List.of("c.jsonl:1 c1: negative \"five children\" overlaps figure \"20 people, including five children\""), p);
        assertEquals(List.of(), problems(coded(Metric.KILLED, 20, 20L, 20L, Qualifier.EXACT, null, "20 people"),
                "It killed 20 people, including five children.", "five children"));
    }

    @Test
    void flagsARestatementThatIsTheFiguresOwnWords() {
        GoldFigure figure = new GoldFigure(Metric.KILLED, 3L, 3L, 3L, Qualifier.EXACT, Scope.INCREMENTAL,
                Modality.REPORTED, null, null, null, null, "killing three people", List.of("killing three"));
        List<String> p = GoldConventions.check(post("c.jsonl", "c1", "Quake hits, killing three",
                "A quake struck, killing three people.", List.of(), figure));
        assertEquals(List.of("c.jsonl:1 c1 \"killing three people\": restatement \"killing three\" overlaps the figure's own text"), p);
    }
}
