package io.zhibiao.cli;

import io.zhibiao.core.files.Printable;
import io.zhibiao.core.review.DocumentLabel;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewWork;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete documents (the sample reports too): they go to the trash with their text, indicators "
                + "and review work, and leave every list, search and export. `trash --restore ID` brings them back "
                + "as they were; `trash --empty` removes them for good. The history records who deleted what, when.",
                "Asks for confirmation, naming the documents and the review work in them, unless --yes.",
                "Exit code 0 when deleted, 1 when not (declined, or an id the store does not hold), 2 on wrong usage."})
final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--document", required = true, arity = "1..*", paramLabel = "ID",
            description = "The id of a document to delete (as `list` shows it); several may follow.")
    List<Long> documents;

    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            List<DocumentSummary> chosen = new ArrayList<>();
            for (long id : new LinkedHashSet<>(documents)) {
                Optional<DocumentSummary> d = s.documents().findById(id);
                if (d.isEmpty()) {
                    return refuse(err, "No document with id " + id + " in the store; nothing was deleted.");
                }
                if (s.documents().deletedAt(id).isPresent()) {
                    return refuse(err, "Document " + id + " is already in the trash; nothing was deleted.");
                }
                chosen.add(d.get());
            }
            ReviewService review = new ReviewService(s,
                    Settings.load(s.location().resolveSibling("settings.properties")).analyst());
            List<Long> ids = chosen.stream().map(DocumentSummary::id).toList();
            for (DocumentSummary d : chosen) {
                out.println(d.id() + "  " + Printable.text(DocumentLabel.of(d)));
            }
            String question = "Delete " + count(chosen.size(), "document") + describe(review.workIn(ids)) + "?";
            if (!yes && !Confirmation.ask(out, question)) {
                out.println("Nothing was deleted.");
                out.flush();
                return 1;
            }
            int deleted = review.deleteDocuments(ids);
            out.println("Deleted " + count(deleted, "document") + (deleted == 1 ? "; it is" : "; they are")
                    + " in the trash: `trash --restore " + ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(" ")) + "` brings " + (deleted == 1 ? "it" : "them") + " back.");
            out.flush();
            return 0;
        }
    }

    /** ", with their review work: 3 verified, 1 corrected, 2 tagged rows", or nothing when there is none. */
    static String describe(ReviewWork w) {
        if (w.isEmpty()) {
            return " (no review work in them)";
        }
        List<String> parts = new ArrayList<>();
        if (w.verified() > 0) {
            parts.add(w.verified() + " verified");
        }
        if (w.corrected() > 0) {
            parts.add(w.corrected() + " corrected");
        }
        if (w.rejected() > 0) {
            parts.add(w.rejected() + " rejected");
        }
        if (w.tagged() > 0) {
            parts.add(w.tagged() + " tagged");
        }
        return " with their review work: " + String.join(", ", parts) + " rows";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return 1;
    }
}
