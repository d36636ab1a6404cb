package io.liveblog.cli;

import io.liveblog.cli.kafka.CompactedTopicReader;
import io.liveblog.schema.DeadLetter;
import io.liveblog.topics.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a run dead-lettered, stage by stage and reason by reason, read from the dead-letter topic between two marks.
 *
 * <p>Why from the topic: the producer counts its own rejections, but the streams app dead-letters too (records it
 * cannot decode, posts it cannot version, claims it cannot aggregate), and a run that lost most of its posts there
 * must not look clean. Records before the mark (earlier runs on the same cluster) are not counted.
 */
final class DeadLetterTally {

    /** Dead letters of one stage and one kind of failure. */
    record Group(String stage, String kind, long count, String firstSource, String firstReason) {
    }

    private final Map<String, Group> groups = new TreeMap<>();
    private long total;

    /** @return the end of the dead-letter topic now, to count from later ({@link #since}) */
    static Map<Integer, Long> mark(Properties clientProps, Topic<String, DeadLetter> topic) {
        return CompactedTopicReader.endOffsets(clientProps, topic);
    }

    /** @return the dead letters written to the topic since {@code mark} */
    static DeadLetterTally since(Properties clientProps, Topic<String, DeadLetter> topic, Map<Integer, Long> mark) {
        DeadLetterTally tally = new DeadLetterTally();
        CompactedTopicReader.scanFrom(clientProps, topic, mark, (k, v) -> {
            if (v != null) {
                tally.add(v);
            }
        });
        return tally;
    }

    /** Counts one dead letter, grouped by its stage and the exception class (or the reason when there is none). */
    void add(DeadLetter d) {
        String kind = d.getErrorClass() != null ? simpleName(d.getErrorClass()) : firstWords(d.getReason());
        groups.merge(d.getStage() + '|' + kind, new Group(d.getStage(), kind, 1, d.getSource(), d.getReason()),
                (a, b) -> new Group(a.stage(), a.kind(), a.count() + 1, a.firstSource(), a.firstReason()));
        total++;
    }

    /** @return how many dead letters were counted */
    long total() {
        return total;
    }

    /** @return the groups, by stage and kind */
    List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** @return lines a user reads: how many per stage and kind, with the first record's source and reason */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (total == 0) {
            lines.add("Dead-lettered in this run: none");
            return lines;
        }
        lines.add("Dead-lettered in this run: " + total + " (records kept on the dead-letter topic with their reason)");
        for (Group g : groups.values()) {
            lines.add(String.format("  %-8s %6d  %s — first at %s: %s", g.stage(), g.count(), g.kind(),
                    g.firstSource(), g.firstReason()));
        }
        return lines;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** A reason's words up to its first colon or 60 characters: the kind, without the record's own details. */
    private static String firstWords(String reason) {
        int colon = reason.indexOf(':');
        String head = colon > 0 ? reason.substring(0, colon) : reason;
        return head.length() > 60 ? head.substring(0, 60) + "..." : head;
    }
}
