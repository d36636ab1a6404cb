package io.liveblog.streams.claims;

import io.liveblog.schema.Claim;
import io.liveblog.schema.ClaimChange;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.PostClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Level 2 of deduplication: keeps the claims of the current version of every post. A new version (same post id, new
 * content) retracts every claim of the previous version and asserts its own; a deletion (tombstone) retracts them
 * all; the current content arriving again changes nothing. Downstream aggregates therefore move up or down exactly
 * as the post changed (KTable semantics, with the retraction explicit so it can be routed to every place).
 *
 * <p>State stays bounded: posts published more than the retention before stream time are forgotten (checked every
 * hour of stream time). An update of such a post can no longer retract what it replaces, so it is rejected — with
 * the reason, to the dead-letter topic — rather than counted twice.
 *
 * <p>Input key: post id. Output: one {@link ClaimChange} per retracted or asserted claim, keyed by post id.
 */
public final class PostVersionProcessor implements Processor<String, LiveBlogUpdate, String, ClaimChange> {

    private static final Logger LOG = LoggerFactory.getLogger(PostVersionProcessor.class);

    private final String storeName;
    private final ClaimFactory claimFactory;
    private final Duration retention;
    private ProcessorContext<String, ClaimChange> context;
    private KeyValueStore<String, PostClaims> posts;

    /**
     * @param storeName key-value store of {@link PostClaims} by post id
     * @param claimFactory extraction
     * @param retention how long a post stays editable (stream time since its publication)
     */
    public PostVersionProcessor(String storeName, ClaimFactory claimFactory, Duration retention) {
        this.storeName = storeName;
        this.claimFactory = claimFactory;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, ClaimChange> context) {
        this.context = context;
        this.posts = context.getStateStore(storeName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::forgetExpiredPosts);
    }

    /** Deletes posts published before stream time minus the retention. */
    void forgetExpiredPosts(long streamTime) {
        long cutoff = streamTime - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, PostClaims> it = posts.all()) {
            while (it.hasNext()) {
                KeyValue<String, PostClaims> kv = it.next();
                if (kv.value.getPublishedAt().toEpochMilli() < cutoff) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(posts::delete);
        if (!expired.isEmpty()) {
            LOG.info("Forgot {} posts published before the {} retention", expired.size(), retention);
        }
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
        if (previous == null && update != null
                && update.getPublishedAt().toEpochMilli() < context.currentStreamTimeMs() - retention.toMillis()) {
            throw new ExpiredPostException("post " + postId + " was published at " + update.getPublishedAt()
                    + ", more than liveblog.post.retention (" + retention + ") before the newest post; an update "
                    + "this late cannot retract what it replaces, so it is not applied");
        }
        if (update == null) {
            if (previous != null) {
                LOG.info("Post {} deleted: retracting {} claims", postId, previous.getClaims().size());
                retract(record, previous.getClaims());
                posts.delete(postId);
            }
            return;
        }
        if (previous != null && previous.getContentHash().equals(update.getContentHash())) {
            return;
        }
        int version = previous == null ? 1 : previous.getVersion() + 1;
        List<Claim> claims = claimFactory.claimsOf(update, version);
        if (previous != null) {
            LOG.info("Post {} edited (version {}): retracting {} claims, asserting {}", postId, version,
                    previous.getClaims().size(), claims.size());
            retract(record, previous.getClaims());
        }
        for (Claim c : claims) {
            context.forward(record.withValue(new ClaimChange(c, false, "")).withKey(postId));
        }
        posts.put(postId, PostClaims.newBuilder()
                .setPostId(postId)
                .setVersion(version)
                .setContentHash(update.getContentHash())
                .setPublishedAt(update.getPublishedAt())
                .setClaims(claims)
                .build());
    }

    private void retract(org.apache.kafka.streams.processor.api.Record<String, LiveBlogUpdate> cause,
                         List<Claim> claims) {
        for (Claim c : claims) {
            // The retraction carries the retracted claim's own event time so it lands in the same day window.
            context.forward(cause.<ClaimChange>withValue(new ClaimChange(c, true, ""))
                    .withKey(c.getPostId())
                    .withTimestamp(Math.max(cause.timestamp(), c.getEventTime().toEpochMilli())));
        }
    }
}
