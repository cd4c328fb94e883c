package io.zhibiao.core.extract.number;

import java.util.ArrayList;
import java.util.List;

/** Pass count of one spec file, the failing cases, and the cases left out of the count on purpose. */
final class ConformanceScore {
    final String model;
    int passed;
    int counted;
    int excluded;
    final List<String> failures = new ArrayList<>();

    ConformanceScore(String model) {
        this.model = model;
    }

    double rate() {
        return counted == 0 ? 0 : (double) passed / counted;
    }

    String summary() {
        return String.format("%-17s %3d/%3d passed (%.1f%%), %d excluded", model, passed, counted, 100 * rate(), excluded);
    }

    /** Numeric equality with a relative tolerance: the specs print doubles with 15 significant digits. */
    static boolean sameNumber(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** A spec value such as "15700", "2.4%", "5E-06", or null if it is not a plain number. */
    static Double number(String s) {
        String t = s.trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "(20,35]" against a recognized range: bounds compared numerically, brackets exactly. */
    static boolean sameInterval(String expected, RecognizedRange actual) {
        String e = expected.trim();
        if (e.length() < 3) {
            return false;
        }
        int comma = e.indexOf(',');
        String lo = e.substring(1, comma);
        String hi = e.substring(comma + 1, e.length() - 1);
        boolean lowIn = e.charAt(0) == '[';
        boolean highIn = e.charAt(e.length() - 1) == ']';
        return sameBound(lo, actual.low()) && sameBound(hi, actual.high())
                && (lo.isEmpty() || lowIn == actual.lowInclusive())
                && (hi.isEmpty() || highIn == actual.highInclusive());
    }

    private static boolean sameBound(String expected, Double actual) {
        if (expected.isEmpty()) {
            return actual == null;
        }
        Double v = number(expected);
        return v != null && actual != null && sameNumber(v, actual);
    }
}
