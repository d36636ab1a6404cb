package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** Builds claims for aggregation unit tests. */
final class ClaimBuilder {
    private final Claim.Builder b = Claim.newBuilder()
            .setPostId("p").setPostVersion(1).setContentHash("h").setBlogId("b").setKind("casualty")
            .setMetric("killed").setQualifier("exact").setScope("incremental").setModality("reported")
            .setText("t").setSentence("").setField("body").setSpanStart(0).setSpanEnd(1)
            .setLocationPath(List.of("Palestinian territories", "Gaza Strip"))
            .setLocationIds(List.of("ps", "gaza-strip")).setLocation("Gaza Strip").setLocationId("gaza-strip");

    static ClaimBuilder claim(String id) {
        ClaimBuilder c = new ClaimBuilder();
        c.b.setClaimId(id);
        return c.at("2023-12-02T12:00:00Z");
    }

    ClaimBuilder value(long v) {
        b.setValue(v).setLow(v).setHigh(v);
        return this;
    }

    ClaimBuilder atLeast(long v) {
        return figure("at_least", v, v, null);
    }

    ClaimBuilder moreThan(long v) {
        return figure("more_than", v, v, null);
    }

    ClaimBuilder upTo(long v) {
        return figure("up_to", v, null, v);
    }

    /** A vague count ("dozens", "hundreds", "thousands"): value and low as the extractor gives them. */
    ClaimBuilder vague(String qualifier, long v) {
        return figure(qualifier, v, v, null);
    }

    ClaimBuilder about(long v) {
        return figure("about", v, null, null);
    }

    ClaimBuilder cumulative() {
        b.setScope("cumulative");
        return this;
    }

    ClaimBuilder scope(String s) {
        return with(c -> c.setScope(s));
    }

    ClaimBuilder modality(String m) {
        return with(c -> c.setModality(m));
    }

    ClaimBuilder source(String s) {
        return with(c -> c.setSource(s));
    }

    /** The figure's own words, as quoted from its sentence. */
    ClaimBuilder text(String t) {
        return with(c -> c.setText(t));
    }

    ClaimBuilder sentence(String s) {
        return with(c -> c.setSentence(s));
    }

    /** The post names the event's day: {@code day} is the stated event day, {@code words} the words that name it. */
    ClaimBuilder statedDay(String day, String words) {
        b.setEventDate(day).setEventDateText(words);
        return this;
    }

    ClaimBuilder metric(String metric) {
        return with(c -> c.setMetric(metric));
    }

    ClaimBuilder aid() {
        b.setKind("aid").setMetric("aid_trucks");
        return this;
    }

    /** Where the figure's words stand in its field. */
    ClaimBuilder span(int start, int end) {
        b.setSpanStart(start).setSpanEnd(end);
        return this;
    }

    ClaimBuilder headline() {
        b.setField("headline");
        return this;
    }

    ClaimBuilder blog(String blogId) {
        return with(c -> c.setBlogId(blogId));
    }

    ClaimBuilder post(String p) {
        return with(c -> c.setPostId(p));
    }

    ClaimBuilder at(String iso) {
        Instant t = Instant.parse(iso);
        String day = t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        b.setEventTime(t).setEventDate(day).setReportDate(day);
        return this;
    }

    /** What the running total counts from: {@code YYYY-MM-DD}, {@code phase:...} or null (unstated). */
    ClaimBuilder baseline(String baseline) {
        b.setBaseline(baseline).setBaselineText(baseline == null ? null : "since " + baseline);
        return this;
    }

    /** The post names the event's day, {@code daysBefore} days before the day it was reported (set {@link #at} first). */
    ClaimBuilder statedDaysBefore(int daysBefore) {
        if (daysBefore == 0) {
            return this;
        }
        String day = java.time.LocalDate.parse(b.getReportDate()).minusDays(daysBefore).toString();
        b.setEventDate(day).setEventDateText(daysBefore + " days ago");
        return this;
    }

    /** Places the claim at the end of this path of (id, name) pairs, country first. */
    ClaimBuilder path(String... idNamePairs) {
        List<String> ids = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < idNamePairs.length; i += 2) {
            ids.add(idNamePairs[i]);
            names.add(idNamePairs[i + 1]);
        }
        b.setLocationIds(ids).setLocationPath(names).setLocationId(ids.get(ids.size() - 1))
                .setLocation(names.get(names.size() - 1));
        return this;
    }

    private ClaimBuilder figure(String qualifier, long value, Long low, Long high) {
        b.setValue(value).setLow(low).setHigh(high).setQualifier(qualifier);
        return this;
    }

    private ClaimBuilder with(Consumer<Claim.Builder> change) {
        change.accept(b);
        return this;
    }

    Claim build() {
        return b.build();
    }
}
