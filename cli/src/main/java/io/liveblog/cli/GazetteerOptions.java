package io.liveblog.cli;

import io.liveblog.geo.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that extracts figures: the bundled gazetteer, optionally extended with GeoNames. */
public final class GazetteerOptions {

    @Option(names = "--geonames", paramLabel = "FILE",
            description = "Extend the bundled gazetteer with a GeoNames dump you supply (allCountries.txt or XX.txt, "
                    + "the standard 19-column format). Default: LIVEBLOG_GEONAMES, else none.")
    Path geonames;

    @Option(names = "--geonames-admin1", paramLabel = "FILE",
            description = "GeoNames admin1CodesASCII.txt, to name first-level divisions of imported places.")
    Path admin1Codes;

    /** @return the gazetteer to extract with */
    Gazetteer gazetteer() {
        Path dump = geonames;
        if (dump == null && System.getenv("LIVEBLOG_GEONAMES") != null) {
            dump = Path.of(System.getenv("LIVEBLOG_GEONAMES"));
        }
        if (dump == null) {
            return Gazetteer.bundled();
        }
        for (Path p : admin1Codes == null ? new Path[] {dump} : new Path[] {dump, admin1Codes}) {
            if (!Files.isReadable(p)) {
                throw new UsageException("GeoNames file " + p + " does not exist or is not readable");
            }
        }
        try {
            return admin1Codes == null ? Gazetteer.bundled().withGeoNames(dump)
                    : Gazetteer.bundled().withGeoNames(dump, admin1Codes);
        } catch (IOException e) {
            throw new UsageException("cannot read GeoNames dump " + dump + ": " + e.getMessage());
        }
    }
}
