package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;

import java.util.List;

/**
 * Names that fold several indicators into one word: 城乡 (城镇, 农村), 存贷款 (存款, 贷款), 三次产业 (第一, 第二,
 * 第三产业). Followed by 分别 and one value per member they are a list; with a single value they are a
 * combined figure that is none of the members ("存贷款余额增长13.7%").
 */
final class CompoundNames {
    /** A folded word and the words it stands for, in the order reports list their values. */
    private record Fold(String word, List<String> members) {
    }

    private static final List<Fold> FOLDS = ValueWords.FOLDED_NAMES.stream().map(line -> {
        String[] f = line.split("\\s+");
        return new Fold(f[0], List.of(f).subList(1, f.length));
    }).toList();

    private CompoundNames() {
    }

    /** The member names of {@code name} when it holds a folded word of {@code count} members; null otherwise. */
    static List<String> unfold(String name, int count) {
        for (Fold f : FOLDS) {
            int at = name.indexOf(f.word());
            if (at >= 0 && f.members().size() == count) {
                String head = name.substring(0, at);
                String tail = name.substring(at + f.word().length());
                return f.members().stream().map(m -> head + m + tail).toList();
            }
        }
        return null;
    }

    /** Where a folded word that ends inside [aliasStart, aliasEnd) begins before the alias, or -1. */
    static int foldedStart(CharSequence text, int from, int aliasStart, int aliasEnd) {
        for (Fold f : FOLDS) {
            String w = f.word();
            for (int s = Math.max(from, aliasStart - w.length() + 1); s < aliasStart; s++) {
                if (s + w.length() <= aliasEnd && s + w.length() > aliasStart
                        && Words.indexOf(text, w, s, s + w.length()) == s) {
                    return s;
                }
            }
        }
        return -1;
    }
}
