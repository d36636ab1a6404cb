package io.liveblog.streams.aggregate;

import io.liveblog.schema.Claim;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
        b.setValue(v).setLow(v).setHigh(null).setQualifier("at_least");
        return this;
    }

    ClaimBuilder moreThan(long v) {
        b.setValue(v).setLow(v).setHigh(null).setQualifier("more_than");
        return this;
    }

    ClaimBuilder upTo(long v) {
        b.setValue(v).setLow(null).setHigh(v).setQualifier("up_to");
        return this;
    }

    /** A vague count ("dozens", "hundreds", "thousands"): value and low as the extractor gives them. */
    ClaimBuilder vague(String qualifier, long v) {
        b.setValue(v).setLow(v).setHigh(null).setQualifier(qualifier);
        return this;
    }

    ClaimBuilder about(long v) {
        b.setValue(v).setLow(null).setHigh(null).setQualifier("about");
        return this;
    }

    ClaimBuilder cumulative() {
        b.setScope("cumulative");
        return this;
    }

    ClaimBuilder scope(String s) {
        b.setScope(s);
        return this;
    }

    ClaimBuilder modality(String m) {
        b.setModality(m);
        return this;
    }

    ClaimBuilder source(String s) {
        b.setSource(s);
        return this;
    }

    /** The figure's own words, as quoted from its sentence. */
    ClaimBuilder text(String t) {
        b.setText(t);
        return this;
    }

    ClaimBuilder sentence(String s) {
        b.setSentence(s);
        return this;
    }

    /** The post names the event's day: {@code day} is the stated event day, {@code words} the words that name it. */
    ClaimBuilder statedDay(String day, String words) {
        b.setEventDate(day).setEventDateText(words);
        return this;
    }

    ClaimBuilder metric(String metric) {
        b.setMetric(metric);
        return this;
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
        b.setBlogId(blogId);
        return this;
    }

    ClaimBuilder post(String p) {
        b.setPostId(p);
        return this;
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

    Claim build() {
        return b.build();
    }
}
