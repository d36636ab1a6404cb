package io.liveblog.streams.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WorkingCopyBudgetTest {

    @Test
    void aHeapAffordsHalfOfItselfAtFourKibibytesAClaim() {
        assertEquals(131_072, WorkingCopyBudget.ofHeap(1L << 30).claims());
        assertEquals(524_288, WorkingCopyBudget.ofHeap(4L << 30).claims());
        assertEquals(1, WorkingCopyBudget.ofHeap(1024).claims(), "a tiny heap still holds the claim at hand");
    }

    @Test
    void theTasksOfAnInstanceShareItsBudgetEvenly() {
        WorkingCopyBudget budget = WorkingCopyBudget.ofClaims(90_000);
        assertEquals(90_000, budget.share(), "before any task joins, the whole budget");
        budget.join();
        assertEquals(90_000, budget.share());
        budget.join();
        budget.join();
        assertEquals(30_000, budget.share());
        budget.leave();
        assertEquals(45_000, budget.share(), "a task that moves away gives its share back");
        budget.leave();
        budget.leave();
        budget.leave();
        assertEquals(90_000, budget.share(), "more leaves than joins never count below no task");
        budget.join();
        budget.join();
        assertEquals(45_000, budget.share());
    }

    @Test
    void aConfiguredBudgetWinsOverTheHeapAndMustBePositive() {
        assertEquals(5_000, WorkingCopyBudget.configured(5_000).claims());
        assertEquals(WorkingCopyBudget.ofHeap(Runtime.getRuntime().maxMemory()).claims(),
                WorkingCopyBudget.configured(0).claims());
        assertThrows(IllegalArgumentException.class, () -> WorkingCopyBudget.ofClaims(0));
    }
}
