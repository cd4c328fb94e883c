package io.zhibiao.core.pipeline;

import io.zhibiao.core.detect.Gazetteer;
import io.zhibiao.core.extract.analysis.PlaceNames;
import io.zhibiao.core.model.Region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's names as {@link PlaceNames} for one report: full names (德阳市, 旌阳区) and short names
 * (旌阳, 兰州), except the report's own region and the regions it belongs to, which are the region itself
 * when they stand before an indicator (兰州市地区生产总值 in 兰州's report, 全省 in a province's).
 */
final class GazetteerPlaces {
    /** Short names shorter than this are too often plain words. */
    private static final int MIN_SHORT_NAME = 2;
    private static final int LONGEST_NAME = 12;

    private final Gazetteer gazetteer;
    private final Map<String, List<Region>> byName = new HashMap<>();

    GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Region r : gazetteer.all()) {
            byName.computeIfAbsent(r.name(), n -> gazetteer.byName(n));
            String shortName = gazetteer.shortName(r);
            if (shortName.length() >= MIN_SHORT_NAME && !shortName.equals(r.name())) {
                byName.computeIfAbsent(shortName, n -> gazetteer.byShortName(n));
            }
        }
    }

    /** The places of a report of {@code own} (null when its region is not known: then every name counts). */
    PlaceNames forRegion(Region own) {
        return (text, end, floor) -> {
            for (int len = Math.min(LONGEST_NAME, end - floor); len >= MIN_SHORT_NAME; len--) {
                String name = text.subSequence(end - len, end).toString();
                List<Region> regions = byName.get(name);
                if (regions != null && !regions.isEmpty() && !isOwn(regions, own)) {
                    return name;
                }
            }
            return null;
        };
    }

    private boolean isOwn(List<Region> regions, Region own) {
        if (own == null) {
            return false;
        }
        for (Region r : regions) {
            if (r.code().equals(own.code()) || gazetteer.isAncestor(r, own)) {
                return true;
            }
        }
        return false;
    }
}
