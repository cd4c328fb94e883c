package io.zhibiao.core.extract.headline;

/** What makes a headline value right: indicator, measure, target or actual, year, value, qualifier, stretch. */
record HeadlineKey(String code, String measure, String kind, int year, double value, String qualifier,
                   boolean stretch) {
    HeadlineKey {
        value = Math.round(value * 10_000) / 10_000.0;
    }

    /** The same statement whatever its value: to tell a wrong value from a statement that should not be there. */
    String slot() {
        return code + "/" + measure + "/" + kind + "/" + year;
    }

    @Override
    public String toString() {
        return slot() + "=" + value + (qualifier.equals("eq") ? "" : " " + qualifier) + (stretch ? " stretch" : "");
    }
}
