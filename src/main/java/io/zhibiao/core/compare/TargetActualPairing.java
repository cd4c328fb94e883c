package io.zhibiao.core.compare;

import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Pairs targets with actuals: the target of year T (kind target, year T, usually from the year-T work
 * report) next to the actual of year T (kind actual, year T, from the T+1 report's review, a completion
 * report or a summary), matched by region code + indicator code + measure. Pure logic over
 * {@link Observation}s, so the export and the workbench's target-versus-actual view share it.
 *
 * <p>Rejected indicators are ignored; corrected ones take part with their corrected value. Observations
 * without a region, catalog code, measure, kind or year cannot be paired and are skipped.
 */
public final class TargetActualPairing {
    private TargetActualPairing() {
    }

    /** One pair per key that has a target or an actual, ordered by region, code, measure and year. */
    public static List<TargetActualPair> pair(Collection<Observation> observations) {
        Map<PairKey, Candidates> byKey = new HashMap<>();
        for (Observation o : observations) {
            if (o.status() == ReviewStatus.REJECTED || o.kind() == null || !o.regionYearFigure()) {
                continue;
            }
            PairKey key = o.pairKey();
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new Candidates()).add(o);
            }
        }
        List<PairKey> keys = new ArrayList<>(byKey.keySet());
        keys.sort(PairKey.ORDER);
        List<TargetActualPair> pairs = new ArrayList<>(keys.size());
        for (PairKey key : keys) {
            pairs.add(byKey.get(key).toPair(key));
        }
        return pairs;
    }

    /** Keeps only the best candidate of each role, so memory stays flat however many duplicates come in. */
    private static final class Candidates {
        private Observation target;
        private Observation stretch;
        private Observation actual;
        private int targetCount;
        private int actualCount;

        void add(Observation o) {
            if (o.kind() == ValueKind.ACTUAL) {
                actualCount++;
                actual = better(actual, o, CandidateRanking.ACTUALS);
            } else if (o.stretch()) {
                targetCount++;
                stretch = better(stretch, o, CandidateRanking.TARGETS);
            } else {
                targetCount++;
                target = better(target, o, CandidateRanking.TARGETS);
            }
        }

        private static Observation better(Observation current, Observation candidate,
                                          java.util.Comparator<Observation> ranking) {
            return current == null || ranking.compare(candidate, current) < 0 ? candidate : current;
        }

        TargetActualPair toPair(PairKey key) {
            Observation deciding = target != null ? target : stretch;
            Judgement judgement = TargetJudge.judge(deciding, actual);
            Outcome stretchOutcome = stretch == null ? null : TargetJudge.judge(stretch, actual).outcome();
            return new TargetActualPair(key, target, stretch, actual, judgement.outcome(), judgement.difference(),
                    stretchOutcome, targetCount, actualCount);
        }
    }
}
