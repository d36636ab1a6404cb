package io.liveblog.streams.claims;

import io.liveblog.streams.metrics.PipelineMetrics;
import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.PostClaims;
import io.liveblog.streams.time.BlogClocks;
import io.liveblog.streams.time.ExpiryIndex;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Level 2 of deduplication: keeps the claims of the current version of every post. A new version (same post id, new
 * content) retracts every claim of the previous version and asserts its own; a deletion (tombstone) retracts them
 * all; the current content arriving again changes nothing. Downstream aggregates therefore move up or down exactly
 * as the post changed (KTable semantics, with the retraction explicit so it can be routed to every place).
 *
 * <p>Time belongs to each blog ({@link BlogClocks}). A post is forgotten once it is older than the retention on its
 * own blog's clock: its claims are dropped and a small marker keeps its identity and content hash, so a later edit
 * of it is refused — with the reason, to the dead-letter topic — rather than counted twice, while a re-delivery of
 * the same content is still recognised. Markers go after {@link #MARKER_LIFETIME} retentions. A post the pipeline
 * has never seen is always accepted, however old it is and whatever other blogs in the topic are doing: a backfill
 * of last year's blog after today's is processed as it would be alone. Expiry is found through an index by (blog,
 * due time), so a record costs a range scan of what is due, never a scan of all posts.
 *
 * <p>Input key: post id. Output: one {@link ClaimChange} per retracted or asserted claim, keyed by post id, with
 * the claim's own event time as timestamp (a deletion noticed today does not drag stream time to today).
 */
public final class PostVersionProcessor implements Processor<String, LiveBlogUpdate, String, ClaimChange> {

    private static final Logger LOG = LoggerFactory.getLogger(PostVersionProcessor.class);

    /** A forgotten post's marker is kept this many retentions after its publication. */
    static final int MARKER_LIFETIME = 12;

    private final String storeName;
    private final String clocksStoreName;
    private final String expiryStoreName;
    private final ClaimFactory claimFactory;
    private final Duration retention;
    private ProcessorContext<String, ClaimChange> context;
    private KeyValueStore<String, PostClaims> posts;
    private ExpiryIndex expiryIndex;
    private BlogClocks clocks;

    /**
     * @param storeName key-value store of {@link PostClaims} by post id
     * @param clocksStoreName key-value store of each blog's clock ({@link BlogClocks})
     * @param expiryStoreName key-value store indexing posts by blog and due time ({@link ExpiryIndex})
     * @param claimFactory extraction
     * @param retention how long a post stays editable (on its blog's clock, since its publication)
     */
    public PostVersionProcessor(String storeName, String clocksStoreName, String expiryStoreName,
                                ClaimFactory claimFactory, Duration retention) {
        this.storeName = storeName;
        this.clocksStoreName = clocksStoreName;
        this.expiryStoreName = expiryStoreName;
        this.claimFactory = claimFactory;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, ClaimChange> context) {
        this.context = context;
        this.posts = context.getStateStore(storeName);
        KeyValueStore<String, String> expiryStore = context.getStateStore(expiryStoreName);
        this.expiryIndex = new ExpiryIndex(expiryStore);
        KeyValueStore<String, Long> clockStore = context.getStateStore(clocksStoreName);
        this.clocks = new BlogClocks(clockStore);
    }

    @Override
    public void process(org.apache.kafka.streams.processor.api.Record<String, LiveBlogUpdate> record) {
        String postId = record.key();
        if (postId == null) {
            // Updates are keyed by post id; a keyless record cannot be versioned. The value still names its post.
            postId = record.value() == null ? null : record.value().getPostId();
            if (postId == null) {
                LOG.warn("Ignoring a deletion without a post id at timestamp {}", record.timestamp());
                return;
            }
        }
        PostClaims previous = posts.get(postId);
        LiveBlogUpdate update = record.value();
        if (update == null) {
            delete(record, postId, previous);
            return;
        }
        if (previous != null && previous.getContentHash().equals(update.getContentHash())) {
            PipelineMetrics.post(context.applicationId(), "unchanged");
            return;
        }
        if (previous != null && previous.getForgotten()) {
            throw new ExpiredPostException("post " + postId + " of blog " + update.getBlogId() + " (published "
                    + previous.getPublishedAt() + ") was edited after it was forgotten: it is older than "
                    + "liveblog.post.retention (" + retention + ") on its blog's clock, so the claims of the version "
                    + "it replaces can no longer be retracted; the edit is not applied, so nothing is counted twice");
        }
        int version = previous == null ? 1 : previous.getVersion() + 1;
        long started = System.nanoTime();
        List<Claim> claims = claimFactory.claimsOf(update, version);
        PipelineMetrics.extraction(context.applicationId(), Duration.ofNanos(System.nanoTime() - started));
        PipelineMetrics.post(context.applicationId(), previous == null ? "new" : "edited");
        PipelineMetrics.claims(context.applicationId(), "asserted", claims.size());
        if (previous != null) {
            LOG.info("Post {} edited (version {}): retracting {} claims, asserting {}", postId, version,
                    previous.getClaims().size(), claims.size());
            retract(record, previous.getClaims());
            unindex(previous);
        }
        for (Claim c : claims) {
            context.forward(record.withValue(new ClaimChange(c, false, "")).withKey(postId)
                    .withTimestamp(c.getEventTime().toEpochMilli()));
        }
        PostClaims current = PostClaims.newBuilder()
                .setPostId(postId)
                .setVersion(version)
                .setContentHash(update.getContentHash())
                .setPublishedAt(update.getPublishedAt())
                .setClaims(claims)
                .setBlogId(update.getBlogId())
                .setForgotten(false)
                // where the version's text is: the dashboard reads the post from the retained updates topic
                .setUpdatePartition(context.recordMetadata().map(m -> m.partition()).orElse(null))
                .setUpdateOffset(context.recordMetadata().map(m -> m.offset()).orElse(null))
                .build();
        posts.put(postId, current);
        index(current);
        long clock = clocks.advance(update.getBlogId(), update.getPublishedAt().toEpochMilli());
        expireDue(update.getBlogId(), clock);
    }

    private void delete(org.apache.kafka.streams.processor.api.Record<String, LiveBlogUpdate> record, String postId,
                        PostClaims previous) {
        if (previous == null) {
            return;
        }
        if (previous.getForgotten()) {
            throw new ExpiredPostException("post " + postId + " of blog " + previous.getBlogId() + " (published "
                    + previous.getPublishedAt() + ") was deleted after it was forgotten: it is older than "
                    + "liveblog.post.retention (" + retention + ") on its blog's clock, so its claims can no longer "
                    + "be retracted");
        }
        LOG.info("Post {} deleted: retracting {} claims", postId, previous.getClaims().size());
        PipelineMetrics.post(context.applicationId(), "deleted");
        retract(record, previous.getClaims());
        unindex(previous);
        posts.delete(postId);
    }

    /** Forgets the blog's posts that are due: claims dropped, a marker kept; markers that are due go entirely. */
    private void expireDue(String blogId, long clock) {
        List<String> due = expiryIndex.takeDue(blogId, clock);
        for (String postId : due) {
            PostClaims post = posts.get(postId);
            if (post == null) {
                continue;
            }
            if (post.getForgotten()) {
                posts.delete(postId);
            } else {
                PostClaims marker = PostClaims.newBuilder(post).setClaims(List.of()).setForgotten(true).build();
                posts.put(postId, marker);
                index(marker);
            }
        }
        if (!due.isEmpty()) {
            LOG.debug("Blog {}: {} posts or markers passed the {} retention", blogId, due.size(), retention);
        }
    }

    private void index(PostClaims post) {
        if (post.getBlogId() != null) {
            expiryIndex.put(post.getBlogId(), dueAt(post), post.getPostId());
        }
    }

    private void unindex(PostClaims post) {
        if (post.getBlogId() != null) {
            expiryIndex.delete(post.getBlogId(), dueAt(post), post.getPostId());
        }
    }

    /** @return when (on the blog's clock) a post is forgotten, or a marker dropped */
    private long dueAt(PostClaims post) {
        long lifetime = post.getForgotten() ? retention.toMillis() * MARKER_LIFETIME : retention.toMillis();
        return post.getPublishedAt().toEpochMilli() + lifetime;
    }

    private void retract(org.apache.kafka.streams.processor.api.Record<String, LiveBlogUpdate> cause,
                         List<Claim> claims) {
        PipelineMetrics.claims(context.applicationId(), "retracted", claims.size());
        for (Claim c : claims) {
            // The retraction carries the retracted claim's own event time: it lands in the same day window, and a
            // deletion's wall-clock timestamp does not move stream time.
            context.forward(cause.<ClaimChange>withValue(new ClaimChange(c, true, ""))
                    .withKey(c.getPostId())
                    .withTimestamp(c.getEventTime().toEpochMilli()));
        }
    }
}
