package io.zhibiao.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandDispatchTest {
    @Test
    void theCommandsReadOffTheAnnotationsAreTheOnesPicocliRuns() {
        Set<String> known = new CommandLine(new ZhibiaoCommand()).getSubcommands().keySet();
        assertTrue(known.contains("export"), known::toString);
        assertEquals(known, ZhibiaoCommand.commandNames());
        for (String name : known) {
            assertTrue(ZhibiaoCommand.isCommandLine(new String[] {name}), name);
        }
    }

    @Test
    void workbenchOptionsAndNoArgumentsOpenTheWindow() {
        assertFalse(ZhibiaoCommand.isCommandLine(new String[0]));
        assertFalse(ZhibiaoCommand.isCommandLine(new String[] {"--db", "x"}));
        assertFalse(ZhibiaoCommand.isCommandLine(new String[] {"--self-test"}));
        assertTrue(ZhibiaoCommand.isCommandLine(new String[] {"--version"}));
        assertTrue(ZhibiaoCommand.isCommandLine(new String[] {"export", "--out", "a.xlsx"}));
    }
}
