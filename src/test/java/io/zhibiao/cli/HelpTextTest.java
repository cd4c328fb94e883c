package io.zhibiao.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help} lists every command with its whole description. */
class HelpTextTest {
    @Test
    void theCommandListGivesTheWorkCommandsDescriptionWhole() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("matched to documents by content hash"), r.out());
    }
}
