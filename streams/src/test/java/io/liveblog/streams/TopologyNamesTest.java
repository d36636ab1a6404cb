package io.liveblog.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * Pins the names of every node, store and topic. Renaming one orphans the state of running applications (their
 * changelog and repartition topics are derived from these names); if this test fails, plan a migration.
 */
class TopologyNamesTest {

    @Test
    void everyOperatorStoreAndTopicKeepsItsName() {
        TopologyDescription d = LiveBlogTopology.build(PipelineConfig.defaults(), Fixtures.EXTRACTOR).describe();
        List<String> nodes = new ArrayList<>();
        TreeSet<String> stores = new TreeSet<>();
        TreeSet<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology s : d.subtopologies()) {
            for (TopologyDescription.Node n : s.nodes()) {
                nodes.add(s.id() + ":" + n.name());
                if (n instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                }
                if (n instanceof TopologyDescription.Source src) {
                    topics.addAll(src.topicSet());
                }
                if (n instanceof TopologyDescription.Sink sink) {
                    topics.add(sink.topic());
                }
            }
        }
        assertEquals(List.of(
                        "0:read-updates", "0:drop-redeliveries", "0:version-posts", "0:claims-to-topic",
                        "0:roll-up-to-places", "0:write-claims", "0:claims-by-location-repartition-filter",
                        "0:claims-by-location-repartition-sink",
                        "1:claims-by-location-repartition-source", "1:aggregate-by-location", "1:write-aggregates",
                        "2:read-claims-table-source", "2:read-claims-table",
                        "3:read-aggregates-table-source", "3:read-aggregates-table"),
                nodes.stream().sorted(TopologyNamesTest::bySubtopologyThenFlow).toList());
        assertEquals(new TreeSet<>(List.of("location-claim-entries-store", "location-blog-clocks-store",
                "changed-aggregates-store", "claims-store", "aggregates-store",
                "post-claims-store", "post-blog-clocks-store", "post-expiry-index-store", "updates-delivered-store",
                "updates-delivered-expiry-store")),
                stores);
        assertEquals(new TreeSet<>(List.of("liveblog.updates.v1", "liveblog.claims.v1", "liveblog.aggregates.v1",
                "claims-by-location-repartition")), topics);
    }

    private static final List<String> FLOW = List.of("read-updates", "drop-redeliveries", "version-posts",
            "claims-to-topic", "roll-up-to-places", "write-claims", "claims-by-location-repartition-filter",
            "claims-by-location-repartition-sink", "claims-by-location-repartition-source", "aggregate-by-location",
            "write-aggregates", "read-claims-table-source", "read-claims-table", "read-aggregates-table-source",
            "read-aggregates-table");

    private static int bySubtopologyThenFlow(String a, String b) {
        int c = a.substring(0, 1).compareTo(b.substring(0, 1));
        return c != 0 ? c : Integer.compare(FLOW.indexOf(a.substring(2)), FLOW.indexOf(b.substring(2)));
    }
}
