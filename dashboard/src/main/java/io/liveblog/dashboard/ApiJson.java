package io.liveblog.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveblog.geo.Place;
import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.Claim;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.schema.SeriesFigure;
import io.liveblog.topics.ClaimCounts;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON of the API: aggregates, claims and series as plain objects (not Avro's own JSON), written so that no
 * string from a post can close a script or an element when a page embeds it: {@code <}, {@code >}, {@code &} and
 * quotes inside strings are written as {@code \}{@code uXXXX} escapes. The page never parses JSON as HTML either;
 * this is the second fence.
 */
final class ApiJson {

    /** The mapper every response is written with. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private final Function<String, Optional<Place>> places;

    /** @param places gazetteer lookup by place id, for coordinates */
    ApiJson(Function<String, Optional<Place>> places) {
        this.places = places;
    }

    /** @return the response body of a JSON tree */
    static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** @return a new empty object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return an aggregate as the API shows it (its claim ids are counted here, listed by the provenance call) */
    ObjectNode aggregate(LocationAggregate a) {
        ObjectNode n = object();
        n.put("key", a.getLocationId() + "|" + a.getMetric() + "|" + a.getWindow());
        n.put("locationId", a.getLocationId());
        n.put("location", a.getLocation());
        ArrayNode path = n.putArray("path");
        a.getLocationPath().forEach(path::add);
        n.put("kind", a.getKind());
        n.put("metric", a.getMetric());
        n.put("window", a.getWindow());
        bounds(n, a.getValue(), a.getLow(), a.getHigh());
        n.put("factCount", a.getFactCount());
        n.put("claimCount", ClaimCounts.of(a));
        ArrayNode authorities = n.putArray("authorities");
        for (AuthorityFigure f : a.getAuthorities()) {
            ObjectNode o = authorities.addObject();
            o.put("authority", f.getAuthority());
            bounds(o, f.getValue(), f.getLow(), f.getHigh());
            o.put("claimCount", ClaimCounts.of(f));
        }
        n.put("authorityCount", ClaimCounts.authoritiesOf(a));
        ArrayNode revisions = n.putArray("revisions");
        a.getRevisions().forEach(revisions::add);
        n.put("revisionCount", ClaimCounts.revisionsOf(a));
        n.put("asOf", a.getAsOf().toString());
        n.put("baseline", a.getBaseline());
        n.put("baselineText", a.getBaselineText());
        ArrayNode others = n.putArray("otherSeries");
        for (SeriesFigure s : a.getOtherSeries()) {
            ObjectNode o = others.addObject();
            o.put("baseline", s.getBaseline());
            o.put("baselineText", s.getBaselineText());
            bounds(o, s.getValue(), s.getLow(), s.getHigh());
        }
        ArrayNode daily = n.putArray("dailyNew");
        for (DailyIncrement d : a.getDailyNew()) {
            ObjectNode o = daily.addObject();
            o.put("baseline", d.getBaseline());
            o.put("authority", d.getAuthority());
            o.put("value", d.getValue());
            o.put("fromDate", d.getFromDate());
            o.put("correction", d.getCorrection());
        }
        places.apply(a.getLocationId()).filter(ApiJson::located).ifPresent(p -> {
            n.put("lat", p.latitude());
            n.put("lon", p.longitude());
        });
        return n;
    }

    /**
     * @return a claim with where its figure sits in its sentence ({@code highlight}: start and end offsets of the
     *     figure's words in {@code sentence}, or absent when the sentence does not hold them verbatim)
     */
    /**
     * @param post the post's current version as the pipeline holds it
     * @param update that version's record on the updates topic
     * @return the post as provenance shows it: its text, version and where on the updates topic it was read from
     */
    static ObjectNode post(io.liveblog.schema.PostClaims post, io.liveblog.schema.LiveBlogUpdate update) {
        ObjectNode n = object();
        n.put("postId", post.getPostId());
        n.put("version", post.getVersion());
        n.put("blogId", update.getBlogId());
        n.put("publishedAt", update.getPublishedAt().toString());
        n.put("updatedAt", update.getUpdatedAt() == null ? null : update.getUpdatedAt().toString());
        n.put("headline", update.getHeadline());
        n.put("byline", update.getByline());
        n.put("body", update.getBody());
        n.put("postUrl", update.getPostUrl());
        n.put("updatePartition", post.getUpdatePartition());
        n.put("updateOffset", post.getUpdateOffset());
        return n;
    }

    static ObjectNode claim(Claim c) {
        ObjectNode n = object();
        n.put("claimId", c.getClaimId());
        n.put("postId", c.getPostId());
        n.put("postVersion", c.getPostVersion());
        n.put("blogId", c.getBlogId());
        n.put("metric", c.getMetric());
        bounds(n, c.getValue(), c.getLow(), c.getHigh());
        n.put("qualifier", c.getQualifier());
        n.put("location", c.getLocation());
        ArrayNode path = n.putArray("path");
        c.getLocationPath().forEach(path::add);
        n.put("source", c.getSource());
        n.put("scope", c.getScope());
        n.put("modality", c.getModality());
        n.put("field", c.getField());
        n.put("text", c.getText());
        n.put("sentence", c.getSentence());
        int at = c.getText().isEmpty() ? -1 : c.getSentence().indexOf(c.getText());
        if (at >= 0) {
            ArrayNode h = n.putArray("highlight");
            h.add(at);
            h.add(at + c.getText().length());
        }
        n.put("eventTime", c.getEventTime().toString());
        n.put("eventDate", c.getEventDate());
        n.put("reportDate", c.getReportDate());
        n.put("eventDateText", c.getEventDateText());
        n.put("baseline", c.getBaseline());
        n.put("baselineText", c.getBaselineText());
        return n;
    }

    private static void bounds(ObjectNode n, Long value, Long low, Long high) {
        n.put("value", value);
        n.put("low", low);
        n.put("high", high);
    }

    /** Gazetteer entries without coordinates carry 0/0 (test slices, hand-made places). */
    private static boolean located(Place p) {
        return p.latitude() != 0 || p.longitude() != 0;
    }

    /** JSON escapes that keep markup characters out of string values. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] ascii;

        HtmlSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
