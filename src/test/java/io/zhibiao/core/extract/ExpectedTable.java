package io.zhibiao.core.extract;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A hand-checked indicator table (src/test/resources/expected/*.csv) and precision/recall against it. */
final class ExpectedTable {
    /** The fields a value must get right to count: code, measure, kind, year, value, qualifier, stretch. */
    record Key(String code, String measure, String kind, int year, Double value, String qualifier, boolean stretch) {
        static Key of(IndicatorValue v) {
            return new Key(v.code(), v.measure().id(), v.kind().id(), v.year() == null ? -1 : v.year(), v.value(),
                    v.qualifier() == null ? "" : v.qualifier().id(), v.stretch());
        }

        boolean matches(Key o) {
            return code.equals(o.code) && measure.equals(o.measure) && kind.equals(o.kind) && year == o.year
                    && Objects.equals(qualifier, o.qualifier) && stretch == o.stretch
                    && (value == null ? o.value == null : o.value != null && Math.abs(value - o.value) < 1e-9);
        }
    }

    record Score(int truePositives, int extracted, int expected, List<Key> missed, List<Key> wrong) {
        double precision() {
            return extracted == 0 ? 1 : (double) truePositives / extracted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        Score plus(Score o) {
            List<Key> m = new ArrayList<>(missed);
            m.addAll(o.missed);
            List<Key> w = new ArrayList<>(wrong);
            w.addAll(o.wrong);
            return new Score(truePositives + o.truePositives, extracted + o.extracted, expected + o.expected, m, w);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f (tp %d, extracted %d, expected %d)", precision(), recall(),
                    truePositives, extracted, expected);
        }
    }

    static List<Key> load(String resource) throws IOException {
        try (InputStream in = ExpectedTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<Key> keys = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split(",", -1);
                keys.add(new Key(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4].isEmpty() ? null : Double.valueOf(f[4]),
                        f[6], Boolean.parseBoolean(f[7])));
            }
            return keys;
        }
    }

    /** Scores the catalog values of {@code actual} against {@code expected}, each expected row used once. */
    static Score score(List<Key> expected, List<IndicatorValue> actual) {
        List<Key> remaining = new ArrayList<>(expected);
        List<Key> wrong = new ArrayList<>();
        int tp = 0;
        int extracted = 0;
        for (IndicatorValue v : actual) {
            if (v.code() == null || v.scope() != Scope.REGION) {
                // the tables hold the region's own figures; a part's (对俄进出口, 高新区) is another statement
                continue;
            }
            extracted++;
            Key k = Key.of(v);
            Key hit = remaining.stream().filter(k::matches).findFirst().orElse(null);
            if (hit != null) {
                remaining.remove(hit);
                tp++;
            } else {
                wrong.add(k);
            }
        }
        return new Score(tp, extracted, expected.size(), remaining, wrong);
    }
}
