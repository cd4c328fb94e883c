package io.zhibiao.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limits a benchmark holds its README figures to, given on its command line as {@code limit:NAME=VALUE}
 * (the pom writes each beside the README figure it comes from: a time is allowed 1.3 times the figure, a
 * throughput the figure divided by 1.3, a detection share two points under it). Each measurement is checked
 * against its limit as it comes; {@link #finish} prints every verdict and ends the JVM with exit code 1 when
 * a measurement missed its limit, or when a limit was given that the run never measured (a typo in the pom
 * would otherwise hold nothing).
 */
final class Limits {
    private final Map<String, Double> limits = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private final List<String> verdicts = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    private Limits() {
    }

    /** Takes the {@code limit:NAME=VALUE} arguments out of {@code args}; the rest are returned in order. */
    static Limits from(String[] args, List<String> positional) {
        Limits l = new Limits();
        for (String a : args) {
            if (a.startsWith("limit:")) {
                int eq = a.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("a limit is written limit:NAME=VALUE, got " + a);
                }
                l.limits.put(a.substring("limit:".length(), eq), Double.parseDouble(a.substring(eq + 1)));
            } else {
                positional.add(a);
            }
        }
        return l;
    }

    /**
     * The limits of one way of running: {@code limit:MODE.NAME=V} for {@code mode} "MODE", plain
     * {@code limit:NAME=V} for mode "" (e.g. a packaged app measured instead of the build's classes).
     * The others are dropped, so they are neither held nor missed.
     */
    Limits select(String mode) {
        Limits l = new Limits();
        limits.forEach((name, value) -> {
            int dot = name.indexOf('.');
            String prefix = dot < 0 ? "" : name.substring(0, dot);
            if (prefix.equals(mode)) {
                l.limits.put(name.substring(dot + 1), value);
            }
        });
        return l;
    }

    /** A time, a size or anything else where less is better: fails above the limit. */
    void atMost(String name, String figure, double measured, String unit) {
        check(name, figure, measured, unit, true);
    }

    /** A throughput or share where more is better: fails below the limit. */
    void atLeast(String name, String figure, double measured, String unit) {
        check(name, figure, measured, unit, false);
    }

    private void check(String name, String figure, double measured, String unit, boolean upper) {
        Double limit = limits.get(name);
        if (limit == null) {
            return; // run by hand without limits: the figures are printed, nothing is judged
        }
        checked.add(name);
        boolean ok = upper ? measured <= limit : measured >= limit;
        String u = unit.isEmpty() ? "" : " " + unit;
        String line = String.format("%s: %s measured %s%s, limit %s %s%s", ok ? "within limit" : "LIMIT MISSED",
                figure, format(measured), u, upper ? "at most" : "at least", format(limit), u);
        verdicts.add(line);
        if (!ok) {
            missed.add(line);
        }
    }

    /** Every figure past its limit, and every limit given that this run never measured. */
    List<String> failures() {
        List<String> all = new ArrayList<>(missed);
        for (String name : limits.keySet()) {
            if (!checked.contains(name)) {
                all.add("limit:" + name + " was given but never measured");
            }
        }
        return all;
    }

    /** Prints the verdicts; exits with 1 when a figure missed its limit or a limit went unmeasured. */
    void finish(String benchmark) {
        verdicts.forEach(v -> System.out.println("  " + v));
        List<String> failures = failures();
        if (!failures.isEmpty()) {
            System.out.println(benchmark + " FAILED: " + failures.size() + " README figure(s) past their limits"
                    + " or not measured:");
            failures.forEach(m -> System.out.println("  " + m));
            System.out.flush();
            System.exit(1);
        }
        if (!limits.isEmpty()) {
            System.out.println(benchmark + ": every README figure within its limit (" + limits.size() + ")");
        }
    }

    /** Four significant digits: enough to tell a measurement from a limit written with up to four. */
    private static String format(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
