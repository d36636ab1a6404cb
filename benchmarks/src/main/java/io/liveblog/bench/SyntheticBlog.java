package io.liveblog.bench;

import io.liveblog.producer.text.Hashing;
import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of realistic live-blog posts for scale runs: running tolls, incidents at many places, aid
 * deliveries, repeated figures, background paragraphs and edits, spread over many days (so windows close and state
 * must be sealed). Written for this project; the sentences are templates, the numbers pseudo-random from a seed.
 */
final class SyntheticBlog implements java.util.Iterator<LiveBlogUpdate> {

    private static final List<String> PLACES = List.of("Jabalya", "Khan Younis", "Rafah", "Deir al-Balah",
            "Nuseirat", "Beit Lahia", "Gaza City", "Jenin", "Nablus", "Tulkarm", "Kharkiv", "Kherson", "Odesa",
            "Zaporizhzhia", "El Fasher", "Nyala", "Omdurman", "Tyre", "Nabatieh", "Aleppo");
    private static final List<String> INCIDENTS = List.of("a strike on a house", "shelling near a market",
            "a drone attack on a car", "a raid on a refugee camp", "an air strike on a school shelter",
            "artillery fire on a residential block");

    private final Random random;
    private final Instant start;
    private int toll = 1000;
    private int n;

    SyntheticBlog(long seed, Instant start) {
        this.random = new Random(seed);
        this.start = start;
    }

    /** @return always true: the blog goes on */
    @Override
    public boolean hasNext() {
        return true;
    }

    /** @return the next post; roughly one in twenty is an edit of the previous one */
    @Override
    public LiveBlogUpdate next() {
        int i = n++;
        Instant published = start.plus(Duration.ofMinutes(15L * i));
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String body = switch (i % 5) {
            case 0 -> {
                toll += random.nextInt(60);
                yield "The Hamas-run Ministry of Health in Gaza said at least " + String.format("%,d", toll)
                        + " people have been killed since the war began.\n\nThe figures could not be verified.";
            }
            case 1 -> (random.nextInt(40) + 2) + " people were killed in " + INCIDENTS.get(
                    random.nextInt(INCIDENTS.size())) + " in " + place + " on Saturday, local officials said.\n\n"
                    + "Rescue workers were still searching the rubble.";
            case 2 -> (random.nextInt(80) + 10) + " aid trucks entered Gaza through the Kerem Shalom crossing, "
                    + "according to UNRWA, and " + (random.nextInt(4) + 1) + " trucks of fuel crossed at Rafah.";
            case 3 -> "More than " + (random.nextInt(200) + 20) + " people were wounded in " + place
                    + ", doctors at the main hospital said.\n\nSome background: the war began after an attack "
                    + "that left about 1,200 people dead.";
            default -> "At least " + (random.nextInt(30) + 1) + " people were arrested in overnight raids in "
                    + place + ", a rights group said.";
        };
        String postId = "post-" + i;
        return LiveBlogUpdate.newBuilder()
                .setPostId(postId).setBlogId("synthetic").setPublishedAt(published)
                .setHeadline("Update " + i).setBody(body).setContentHash(Hashing.sha256Hex(body))
                .setParserVersion("synthetic/1").setSourceFormat("jsonl").build();
    }
}
