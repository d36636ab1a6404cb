package io.liveblog.producer.watch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds small RSS documents for watcher tests (invented posts about an invented flood). */
final class TestFeeds {

    /** One item. */
    record Item(String guid, String time, String title, String body) {
    }

    private TestFeeds() {
    }

    /** The Kura floods blog's posts the watcher tests serve. */
    static final Item FIRST = item("p1", "2024-06-01T08:00:00Z", "River breaks its banks",
            "Water entered 40 homes in the lower town.");
    static final Item SECOND = item("p2", "2024-06-01T09:30:00Z", "Two dead in Kura valley",
            "Police said two people drowned near the old bridge.");
    static final Item SECOND_EDITED = item("p2", "2024-06-01T09:30:00Z", "Three dead in Kura valley",
            "Police said three people drowned near the old bridge.");
    static final Item THIRD = item("p3", "2024-06-01T10:15:00Z", "Evacuation centres open",
            "Six schools are sheltering 1,200 people.");

    static Item item(String guid, String isoTime, String title, String body) {
        return new Item(guid, isoTime, title, body);
    }

    static String rss(Item... items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>River Kura floods: live</title><link>https://floods.example/live/kura</link>\n");
        for (Item item : items) {
            out.append("<item><guid>").append(item.guid()).append("</guid>");
            if (item.time() != null) {
                out.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.parse(item.time()).atOffset(ZoneOffset.UTC))).append("</pubDate>");
            }
            out.append("<title>").append(item.title()).append("</title><description><![CDATA[<p>")
                    .append(item.body()).append("</p>]]></description></item>\n");
        }
        return out.append("</channel></rss>\n").toString();
    }
}
