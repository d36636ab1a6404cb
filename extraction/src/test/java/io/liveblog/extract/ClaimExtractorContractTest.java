package io.liveblog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API contract the streams app relies on: order, spans, determinism, thread safety, robustness. */
class ClaimExtractorContractTest {

    private static final String HEADLINE = "Strike on Rafah kills 12, health ministry says";
    private static final String BODY = "At least 12 people were killed in an airstrike on a house in Rafah on Sunday, "
            + "the health ministry said.\n\nSixty aid trucks entered Gaza through the Rafah crossing, while 3 trucks "
            + "of fuel were turned back.\n\nRemember: Hamas took 240 people hostage on October 7.";

    @Test
    void versionIsTheFirstRelease() {
        assertEquals("extractor/1", ClaimExtractor.VERSION);
    }

    @Test
    void headlineClaimsComeFirstThenBodyInTextOrder() {
        List<ExtractedClaim> claims = Posts.claims(HEADLINE, BODY);
        assertEquals("headline", claims.get(0).field());
        int lastBodyStart = -1;
        for (ExtractedClaim c : claims.subList(1, claims.size())) {
            assertEquals("body", c.field());
            assertTrue(c.spanStart() > lastBodyStart, "body claims in text order");
            lastBodyStart = c.spanStart();
        }
        assertEquals(List.of(Metric.KILLED, Metric.KILLED, Metric.AID_TRUCKS, Metric.FUEL_TRUCKS, Metric.HOSTAGES),
                claims.stream().map(ExtractedClaim::metric).toList());
    }

    @Test
    void aFigureRepeatedInHeadlineAndBodyIsTwoClaimsButNoSpanIsReadTwice() {
        List<ExtractedClaim> claims = Posts.claims(HEADLINE, BODY);
        Set<String> spans = new HashSet<>();
        for (ExtractedClaim c : claims) {
            assertTrue(spans.add(c.field() + ":" + c.spanStart() + ":" + c.spanEnd()), () -> "span read twice: " + c);
        }
        assertEquals(2, claims.stream().filter(c -> c.quantity().value() == 12L).count());
    }

    @Test
    void extractionIsDeterministic() {
        PostText post = Posts.post(HEADLINE, BODY);
        assertEquals(Posts.EXTRACTOR.extract(post), Posts.EXTRACTOR.extract(post));
        assertEquals(Posts.EXTRACTOR.extract(post), new ClaimExtractor(TestPlaces.GAZETTEER).extract(post));
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<PostText> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(new PostText("p" + i, Posts.PUBLISHED, i % 2 == 0 ? HEADLINE : "",
                    null, BODY.replace("12", String.valueOf(10 + i))));
        }
        List<List<ExtractedClaim>> expected = posts.stream().map(Posts.EXTRACTOR::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractedClaim>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (PostText p : posts) {
                    futures.add(pool.submit(() -> Posts.EXTRACTOR.extract(p)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(expected.get(k % posts.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyPostsHaveNoClaims() {
        assertTrue(Posts.claims("", "").isEmpty());
        assertTrue(Posts.EXTRACTOR.extract(new PostText("p", Posts.PUBLISHED, null, null, null)).isEmpty());
    }

    @Test
    void rejectsMissingArguments() {
        assertThrows(NullPointerException.class, () -> new ClaimExtractor(null));
        assertThrows(NullPointerException.class, () -> Posts.EXTRACTOR.extract(null));
    }

    @Test
    void survivesArbitraryTextWithValidSpans() {
        String alphabet = "abcdefgh ijk ,.;:!?\"\u201c\u201d'\u2019()-\u2013\u2014$\u20ac%0123456789\n\n ";
        String[] words = {"killed", "at least", "trucks", "of", "fuel", "dozens", "a", "hostages", "said", "since",
            "1,200", "one", "the", "death toll", "rose to", "Rafah", "Gaza", "Dr.", "U.S.", "between", "and", "to",
            "wounded", "\u00a3", "$", "million", "aid", "were", "people", "Remember:", "October 7", "-", "2.5m"};
        Random random = new Random(20231202L);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                if (random.nextInt(3) == 0) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    sb.append(words[random.nextInt(words.length)]).append(' ');
                }
            }
            String text = sb.toString();
            // Posts.claims checks that every span equals its text and lies inside its sentence
            Posts.claims(text, text);
        }
    }
}
