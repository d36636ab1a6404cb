package io.liveblog.extract;

import org.junit.jupiter.api.Test;

/** Development aid: prints what the extractor reads in the seed (run with -Dtest=SeedDump). */
class SeedDump {
    @Test
    void dump() throws Exception {
        ClaimExtractor x = new ClaimExtractor(TestPlaces.GAZETTEER);
        for (PostText p : SeedPosts.read()) {
            System.out.println("## " + p.headline());
            for (ExtractedClaim c : x.extract(p)) {
                System.out.println("  " + c.field() + " " + c.metric() + " " + c.quantity() + " unit=" + c.unit()
                        + " place=" + (c.place() == null ? null : c.place().name()) + " src=" + c.source() + " "
                        + c.scope() + " " + c.modality() + " [" + c.text() + "]");
            }
        }
    }
}
