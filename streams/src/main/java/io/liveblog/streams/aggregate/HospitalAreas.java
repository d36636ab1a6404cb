package io.liveblog.streams.aggregate;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import io.liveblog.schema.Claim;
import java.util.List;
import java.util.Set;

/**
 * A hospital counts the dead and wounded brought to it from the strikes around it: "50 bodies arrived at the
 * Indonesian Hospital" and "at least 50 killed in the Jabalya camp" tell one incident from two places. The gazetteer
 * files the hospital under its own town, so the two places are not nested, and without this rule the one toll counts
 * twice in the district above them.
 *
 * <p>The rule is narrow: a death or injury toll, exactly one of the two places a hospital (two hospitals of one area
 * each count their own patients), and the two places share a unit below the first administrative level (a
 * governorate of the Gaza Strip, a raion, a district, a town), so a hospital is never joined with a place across its
 * country or its province. Every other rule of one incident (time, stated days, what happened) still holds.
 */
final class HospitalAreas {

    /** The tolls a hospital counts. */
    private static final Set<String> COUNTED = Set.of("killed", "injured");
    /** Units too large to be a hospital's area. */
    private static final Set<FeatureType> TOO_LARGE = Set.of(FeatureType.COUNTRY, FeatureType.TERRITORY,
            FeatureType.ADMIN1, FeatureType.REGION);

    private HospitalAreas() {
    }

    /** @return whether one claim is placed at a hospital and the other at a place of the hospital's area */
    static boolean hospitalAndItsArea(Claim a, Claim b) {
        if (!COUNTED.contains(a.getMetric()) || !a.getMetric().equals(b.getMetric())) {
            return false;
        }
        List<String> pa = a.getLocationIds();
        List<String> pb = b.getLocationIds();
        if (pa.isEmpty() || pb.isEmpty() || isHospital(last(pa)) == isHospital(last(pb))) {
            return false;
        }
        int shared = 0;
        while (shared < pa.size() && shared < pb.size() && pa.get(shared).equals(pb.get(shared))) {
            shared++;
        }
        if (shared == 0) {
            return false;
        }
        return gazetteer().byId(pa.get(shared - 1)).map(p -> !TOO_LARGE.contains(p.type())).orElse(false);
    }

    private static boolean isHospital(String placeId) {
        return gazetteer().byId(placeId).map(Place::type).orElse(null) == FeatureType.HOSPITAL;
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }

    private static Gazetteer gazetteer() {
        return Gazetteer.bundled();
    }
}
