package io.zhibiao.core.extract.cues;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue files an analyst edits: what they hold is what the engine reads, and a slip is refused by name. */
class CueFileTest {
    private static Map<String, List<String>> parse(String text) throws Exception {
        return CueFile.parse("test.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void sectionsHoldTheirWordsInOrderWithoutComments() throws Exception {
        Map<String, List<String>> s = parse("# about\n[a]\n# why\n力争\n争取 # comment\n\n[b]\n增速\n");
        assertEquals(List.of("力争", "争取"), s.get("a"));
        assertEquals(List.of("增速"), s.get("b"));
    }

    @Test
    void aSectionOpenedTwiceIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("[a]\n力争\n[b]\n增速\n[a]\n全年\n"));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("[a]"), e.getMessage());
    }

    @Test
    void aHeaderWithTextAfterItIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("[a]\n力争\n[b] word: the figure\n全年\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aWordBeforeAnySectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("力争\n[a]\n"));
    }

    @Test
    void everyBundledCueFileLoads() {
        for (String f : List.of("/io/zhibiao/core/extract/reference-cues.txt", ValueWords.RESOURCE,
                "/io/zhibiao/core/extract/unit-words.txt")) {
            CueFile file = CueFile.load(f);
            assertTrue(file.lines(f.contains("unit") ? "base_units" : f.contains("value") ? "growth_verbs" : "part")
                    .size() > 2, f);
        }
        assertEquals(List.of("全年", "全年度"), CueFile.load("/io/zhibiao/core/extract/reference-cues.txt").lines("full_year"));
    }
}
