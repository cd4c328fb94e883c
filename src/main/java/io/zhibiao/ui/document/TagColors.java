package io.zhibiao.ui.document;

import java.util.List;

/** A stable colour for a new tag, so the same name gets the same colour on every machine. */
final class TagColors {
    private static final List<String> PALETTE = List.of("#e8590c", "#2f9e44", "#1971c2", "#9c36b5", "#c2255c",
            "#0c8599", "#f08c00", "#5c940d", "#3b5bdb", "#862e9c");

    private TagColors() {
    }

    static String forName(String name) {
        return PALETTE.get(Math.floorMod(name.hashCode(), PALETTE.size()));
    }
}
