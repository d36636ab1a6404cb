package io.liveblog.streams;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.Metric;
import io.liveblog.extract.Modality;
import io.liveblog.extract.PostText;
import io.liveblog.extract.Qualifier;
import io.liveblog.extract.Quantity;
import io.liveblog.extract.Scope;
import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import io.liveblog.schema.LiveBlogUpdate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures for the topology: a small gazetteer and a scripted extractor, so topology tests pin the streaming
 * semantics (dedup, versions, facts, roll-up) independently of the real extractor's wording rules.
 *
 * <p>The scripted extractor reads figures marked up in the body as
 * {@code [[metric value qualifier scope modality placeId source|visible text]]}, e.g.
 * {@code [[killed 178 at_least cumulative reported gaza-strip Gaza_MoH|at least 178 killed]]}; {@code -} stands for
 * "none" (no place, no source). Bounds follow the qualifier: at_least gives low = value, more_than low = value + 1.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A slice of the real hierarchy, enough for roll-up tests. */
    public static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            place("ps", "Palestinian territories", FeatureType.COUNTRY, null),
            place("gaza-strip", "Gaza Strip", FeatureType.TERRITORY, "ps"),
            place("gaza-gov", "Gaza Governorate", FeatureType.ADMIN1, "gaza-strip"),
            place("gaza-city", "Gaza City", FeatureType.CITY, "gaza-gov"),
            place("al-ahli", "Al-Ahli Hospital", FeatureType.HOSPITAL, "gaza-city"),
            place("north-gaza", "North Gaza Governorate", FeatureType.ADMIN1, "gaza-strip"),
            place("jabalya", "Jabalya Camp", FeatureType.CAMP, "north-gaza"),
            place("rafah-gov", "Rafah Governorate", FeatureType.ADMIN1, "gaza-strip"),
            place("rafah-crossing", "Rafah Crossing", FeatureType.CROSSING, "rafah-gov"),
            place("lb", "Lebanon", FeatureType.COUNTRY, null),
            place("south-lebanon", "South Lebanon", FeatureType.ADMIN1, "lb")));

    private static final Pattern MARKUP = Pattern.compile(
            "\\[\\[(\\w+) (\\d+|-) (\\w+) (\\w+) (\\w+) ([\\w-]+) ([\\w-]+)\\|([^\\]]+)]]");

    /** The scripted extractor. */
    public static final Function<PostText, List<ExtractedClaim>> EXTRACTOR = Fixtures::extract;

    private static List<ExtractedClaim> extract(PostText post) {
        List<ExtractedClaim> out = new ArrayList<>();
        Matcher m = MARKUP.matcher(post.body());
        while (m.find()) {
            Metric metric = Metric.fromWireName(m.group(1)).orElseThrow();
            Long value = m.group(2).equals("-") ? null : Long.valueOf(m.group(2));
            Qualifier q = Qualifier.fromWireName(m.group(3)).orElseThrow();
            Long low = switch (q) {
                case MORE_THAN -> value == null ? null : value + 1;
                case UP_TO -> null;
                default -> value;
            };
            Long high = switch (q) {
                case EXACT, UP_TO, NEARLY -> value;
                default -> null;
            };
            List<Place> path = m.group(6).equals("-") ? List.of()
                    : GAZETTEER.pathOf(GAZETTEER.byId(m.group(6)).orElseThrow());
            String source = m.group(7).equals("-") ? null : m.group(7).replace('_', ' ');
            out.add(new ExtractedClaim(metric, new Quantity(value, low, high, q), null, path, source,
                    Scope.fromWireName(m.group(4)).orElseThrow(), Modality.fromWireName(m.group(5)).orElseThrow(),
                    "body", m.group(8), sentenceAround(post.body(), m.start()), m.start(), m.end()));
        }
        return out;
    }

    private static String sentenceAround(String body, int at) {
        int start = body.lastIndexOf('\n', at) + 1;
        int end = body.indexOf('\n', at);
        return body.substring(start, end < 0 ? body.length() : end).replaceAll("\\[\\[[^|]*\\|([^\\]]*)]]", "$1");
    }

    /** @return an update for a post (blog "test-blog"), content hash computed from the text */
    public static LiveBlogUpdate update(String postId, String publishedIso, String headline, String body) {
        return LiveBlogUpdate.newBuilder()
                .setPostId(postId)
                .setBlogId("test-blog")
                .setPublishedAt(Instant.parse(publishedIso))
                .setHeadline(headline)
                .setBody(body)
                .setContentHash(sha256(headline + "\n" + body))
                .setParserVersion("test/1")
                .setSourceFormat("jsonl")
                .build();
    }

    private static Place place(String id, String name, FeatureType type, String parent) {
        return new Place(id, name, type, id.equals("lb") || id.equals("south-lebanon") ? "LB" : "PS", parent, 0, 0,
                List.of());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
