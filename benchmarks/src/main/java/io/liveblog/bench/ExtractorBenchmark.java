package io.liveblog.bench;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.extract.SentenceSplitter;
import io.liveblog.geo.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput in posts per second, one post per operation, on realistic ~1.5 KB posts
 * ({@code extractor-posts.txt}) with the bundled gazetteer.
 *
 * <p>{@link #baseline} is a trivial pass over the same posts (sentence splitting and lower-casing), so the result
 * can be quoted as a ratio that is less sensitive to the machine. Run:
 * <pre>
 * mvn -o -q -pl benchmarks -am package -DskipTests
 * java -cp 'benchmarks/target/classes:benchmarks/target/lib/*' org.openjdk.jmh.Main ExtractorBenchmark -f 1 -wi 3 -i 5 -t 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ExtractorBenchmark {

    private static final String RESOURCE = "extractor-posts.txt";

    private List<PostText> posts;
    private ClaimExtractor extractor;
    private int next;

    /** Loads the posts and builds the extractor (the gazetteer is compiled here, not in the measurement). */
    @Setup
    public void setUp() {
        posts = readPosts();
        extractor = new ClaimExtractor(Gazetteer.bundled());
        for (PostText p : posts) {
            extractor.extract(p);
        }
    }

    private PostText nextPost() {
        PostText p = posts.get(next);
        next = next + 1 == posts.size() ? 0 : next + 1;
        return p;
    }

    /** Full extraction of one post. */
    @Benchmark
    public List<ExtractedClaim> extract() {
        return extractor.extract(nextPost());
    }

    /** Trivial pass over one post: split headline and body into sentences and lower-case every sentence. */
    @Benchmark
    public void baseline(Blackhole bh) {
        PostText p = nextPost();
        for (String field : new String[] {p.headline(), p.body()}) {
            for (SentenceSplitter.Sentence s : SentenceSplitter.split(field)) {
                bh.consume(s.textIn(field).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** @return the benchmark posts; the average body is about 1.5 KB */
    static List<PostText> readPosts() {
        try (InputStream in = ExtractorBenchmark.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            List<PostText> out = new ArrayList<>();
            String headline = null;
            StringBuilder body = new StringBuilder();
            for (String line : lines) {
                if (line.startsWith("#") && !line.startsWith("### ")) {
                    continue;
                }
                if (line.startsWith("### ")) {
                    if (headline != null) {
                        out.add(post(out.size(), headline, body));
                    }
                    headline = line.substring(4);
                    body.setLength(0);
                } else {
                    body.append(line).append('\n');
                }
            }
            if (headline != null) {
                out.add(post(out.size(), headline, body));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static PostText post(int n, String headline, StringBuilder body) {
        return new PostText("bench-" + n, Instant.parse("2023-12-04T12:00:00Z"), headline, null, body.toString().strip());
    }
}
