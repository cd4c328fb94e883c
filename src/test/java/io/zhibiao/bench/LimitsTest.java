package io.zhibiao.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a benchmark reads its limits from the pom's arguments and judges its measurements by them. */
class LimitsTest {
    @Test
    void limitsAreTakenOutOfTheArgumentsAndTheRestKeepTheirOrder() {
        List<String> rest = new ArrayList<>();
        Limits.from(new String[]{"1000", "limit:median-s=6.56", "3"}, rest);
        assertEquals(List.of("1000", "3"), rest);
    }

    @Test
    void aTimeOverItsLimitAndAThroughputUnderItsLimitFail() {
        Limits l = Limits.from(new String[]{"limit:median-s=6.56", "limit:single-mbs=13.54"}, new ArrayList<>());
        l.atMost("median-s", "import", 6.56, "s");
        l.atLeast("single-mbs", "extraction", 13.54, "MB/s");
        assertEquals(List.of(), l.failures(), "a measurement on its limit is within it");

        Limits worse = Limits.from(new String[]{"limit:median-s=6.56", "limit:single-mbs=13.54"}, new ArrayList<>());
        worse.atMost("median-s", "import", 6.57, "s");
        worse.atLeast("single-mbs", "extraction", 13.53, "MB/s");
        List<String> failures = worse.failures();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("import measured 6.57 s, limit at most 6.56 s"), failures.get(0));
    }

    @Test
    void aLimitNeverMeasuredFailsAndAMeasurementWithoutALimitIsOnlyPrinted() {
        Limits l = Limits.from(new String[]{"limit:media-s=6.56"}, new ArrayList<>());
        l.atMost("median-s", "import", 60, "s");
        assertEquals(List.of("limit:media-s was given but never measured"), l.failures());
    }

    @Test
    void aPackagedRunHoldsOnlyThePackagedLimits() {
        String[] args = {"limit:startup-ms=1729", "limit:packaged.startup-ms=2327"};
        Limits packaged = Limits.from(args, new ArrayList<>()).select("packaged");
        packaged.atMost("startup-ms", "start-up", 2000, "ms");
        assertEquals(List.of(), packaged.failures(), "2000 ms is within the packaged app's 2327 ms");

        Limits headless = Limits.from(args, new ArrayList<>()).select("");
        headless.atMost("startup-ms", "start-up", 2000, "ms");
        assertEquals(1, headless.failures().size(), "but over the headless 1729 ms");
    }
}
