package io.zhibiao.core.review;

/** What an analyst can correct about a whole document; {@link #column()} names it in the audit trail. */
public enum OverrideField implements MergeableField {
    REGION("region_code"), YEAR("report_year"), KIND("kind");

    private final String column;

    OverrideField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    @Override
    public String auditField() {
        return column;
    }
}
