package io.liveblog.streams.claims;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.geo.Place;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Turns the figures the extractor reads from one post version into {@link Claim} records with stable ids. */
public final class ClaimFactory {

    private final Function<PostText, List<ExtractedClaim>> extractor;

    /** @param extractor the domain extractor, e.g. {@code ClaimExtractor::extract} */
    public ClaimFactory(Function<PostText, List<ExtractedClaim>> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * @param update one post version
     * @param version its version number
     * @return its claims, in text order
     */
    public List<Claim> claimsOf(LiveBlogUpdate update, int version) {
        Instant published = update.getPublishedAt();
        PostText text = new PostText(update.getPostId(), published, update.getHeadline(), update.getByline(),
                update.getBody(), zone(update));
        String reportDate = published.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        List<Claim> out = new ArrayList<>();
        for (ExtractedClaim e : extractor.apply(text)) {
            List<String> names = e.locationPath().stream().map(Place::name).toList();
            List<String> ids = e.locationPath().stream().map(Place::id).toList();
            Place place = e.place();
            out.add(Claim.newBuilder()
                    .setClaimId(claimId(update.getPostId(), update.getContentHash(), e))
                    .setPostId(update.getPostId())
                    .setPostVersion(version)
                    .setContentHash(update.getContentHash())
                    .setBlogId(update.getBlogId())
                    .setKind(e.metric().kind().wireName())
                    .setMetric(e.metric().wireName())
                    .setValue(e.quantity().value())
                    .setLow(e.quantity().low())
                    .setHigh(e.quantity().high())
                    .setQualifier(e.quantity().qualifier().wireName())
                    .setUnit(e.unit())
                    .setLocation(place == null ? null : place.name())
                    .setLocationId(place == null ? null : place.id())
                    .setLocationPath(names)
                    .setLocationIds(ids)
                    .setSource(e.source())
                    .setScope(e.scope().wireName())
                    .setModality(e.modality().wireName())
                    .setText(e.text())
                    .setSentence(e.sentence())
                    .setField(e.field())
                    .setSpanStart(e.spanStart())
                    .setSpanEnd(e.spanEnd())
                    .setEventTime(published)
                    .setEventDate(e.dates().eventDay() != null ? e.dates().eventDay().toString() : reportDate)
                    .setReportDate(reportDate)
                    .setEventDateText(e.dates().eventDay() != null ? e.dates().eventDayText() : null)
                    .setEventDateNote(e.dates().note())
                    .setBaseline(e.dates().baseline())
                    .setBaselineText(e.dates().baselineText())
                    .build());
        }
        return out;
    }

    /** @return the offset the source printed the post's time in, UTC when it gave none or an unreadable one */
    private static ZoneOffset zone(LiveBlogUpdate update) {
        String offset = update.getPublishedOffset();
        if (offset == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(offset);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC; // the producer writes ids ZoneOffset reads; another writer's typo must not drop posts
        }
    }

    /** A claim id is a function of the post version and where in it the figure stands: replays give the same ids. */
    static String claimId(String postId, String contentHash, ExtractedClaim e) {
        String material = String.join("\u0000", postId, contentHash, e.field(), Integer.toString(e.spanStart()),
                Integer.toString(e.spanEnd()), e.metric().wireName());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every JVM", ex);
        }
    }
}
