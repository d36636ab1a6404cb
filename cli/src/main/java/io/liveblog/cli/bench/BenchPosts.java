package io.liveblog.cli.bench;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import io.liveblog.producer.text.Hashing;
import io.liveblog.schema.LiveBlogUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;

/**
 * A deterministic, lazily generated workload for {@code liveblog bench}: the posts of many live blogs from different
 * months in one stream, as a newsroom's topic holds them. Posts are about 1 KB, most state one to three figures
 * (incidents, running tolls, displacement, arrests, aid trucks and fuel at crossings) at places of the bundled
 * gazetteer, among paragraphs of context; some restate an earlier figure, some are edited later, some are delivered
 * twice, and arrival is shuffled within a window so posts come out of order. Written for this project: the sentences
 * are templates, the numbers pseudo-random from the seed. Memory stays constant however many posts are asked for.
 */
public final class BenchPosts implements Iterator<LiveBlogUpdate> {

    /** Theatres: country code, country name, authorities for tolls and for aid. */
    private record Theatre(String country, String name, String tollAuthority, String aidAuthority) {
    }

    private static final List<Theatre> THEATRES = List.of(
            new Theatre("PS", "Gaza", "the Hamas-run health ministry", "the UN relief agency UNRWA"),
            new Theatre("UA", "Ukraine", "the regional governor", "the UN humanitarian office"),
            new Theatre("SD", "Sudan", "local health officials", "the World Food Programme"),
            new Theatre("LB", "Lebanon", "the Lebanese health ministry", "the Lebanese Red Cross"),
            new Theatre("SY", "Syria", "the civil defence", "the UN refugee agency"),
            new Theatre("TR", "Turkey", "the disaster agency AFAD", "the Turkish Red Crescent"),
            new Theatre("YE", "Yemen", "the health ministry", "the World Food Programme"),
            new Theatre("LY", "Libya", "the Red Crescent", "the International Organization for Migration"));

    private static final List<String> INCIDENTS = List.of("a strike on a residential building",
            "shelling near a market", "a drone attack on a car", "an air strike on a school used as a shelter",
            "artillery fire on a block of flats", "a missile strike on a bus station");
    private static final List<String> CONTEXT = List.of(
            "Our correspondent described long queues outside the only bakery still working in the area.",
            "Phone and internet services were cut for several hours, making it hard to reach people on the ground.",
            "The claims could not be independently verified by reporters at the scene.",
            "Diplomats met again in the evening to discuss a possible pause in the fighting.",
            "Residents said the night had been the most intense for weeks, with explosions heard until dawn.",
            "Aid groups have repeatedly warned that hospitals are running out of anaesthetics and clean water.",
            "The military said it was reviewing the reports and gave no further details.",
            "Families sheltering in schools told us they had moved several times since the start of the month.",
            "Satellite images published by researchers show widespread damage to farmland and roads.",
            "The foreign minister is expected to travel to the region later this week.");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** One blog's state: where it reports from, its clock and its running totals. */
    private static final class Blog {
        final String id;
        final Theatre theatre;
        final List<Place> places;
        final List<Place> crossings;
        Instant clock;
        long toll;
        long displaced;
        int posts;

        Blog(String id, Theatre theatre, List<Place> places, List<Place> crossings, Instant start, long toll) {
            this.id = id;
            this.theatre = theatre;
            this.places = places;
            this.crossings = crossings;
            this.clock = start;
            this.toll = toll;
            this.displaced = toll * 40;
        }
    }

    private final Random random;
    private final int total;
    private final List<Blog> blogs = new ArrayList<>();
    private final ArrayDeque<LiveBlogUpdate> recent = new ArrayDeque<>();
    private final TreeMap<Long, LiveBlogUpdate> shuffle = new TreeMap<>();
    private final List<LiveBlogUpdate> pendingEdits = new ArrayList<>();
    private int generated;
    private int emitted;

    /**
     * @param seed the random seed (the same seed gives the same posts)
     * @param total how many records to produce (posts, edits and re-deliveries together)
     * @param gazetteer where the places come from: {@link Gazetteer#curated()} in every run, so the workload stays
     *     the one earlier benchmarks measured (its towns need no country named beside them to be found)
     */
    public BenchPosts(long seed, int total, Gazetteer gazetteer) {
        this.random = new Random(seed);
        this.total = total;
        int blogCount = Math.max(5, Math.min(500, total / 400));
        Map<String, List<Place>> towns = new TreeMap<>();
        Map<String, List<Place>> crossings = new TreeMap<>();
        gazetteer.places().stream().sorted(Comparator.comparing(Place::id)).forEach(p -> {
            if (p.type() == FeatureType.CITY || p.type() == FeatureType.TOWN || p.type() == FeatureType.CAMP) {
                towns.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(p);
            } else if (p.type() == FeatureType.CROSSING) {
                crossings.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(p);
            }
        });
        List<Theatre> usable = THEATRES.stream().filter(t -> towns.containsKey(t.country())).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("the gazetteer has no towns of any bench theatre");
        }
        Instant origin = Instant.parse("2022-01-01T06:00:00Z");
        for (int i = 0; i < blogCount; i++) {
            Theatre t = usable.get(i % usable.size());
            Instant start = origin.plus(Duration.ofDays(random.nextInt(1300)));
            blogs.add(new Blog(String.format("bench-blog-%03d", i), t, towns.get(t.country()),
                    crossings.getOrDefault(t.country(), List.of()), start, 200 + random.nextInt(5000)));
        }
    }

    @Override
    public boolean hasNext() {
        return emitted < total;
    }

    @Override
    public LiveBlogUpdate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        // keep a window of 40 records and release them in a shuffled order: arrival is not publication order
        while (shuffle.size() < 40 && generated < total) {
            shuffle.put(((long) random.nextInt(1 << 20) << 24) | generated, generate());
            generated++;
        }
        emitted++;
        return shuffle.pollFirstEntry().getValue();
    }

    private LiveBlogUpdate generate() {
        int roll = random.nextInt(100);
        if (roll < 3 && !recent.isEmpty()) {
            return recent.peekLast(); // delivered twice
        }
        if (roll < 7 && !pendingEdits.isEmpty()) {
            LiveBlogUpdate original = pendingEdits.remove(pendingEdits.size() - 1);
            String body = original.getBody().replaceFirst("(\\d)(\\D)", "$1" + (1 + random.nextInt(8)) + "$2");
            return LiveBlogUpdate.newBuilder(original).setBody(body)
                    .setUpdatedAt(original.getPublishedAt().plus(Duration.ofMinutes(5 + random.nextInt(90))))
                    .setContentHash(Hashing.sha256Hex(original.getHeadline(), body)).build();
        }
        Blog blog = blogs.get(random.nextInt(blogs.size()));
        blog.clock = blog.clock.plus(Duration.ofMinutes(2 + random.nextInt(9)));
        String postId = blog.id + "-post-" + (blog.posts++);
        StringBuilder body = new StringBuilder();
        String headline;
        if (roll < 17 && !recent.isEmpty()) {
            LiveBlogUpdate earlier = recent.peekFirst();
            headline = "What we know so far";
            body.append("To recap: ").append(firstParagraph(earlier.getBody()));
        } else {
            headline = figureParagraphs(blog, body);
        }
        while (body.length() < 700 + random.nextInt(700)) {
            body.append("\n\n").append(CONTEXT.get(random.nextInt(CONTEXT.size())));
        }
        LiveBlogUpdate post = LiveBlogUpdate.newBuilder()
                .setPostId(postId).setBlogId(blog.id).setBlogUrl("https://news.example/live/" + blog.id)
                .setPublishedAt(blog.clock).setHeadline(headline).setByline("Bench desk")
                .setBody(body.toString()).setContentHash(Hashing.sha256Hex(headline, body.toString()))
                .setParserVersion("bench/1").setSourceFormat("jsonl").build();
        recent.addLast(post);
        if (recent.size() > 20) {
            recent.removeFirst();
        }
        if (random.nextInt(25) == 0) {
            pendingEdits.add(post);
        }
        return post;
    }

    /** Appends one to three figure paragraphs (or none, for a post of context only); returns the headline. */
    private String figureParagraphs(Blog blog, StringBuilder body) {
        Theatre t = blog.theatre;
        int figures = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(3);
        String headline = "Latest from " + t.name();
        for (int i = 0; i < figures; i++) {
            Place place = blog.places.get(random.nextInt(blog.places.size()));
            String day = WEEKDAYS.get(random.nextInt(WEEKDAYS.size()));
            String incident = INCIDENTS.get(random.nextInt(INCIDENTS.size()));
            String sentence = switch (random.nextInt(8)) {
                case 0 -> {
                    blog.toll += 1 + random.nextInt(80);
                    headline = "Death toll in " + t.name() + " rises";
                    yield "At least " + String.format("%,d", blog.toll) + " people have been killed in " + t.name()
                            + " since the fighting began, according to " + t.tollAuthority() + ".";
                }
                case 1 -> "At least " + (2 + random.nextInt(40)) + " people were killed in " + incident + " in "
                        + place.name() + " on " + day + ", local officials said.";
                case 2 -> "Doctors in " + place.name() + " said " + (5 + random.nextInt(150))
                        + " people were wounded in " + incident + ".";
                case 3 -> {
                    blog.displaced += 100 + random.nextInt(5000);
                    yield "More than " + String.format("%,d", blog.displaced) + " people have been displaced in "
                            + t.name() + " so far, " + t.aidAuthority() + " said.";
                }
                case 4 -> "At least " + (2 + random.nextInt(30)) + " people were arrested in overnight raids in "
                        + place.name() + ", a rights group said.";
                case 5 -> blog.crossings.isEmpty()
                        ? (10 + random.nextInt(90)) + " aid trucks reached " + place.name() + " on " + day
                                + ", according to " + t.aidAuthority() + "."
                        : (10 + random.nextInt(90)) + " aid trucks entered through the "
                                + blog.crossings.get(random.nextInt(blog.crossings.size())).name() + " on " + day
                                + ", according to " + t.aidAuthority() + ".";
                case 6 -> (1 + random.nextInt(6)) + " trucks of fuel arrived in " + place.name() + " on " + day
                        + ", " + t.aidAuthority() + " said.";
                default -> "Rescue teams in " + place.name() + " were searching for " + (2 + random.nextInt(25))
                        + " people missing under the rubble.";
            };
            body.append(body.length() == 0 ? "" : "\n\n").append(sentence);
        }
        if (figures == 0) {
            body.append(CONTEXT.get(random.nextInt(CONTEXT.size())));
        }
        return headline;
    }

    private static String firstParagraph(String body) {
        int end = body.indexOf("\n\n");
        return end < 0 ? body : body.substring(0, end);
    }
}
