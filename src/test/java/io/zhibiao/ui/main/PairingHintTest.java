package io.zhibiao.ui.main;

import io.zhibiao.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A region whose targets cannot meet their actuals says which year's report would pair them. */
class PairingHintTest {
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void oneYearOfReportsNamesTheYearAfterAndTheYearBefore() {
        String hint = PairingHint.text(en, "洪湖市", Set.of(2024), false);
        assertTrue(hint.contains("2025") && hint.contains("2023") && hint.contains("洪湖市"), hint);
    }

    @Test
    void yearsApartNameTheYearAfterTheNewest() {
        String hint = PairingHint.text(en, "咸宁市", Set.of(2019, 2024), false);
        assertTrue(hint.contains("2025") && hint.contains("2023"), hint);
    }

    @Test
    void nothingToSayOncePairsMeetOrWithoutReports() {
        assertEquals("", PairingHint.text(en, "咸宁市", Set.of(2023, 2024), true));
        assertEquals("", PairingHint.text(en, "咸宁市", Set.of(), false));
        assertEquals("", PairingHint.text(en, "咸宁市", List.of(2024).stream().collect(java.util.stream.Collectors.toSet()), true));
    }
}
