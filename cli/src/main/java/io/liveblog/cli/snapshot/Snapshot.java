package io.liveblog.cli.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.SeriesFigure;
import io.liveblog.topics.ClaimCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The state of the pipeline as one JSON document: every live claim and every live aggregate. Written by
 * {@code process} and {@code replay}, read by {@code explain} and tests. Field names are a public contract.
 *
 * @param claims live claims, sorted by id
 * @param aggregates live aggregates, sorted by location id, metric and window
 */
@JsonPropertyOrder({"claims", "aggregates"})
public record Snapshot(List<SnapshotClaim> claims, List<SnapshotAggregate> aggregates) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @return a snapshot of these claims and aggregates in canonical order */
    public static Snapshot of(Collection<Claim> claims, Collection<LocationAggregate> aggregates) {
        return new Snapshot(
                claims.stream().map(SnapshotClaim::of).sorted(Comparator.comparing(SnapshotClaim::id)).toList(),
                aggregates.stream().map(SnapshotAggregate::of)
                        .sorted(Comparator.comparing(SnapshotAggregate::locationId)
                                .thenComparing(SnapshotAggregate::metric).thenComparing(SnapshotAggregate::window))
                        .toList());
    }

    /** Writes the snapshot as indented JSON. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), this);
    }

    /** @return the snapshot in a file */
    public static Snapshot read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Snapshot.class);
    }

    /** One claim. */
    @JsonPropertyOrder({"id", "postId", "postVersion", "kind", "metric", "value", "low", "high", "qualifier", "unit",
        "location", "locationId", "locationPath", "source", "scope", "modality", "text", "sentence", "field",
        "spanStart", "spanEnd", "eventDate", "reportDate", "eventDateText", "eventDateNote", "baseline",
        "baselineText", "blogId", "contentHash", "locationIds", "eventTime"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SnapshotClaim(String id, String postId, int postVersion, String kind, String metric, Long value,
                                Long low, Long high, String qualifier, String unit, String location,
                                String locationId, List<String> locationPath, String source, String scope,
                                String modality, String text, String sentence, String field, int spanStart,
                                int spanEnd, String eventDate, String reportDate, String eventDateText,
                                String eventDateNote, String baseline, String baselineText, String blogId,
                                String contentHash, List<String> locationIds, String eventTime) {
        static SnapshotClaim of(Claim c) {
            return new SnapshotClaim(c.getClaimId(), c.getPostId(), c.getPostVersion(), c.getKind(), c.getMetric(),
                    c.getValue(), c.getLow(), c.getHigh(), c.getQualifier(), c.getUnit(), c.getLocation(),
                    c.getLocationId(), List.copyOf(c.getLocationPath()), c.getSource(), c.getScope(),
                    c.getModality(), c.getText(), c.getSentence(), c.getField(), c.getSpanStart(), c.getSpanEnd(),
                    c.getEventDate(), c.getReportDate(), c.getEventDateText(), c.getEventDateNote(), c.getBaseline(),
                    c.getBaselineText(), c.getBlogId(), c.getContentHash(), List.copyOf(c.getLocationIds()),
                    c.getEventTime().toString());
        }

        /**
         * @return the claim again, for regrouping into facts ({@code explain}); empty for a snapshot written before
         *     claims carried their blog, place ids and time
         */
        public java.util.Optional<Claim> toClaim() {
            if (blogId == null || locationIds == null || eventTime == null || contentHash == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Claim.newBuilder().setClaimId(id).setPostId(postId)
                    .setPostVersion(postVersion).setContentHash(contentHash).setBlogId(blogId).setKind(kind)
                    .setMetric(metric).setValue(value).setLow(low).setHigh(high).setQualifier(qualifier).setUnit(unit)
                    .setLocation(location).setLocationId(locationId).setLocationPath(locationPath)
                    .setLocationIds(locationIds).setSource(source).setScope(scope).setModality(modality).setText(text)
                    .setSentence(sentence).setField(field).setSpanStart(spanStart).setSpanEnd(spanEnd)
                    .setEventTime(java.time.Instant.parse(eventTime)).setEventDate(eventDate)
                    .setReportDate(reportDate).setEventDateText(eventDateText).setEventDateNote(eventDateNote)
                    .setBaseline(baseline).setBaselineText(baselineText).build());
        }
    }

    /** One aggregate. */
    @JsonPropertyOrder({"location", "locationId", "locationPath", "kind", "metric", "window", "value", "low", "high",
        "claimIds", "claimCount", "factCount", "authorities", "authorityCount", "revisions", "revisionCount",
        "baseline", "baselineText", "otherSeries", "dailyNew"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SnapshotAggregate(String location, String locationId, List<String> locationPath, String kind,
                                    String metric, String window, Long value, Long low, Long high,
                                    List<String> claimIds, int claimCount, int factCount, List<Authority> authorities,
                                    int authorityCount, List<String> revisions, int revisionCount, String baseline,
                                    String baselineText, List<Series> otherSeries, List<Increment> dailyNew) {
        /**
         * Counts below the length of their list (0 in snapshots written before the count existed) are read as the
         * list's length: such a list named everything it counts.
         */
        public SnapshotAggregate {
            otherSeries = otherSeries == null ? List.of() : List.copyOf(otherSeries);
            dailyNew = dailyNew == null ? List.of() : List.copyOf(dailyNew);
            claimCount = Math.max(claimCount, claimIds == null ? 0 : claimIds.size());
            authorityCount = atLeastListed(authorityCount, authorities);
            revisionCount = atLeastListed(revisionCount, revisions);
        }

        /** An aggregate that names every claim, authority and revision it rests on. */
        public SnapshotAggregate(String location, String locationId, List<String> locationPath, String kind,
                                 String metric, String window, Long value, Long low, Long high,
                                 List<String> claimIds, int factCount, List<Authority> authorities,
                                 List<String> revisions, String baseline, String baselineText,
                                 List<Series> otherSeries, List<Increment> dailyNew) {
            this(location, locationId, locationPath, kind, metric, window, value, low, high, claimIds,
                    claimIds.size(), factCount, authorities, authorities.size(), revisions, revisions.size(), baseline,
                    baselineText, otherSeries, dailyNew);
        }

        static SnapshotAggregate of(LocationAggregate a) {
            return new SnapshotAggregate(a.getLocation(), a.getLocationId(), List.copyOf(a.getLocationPath()),
                    a.getKind(), a.getMetric(), a.getWindow(), a.getValue(), a.getLow(), a.getHigh(),
                    List.copyOf(a.getClaimIds()), ClaimCounts.of(a), a.getFactCount(),
                    a.getAuthorities().stream().map(Authority::of).toList(), ClaimCounts.authoritiesOf(a),
                    List.copyOf(a.getRevisions()), ClaimCounts.revisionsOf(a), a.getBaseline(), a.getBaselineText(),
                    a.getOtherSeries().stream().map(Series::of).toList(),
                    a.getDailyNew().stream().map(Increment::of).toList());
        }
    }

    /** A derived (not reported) daily increment of one authority's running total in one series. */
    @JsonPropertyOrder({"baseline", "authority", "value", "fromDate", "fromValue", "toValue", "correction"})
    public record Increment(String baseline, String authority, long value, String fromDate, long fromValue,
                            long toValue, boolean correction) {
        static Increment of(DailyIncrement d) {
            return new Increment(d.getBaseline(), d.getAuthority(), d.getValue(), d.getFromDate(), d.getFromValue(),
                    d.getToValue(), d.getCorrection());
        }
    }

    /** Another series of running totals of an aggregate, counting from another start. */
    @JsonPropertyOrder({"baseline", "baselineText", "value", "low", "high", "claimIds", "claimCount", "factCount",
        "authorities", "authorityCount", "revisions", "revisionCount"})
    public record Series(String baseline, String baselineText, Long value, Long low, Long high, List<String> claimIds,
                         int claimCount, int factCount, List<Authority> authorities, int authorityCount,
                         List<String> revisions, int revisionCount) {
        /** Counts below the length of their list (0 in older snapshots) are read as the list's length. */
        public Series {
            claimCount = Math.max(claimCount, claimIds == null ? 0 : claimIds.size());
            authorityCount = atLeastListed(authorityCount, authorities);
            revisionCount = atLeastListed(revisionCount, revisions);
        }

        /** A series that names every claim, authority and revision behind it. */
        public Series(String baseline, String baselineText, Long value, Long low, Long high, List<String> claimIds,
                      int claimCount, int factCount, List<Authority> authorities, List<String> revisions) {
            this(baseline, baselineText, value, low, high, claimIds, claimCount, factCount, authorities,
                    authorities.size(), revisions, revisions.size());
        }

        static Series of(SeriesFigure f) {
            return new Series(f.getBaseline(), f.getBaselineText(), f.getValue(), f.getLow(), f.getHigh(),
                    List.copyOf(f.getClaimIds()), ClaimCounts.of(f), f.getFactCount(),
                    f.getAuthorities().stream().map(Authority::of).toList(), ClaimCounts.authoritiesOf(f),
                    List.copyOf(f.getRevisions()), ClaimCounts.revisionsOf(f));
        }
    }

    /** One authority's figure within an aggregate. */
    @JsonPropertyOrder({"authority", "value", "low", "high", "claimIds", "claimCount"})
    public record Authority(String authority, Long value, Long low, Long high, List<String> claimIds, int claimCount) {
        public Authority {
            claimCount = Math.max(claimCount, claimIds == null ? 0 : claimIds.size());
        }

        /** A figure that names every claim behind it. */
        public Authority(String authority, Long value, Long low, Long high, List<String> claimIds) {
            this(authority, value, low, high, claimIds, claimIds.size());
        }

        static Authority of(AuthorityFigure f) {
            return new Authority(f.getAuthority(), f.getValue(), f.getLow(), f.getHigh(), List.copyOf(f.getClaimIds()),
                    ClaimCounts.of(f));
        }
    }

    /** @return a list's count, read as the list's length where it is below it (snapshots older than the count) */
    private static int atLeastListed(int count, List<?> listed) {
        return Math.max(count, listed == null ? 0 : listed.size());
    }
}
