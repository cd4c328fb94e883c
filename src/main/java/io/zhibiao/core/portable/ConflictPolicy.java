package io.zhibiao.core.portable;

import java.util.Locale;

/**
 * What an import does when this store already holds different analyst work on the same indicator, document
 * field or tag colour. Every such case is reported, whatever the policy.
 */
public enum ConflictPolicy {
    /** The change made later wins (by the time it was made); on a tie this store's work stays. The default. */
    NEWER_WINS,
    /** This store's work always stays. */
    KEEP_MINE,
    /** The file's work always replaces this store's. */
    TAKE_THEIRS;

    /** As written on the command line: newer-wins, keep-mine, take-theirs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ConflictPolicy fromId(String id) {
        for (ConflictPolicy p : values()) {
            if (p.id().equalsIgnoreCase(id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a conflict policy (newer-wins, keep-mine, take-theirs)");
    }

    boolean theirsWins(java.time.Instant mine, java.time.Instant theirs) {
        return switch (this) {
            case KEEP_MINE -> false;
            case TAKE_THEIRS -> true;
            case NEWER_WINS -> mine == null || (theirs != null && theirs.isAfter(mine));
        };
    }
}
