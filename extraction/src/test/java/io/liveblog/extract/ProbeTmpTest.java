package io.liveblog.extract;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.nio.file.*;
import java.time.Instant;
import org.junit.jupiter.api.Test;
class ProbeTmpTest {
    @Test
    void probe() throws Exception {
        ClaimExtractor x = new ClaimExtractor(Gazetteer.bundled());
        String all = Files.readString(Path.of(System.getProperty("probe", "/tmp/probe/posts.txt")));
        for (String block : all.split("### ")) {
            if (block.isBlank()) continue;
            int nl = block.indexOf('\n');
            PostText p = new PostText("p", Instant.parse("2023-12-04T12:00:00Z"), block.substring(0, nl), null, block.substring(nl + 1).strip());
            System.out.println("## " + p.headline());
            for (ExtractedClaim c : x.extract(p)) {
                System.out.println("  " + (c.field().equals("headline") ? "H " : "") + c.metric().wireName() + " " + c.quantity().value() + "/" + c.quantity().qualifier().wireName()
                        + (c.unit() == null ? "" : " " + c.unit()) + " @" + (c.place() == null ? "-" : c.place().name()) + " src=" + c.source() + " " + c.scope().wireName() + " " + c.modality().wireName() + " [" + c.text() + "]");
            }
        }
    }
}
