package io.zhibiao.core.model;

/**
 * A division of the national gazetteer. Codes are 6-digit statistical division codes
 * (a province 420000, a prefecture 421200, a county 421281). For a prefecture, the prefecture
 * fields point to itself; for a province, both prefecture fields are null.
 */
public record Region(String code, String name, RegionLevel level,
                     String prefectureCode, String prefectureName,
                     String provinceCode, String provinceName) {

    /** Name with its parents, for display: 湖北省 咸宁市 赤壁市. */
    public String qualifiedName() {
        StringBuilder sb = new StringBuilder(provinceName);
        if (prefectureName != null && !prefectureName.equals(provinceName) && level != RegionLevel.PROVINCE) {
            sb.append(' ').append(prefectureName);
        }
        if (level == RegionLevel.COUNTY) {
            sb.append(' ').append(name);
        }
        return sb.toString();
    }
}
