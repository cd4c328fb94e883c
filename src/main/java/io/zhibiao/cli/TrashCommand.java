package io.zhibiao.cli;

import io.zhibiao.core.files.Printable;
import io.zhibiao.core.review.DocumentLabel;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "trash", mixinStandardHelpOptions = true,
        description = {"The deleted documents: lists them (without options), brings some back as they were "
                + "(--restore), or removes them and the review work in them for good (--empty, asks unless --yes). "
                + "The history keeps a line naming each document either way.",
                "Exit code 0 on success, 1 when nothing was done (declined, or an id not in the trash), "
                        + "2 on wrong usage."})
final class TrashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--restore", arity = "1..*", paramLabel = "ID",
                description = "Take these documents out of the trash, with all their work.")
        List<Long> restore;

        @Option(names = "--empty", description = "Remove every document in the trash for good.")
        boolean empty;
    }

    @Option(names = "--yes", description = "Empty the trash without asking.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            ReviewService review = new ReviewService(s,
                    Settings.load(s.location().resolveSibling("settings.properties")).analyst());
            List<DocumentSummary> trash = review.trash();
            if (action == null) {
                trash.forEach(d -> out.println(d.id() + "  " + Printable.text(DocumentLabel.of(d))));
                out.println(DeleteCommand.count(trash.size(), "document") + " in the trash.");
                out.flush();
                return 0;
            }
            if (action.restore != null) {
                Set<Long> inTrash = trash.stream().map(DocumentSummary::id).collect(Collectors.toSet());
                for (long id : action.restore) {
                    if (!inTrash.contains(id)) {
                        err.println("error: Document " + id + " is not in the trash; nothing was restored.");
                        err.flush();
                        return 1;
                    }
                }
                int restored = review.restoreDocuments(action.restore);
                out.println("Restored " + DeleteCommand.count(restored, "document") + ".");
                out.flush();
                return 0;
            }
            if (trash.isEmpty()) {
                out.println("The trash is empty.");
                out.flush();
                return 0;
            }
            trash.forEach(d -> out.println(d.id() + "  " + Printable.text(DocumentLabel.of(d))));
            String question = "Remove " + DeleteCommand.count(trash.size(), "document") + " for good"
                    + DeleteCommand.describe(review.workIn(trash.stream().map(DocumentSummary::id).toList()))
                    + "? This cannot be undone.";
            if (!yes && !Confirmation.ask(out, question)) {
                out.println("Nothing was removed.");
                out.flush();
                return 1;
            }
            out.println("Removed " + DeleteCommand.count(review.emptyTrash().size(), "document") + " for good.");
            out.flush();
            return 0;
        }
    }
}
