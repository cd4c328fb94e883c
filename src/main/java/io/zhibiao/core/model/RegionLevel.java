package io.zhibiao.core.model;

/** Administrative level of a region; county covers counties, districts and county-level cities. */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY;

    /** The lower-case word used in files, JSON and the store. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RegionLevel fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
