package io.zhibiao.core.portable;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. Documents of the file that this store does not hold are listed, not an error: import
 * their reports, then import the work file again to apply the rest.
 *
 * @param indicatorsApplied   indicators whose work was written (including those added)
 * @param indicatorsUnchanged indicators whose work this store already had (or kept under the policy)
 * @param keptAsAdded         engine indicators this store's engine did not find: added as analyst indicators
 * @param catalogAdded        indicators the file's catalog added to this store's catalog
 * @param catalogChanged      indicators of this store's catalog the file's catalog changed (aliases, names…)
 * @param historyAdded        history events appended (events the store already had are not added again)
 */
public record WorkImportReport(int documentsInFile, int documentsMatched, List<MissingDocument> missing,
                               int indicatorsApplied, int indicatorsUnchanged, List<String> keptAsAdded,
                               int overridesApplied, int tagsCreated, List<String> catalogAdded,
                               List<String> catalogChanged, List<WorkConflict> conflicts,
                               int historyAdded, ConflictPolicy policy, Duration elapsed) {
    /** A document of the file that is not in the store. */
    public record MissingDocument(String contentHash, String fileName, String title) {
    }

    public WorkImportReport {
        missing = List.copyOf(missing);
        keptAsAdded = List.copyOf(keptAsAdded);
        catalogAdded = List.copyOf(catalogAdded);
        catalogChanged = List.copyOf(catalogChanged);
        conflicts = List.copyOf(conflicts);
    }

    /** True when the import wrote nothing (say, the same file imported a second time). */
    public boolean changedNothing() {
        return indicatorsApplied == 0 && overridesApplied == 0 && tagsCreated == 0 && historyAdded == 0
                && catalogAdded.isEmpty() && catalogChanged.isEmpty()
                && conflicts.stream().noneMatch(WorkConflict::theirsKept);
    }

    /** The sentence for missing documents, or null when none are missing. */
    public String missingMessage() {
        if (missing.isEmpty()) {
            return null;
        }
        return missing.size() == 1 ? "1 document of the file is not in this store; import its report first."
                : missing.size() + " documents of the file are not in this store; import their reports first.";
    }
}
