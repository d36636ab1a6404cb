package io.liveblog.dashboard;

import io.liveblog.extract.ClaimExtractor;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.PostClaims;
import io.liveblog.streams.LiveBlogTopology;
import io.liveblog.streams.LiveBlogTopology.Names;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.query.PipelineQueries;
import io.liveblog.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The whole topology with the real extractor on a TopologyTestDriver, queried like a running app. */
final class PipelineFixture implements AutoCloseable, QuerySource {

    static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(GAZETTEER);

    private final PipelineConfig config;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, LiveBlogUpdate> updates;
    /** What was piped, by offset: the driver's input topic has one partition whose offsets count from 0. */
    private final List<LiveBlogUpdate> piped = new ArrayList<>();
    volatile String state = "RUNNING";

    PipelineFixture(Path stateDir) {
        config = PipelineConfig.defaults().withApplication("dashboard-test", stateDir);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(LiveBlogTopology.build(config, EXTRACTOR::extract), props);
        updates = driver.createInputTopic(config.updatesTopic(), Serdes.String().serializer(),
                Topics.UPDATE_SERDE.serializer());
    }

    /** Pipes a post of blog {@code blog} and lets the aggregation emit. */
    void post(String blog, String postId, String publishedIso, String headline, String byline, String body) {
        LiveBlogUpdate u = LiveBlogUpdate.newBuilder()
                .setPostId(postId)
                .setBlogId(blog)
                .setPublishedAt(Instant.parse(publishedIso))
                .setHeadline(headline)
                .setByline(byline)
                .setBody(body)
                .setContentHash(sha256(headline + "\n" + body))
                .setParserVersion("test/1")
                .setSourceFormat("jsonl")
                .build();
        updates.pipeInput(postId, u, u.getPublishedAt());
        piped.add(u);
        driver.advanceWallClockTime(config.commitInterval());
    }

    @Override
    public Optional<PostClaims> post(String postId) {
        KeyValueStore<String, PostClaims> posts = driver.getKeyValueStore(Names.POST_CLAIMS_STORE);
        return Optional.ofNullable(posts.get(postId));
    }

    @Override
    public Optional<LiveBlogUpdate> update(int partition, long offset) {
        return partition == 0 && offset >= 0 && offset < piped.size() ? Optional.of(piped.get((int) offset))
                : Optional.empty();
    }

    @Override
    public PipelineQueries queries() {
        return PipelineQueries.overTables(driver.getKeyValueStore(Names.AGGREGATES_STORE),
                driver.getKeyValueStore(Names.CLAIMS_STORE), driver.getKeyValueStore(Names.LOCATION_CLAIMS_STORE),
                config);
    }

    @Override
    public String state() {
        return state;
    }

    @Override
    public void close() {
        driver.close();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
