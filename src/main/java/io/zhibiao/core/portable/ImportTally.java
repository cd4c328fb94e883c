package io.zhibiao.core.portable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Counts an import as it goes; becomes the {@link WorkImportReport}. */
final class ImportTally {
    int documentsMatched;
    final List<WorkImportReport.MissingDocument> missing = new ArrayList<>();
    int indicatorsApplied;
    int indicatorsUnchanged;
    final List<String> keptAsAdded = new ArrayList<>();
    int overridesApplied;
    int tagsCreated;
    final List<String> catalogAdded = new ArrayList<>();
    final List<String> catalogChanged = new ArrayList<>();
    final List<WorkConflict> conflicts = new ArrayList<>();
    int historyAdded;

    WorkImportReport report(int documentsInFile, ConflictPolicy policy, Duration elapsed) {
        return new WorkImportReport(documentsInFile, documentsMatched, missing, indicatorsApplied,
                indicatorsUnchanged, keptAsAdded, overridesApplied, tagsCreated, catalogAdded, catalogChanged, conflicts, historyAdded, policy,
                elapsed);
    }
}
