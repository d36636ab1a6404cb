package io.liveblog.streams.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesSplitTest {

    private static SeriesSplit.Series series(String baseline) {
        return new SeriesSplit.Series(baseline, null, List.of());
    }

    @Test
    void theHeadlineIsTheLargestRunningTotalNotTheEarliestDatedOne() {
        // soldiers killed "since the ground operation began in late October" (read as October 1) beside the
        // ministry's toll since October 7
        List<SeriesSplit.Series> list = List.of(series("2023-10-01"), series("2023-10-07"), series("2023-12-01"));
        assertEquals(1, SeriesSplit.headline(list, List.of(221L, 31_923L, 193L)));
    }

    @Test
    void tiesGoToBaselineOrderAndUnknownValuesLose() {
        List<SeriesSplit.Series> list = List.of(series("2023-10-07"), series("unstated"));
        assertEquals(0, SeriesSplit.headline(list, List.of(100L, 100L)));
        assertEquals(1, SeriesSplit.headline(list, Arrays.asList(null, 5L)));
    }
}
