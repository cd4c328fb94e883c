package io.zhibiao.core.detect;

import io.zhibiao.core.model.Region;

/**
 * Evidence collected for one region and how it adds up. The weights express a ranking of signals, not a fit to
 * particular documents: a label (title, portal name, publisher, file name) outweighs anything in running text;
 * a name in a subject phrase (X第六届人民代表大会, 代表X人民政府) outweighs plain repetition; repetition counts
 * logarithmically so a neighbour that is mentioned often (武汉都市圈) cannot outrun the speaker's own name.
 */
final class RegionEvidence {

    final Region region;
    /** Mentions, full names 1, short names 0.7, ambiguous names shared. */
    double frequency;
    double subject;
    double head;
    double superior;
    double title;
    double publisher;
    double hint;
    /** Distinct child regions named in the text: a prefecture report names its counties. */
    int children;
    boolean ancestorMentioned;
    /** Whether the region's unit word matches 全市/全县/全州 …; null when the text has no such cue. */
    Boolean unitMatches;

    RegionEvidence(Region region) {
        this.region = region;
    }

    double score() {
        double s = 2 * log2(1 + frequency);
        s += Math.min(subject, 8);
        s += Math.min(head, 2);
        s += title + publisher + hint;
        s += Math.min(children * 0.75, 3);
        s += ancestorMentioned ? 0.5 : 0;
        if (unitMatches != null) {
            s += unitMatches ? 2 : -2;
        }
        s -= Math.min(superior, 3);
        return s;
    }

    @Override
    public String toString() {
        return String.format("%s score=%.2f freq=%.1f subject=%.1f head=%.1f superior=%.1f title=%.1f publisher=%.1f"
                        + " hint=%.1f children=%d ancestor=%s unit=%s", region.name(), score(), frequency, subject, head,
                superior, title, publisher, hint, children, ancestorMentioned, unitMatches);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
