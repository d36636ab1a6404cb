package io.liveblog.streams.aggregate;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many claims the aggregation's working copies ({@link PlaceMetricClaims}) may hold in one app instance, shared
 * out evenly among the aggregation tasks the instance runs.
 *
 * <p>Why per instance: a working copy holds each claim with its facts, place trees and links (about
 * {@value #BYTES_PER_CLAIM} bytes a claim), and the heap belongs to the instance, not to a task. A fixed number per
 * task made the instance's working copies grow with the number of tasks: four tasks at 100,000 claims each wanted
 * more than a 1 GiB heap, and from about 40,000 posts on the garbage collector took the machine (the bench at
 * 60,000 posts ran at a quarter of its rate at 20,000). Copies beyond the budget are dropped least recently used first and read
 * back from the store when next touched, so the budget trades read-backs for memory and never changes a result.
 *
 * <p>Shared by the processors of one topology (one per task, on any stream thread): they join when initialised and
 * leave when closed, so a task's share grows back when tasks move to another instance.
 */
public final class WorkingCopyBudget {

    /**
     * Heap a working copy takes per claim: on the bench's workload at 40,000 posts, 131,072 claims held left 707 MiB
     * live in a JVM that also ran the broker, the producer and a second app (4-5 KB a claim).
     */
    static final int BYTES_PER_CLAIM = 4 * 1024;
    /**
     * The part of the heap the working copies may take; the rest is the record caches, the extractor's gazetteer and
     * the clients. Read-backs are dear (on the bench at 40,000 posts in a 1 GiB heap, a quarter of the heap ran at
     * 0.37 of the throughput of half of it), so the share is as large as the garbage collector stays calm with.
     */
    static final double HEAP_SHARE = 0.5;

    private final long claims;
    private final AtomicInteger tasks = new AtomicInteger();

    private WorkingCopyBudget(long claims) {
        if (claims < 1) {
            throw new IllegalArgumentException("the working copies' budget must be at least one claim, got " + claims);
        }
        this.claims = claims;
    }

    /** @return a budget of this many claims for the instance */
    public static WorkingCopyBudget ofClaims(long claims) {
        return new WorkingCopyBudget(claims);
    }

    /** @return the budget a heap of this size affords ({@value #HEAP_SHARE} of it, {@value #BYTES_PER_CLAIM} a claim) */
    public static WorkingCopyBudget ofHeap(long maxHeapBytes) {
        return new WorkingCopyBudget(Math.max(1, (long) (maxHeapBytes * HEAP_SHARE) / BYTES_PER_CLAIM));
    }

    /**
     * @param claims the configured budget, or 0 to size it from this JVM's maximum heap
     * @return the budget of this instance
     */
    public static WorkingCopyBudget configured(long claims) {
        return claims > 0 ? ofClaims(claims) : ofHeap(Runtime.getRuntime().maxMemory());
    }

    /** @return the claims the whole instance may hold */
    public long claims() {
        return claims;
    }

    /** A task starts aggregating on this instance. */
    void join() {
        tasks.incrementAndGet();
    }

    /** A task stops aggregating on this instance (closed, or moved away). */
    void leave() {
        tasks.updateAndGet(n -> Math.max(0, n - 1));
    }

    /**
     * @return the claims one task may hold now, an even share. A share smaller than a busy key only costs speed: the
     *     key's copy is dropped after each emission and read back when next touched
     */
    long share() {
        return Math.max(1, claims / Math.max(1, tasks.get()));
    }
}
