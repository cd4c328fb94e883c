package io.zhibiao.core.store;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The documents a lesson re-extracts are those the dictionary matcher would find its phrase in: a report writing
 * ＲＤ经费 in full width or rd经费 in lower case holds the alias RD经费 as surely as one writing it as taught.
 */
class TextHoldingSearchTest {
    // the import numbers the reports in whichever order its threads finish: compared by file name, sorted
    @TempDir
    Path tmp;

    @Test
    void aPhraseIsFoundInAnyCaseAndWidthAndAChinesePhraseAsWritten() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        texts.put("a-full-width.txt", "2024年咸宁市政府工作报告\n全社会ＲＤ经费投入增长12%。\n");
        texts.put("b-lower-case.txt", "2024年赤壁市政府工作报告\n全社会rd经费投入增长10%。\n");
        texts.put("c-as-taught.txt", "2024年嘉鱼县政府工作报告\n全社会RD经费投入增长9%，城镇新增就业1.2万人。\n");
        texts.put("d-without.txt", "2024年通山县政府工作报告\n全社会研发投入增长8%，城镇新增就业0.8万人。\n");
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        for (var e : texts.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        try (Store store = newStore(tmp)) {
            ImportService.withBundledData(store).importPaths(List.of(dir), ImportListener.NONE, () -> false);
            CorpusTextQueries queries = new CorpusTextQueries(store);

            assertEquals(List.of("a-full-width.txt", "b-lower-case.txt", "c-as-taught.txt"),
                    holding(store, queries, "RD经费"));
            assertEquals(List.of("c-as-taught.txt", "d-without.txt"), holding(store, queries, "城镇新增就业"));
            assertEquals(List.of(), holding(store, queries, "招商引资"));
        }
    }

    private static List<String> holding(Store store, CorpusTextQueries queries, String phrase) {
        List<String> files = new ArrayList<>();
        queries.eachTextHolding(PhraseTrie.fold(phrase), text -> {
            String stored = store.documents().loadText(text.documentId()).orElseThrow().originalText();
            assertEquals(stored, text.originalText(), "the text as stored is handed on");
            files.add(store.documents().findById(text.documentId()).orElseThrow().fileName());
        });
        return files.stream().sorted().toList();
    }

    /** An empty store; a team store in {@link TextHoldingSearchOnTeamStoreTest}. */
    Store newStore(Path dir) {
        return Store.open(dir.resolve("zhibiao"));
    }
}
