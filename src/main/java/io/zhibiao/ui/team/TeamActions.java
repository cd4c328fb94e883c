package io.zhibiao.ui.team;

import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.corpus.CorpusViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The team's actions in the workbench: the corpus tree's "Assign to…" and "Mark for second review…", and
 * the Team menu ("My documents", documents per analyst, second review, agreement and adjudication). Every
 * store read and write runs in the background; a refusal (not a lead) is said in the error dialog.
 */
public final class TeamActions {
    private final AppContext context;
    private final Messages m;
    private final TeamWork team;
    private final CorpusViewModel corpus;
    private final Supplier<Window> owner;
    private final Consumer<String> error;
    private final CheckMenuItem mine = new CheckMenuItem();

    public TeamActions(AppContext context, CorpusViewModel corpus, Supplier<Window> owner, Consumer<String> error) {
        this.context = context;
        this.m = context.messages();
        this.team = TeamWork.of(context);
        this.corpus = corpus;
        this.owner = owner;
        this.error = error;
    }

    /** The corpus tree's context items; {@code selected} gives the documents they act on. */
    public List<MenuItem> contextItems(Supplier<List<Long>> selected) {
        MenuItem assign = new MenuItem(m.get("team.assign.menu"));
        assign.setId("corpus-assign");
        assign.setOnAction(e -> assign(selected.get()));
        MenuItem mark = new MenuItem(m.get("team.second.mark.menu"));
        mark.setId("corpus-mark-second");
        mark.setOnAction(e -> markForSecondReview(selected.get()));
        return List.of(assign, mark);
    }

    public Menu menu() {
        mine.setText(m.get("team.mine.menu"));
        mine.setId("menu-my-documents");
        mine.setOnAction(e -> showMine(mine.isSelected()));
        MenuItem counts = new MenuItem(m.get("team.counts.menu"));
        counts.setId("menu-team-counts");
        counts.setOnAction(e -> Tasks.run(context.tasks(), () -> team.assignments().counts(), this::showCounts,
                this::failed));
        MenuItem second = new MenuItem(m.get("team.second.menu"));
        second.setId("menu-second-review");
        second.setOnAction(e -> new SecondReviewWindow(context, team, owner.get(), error).show());
        MenuItem agreement = new MenuItem(m.get("team.agreement.menu"));
        agreement.setId("menu-agreement");
        agreement.setOnAction(e -> new AgreementWindow(context, team, owner.get(), error).show());
        Menu menu = new Menu(m.get("team.menu"), null, mine, counts, second, agreement);
        menu.setId("menu-team");
        return menu;
    }

    private void showMine(boolean on) {
        if (!on) {
            corpus.onlyProperty().set(null);
            return;
        }
        Tasks.run(context.tasks(), () -> team.assignments().mine(), ids -> corpus.onlyProperty().set(new HashSet<>(ids)),
                this::failed);
    }

    private void showCounts(Map<String, Integer> counts) {
        String text = counts.isEmpty() ? m.get("team.counts.none") : counts.entrySet().stream()
                .map(c -> m.format("team.counts.line", c.getKey(), c.getValue())).collect(Collectors.joining("\n"));
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setHeaderText(null);
        a.setTitle(m.get("team.counts.title"));
        a.initOwner(owner.get());
        a.getDialogPane().setId("team-counts");
        a.show();
    }

    private void assign(List<Long> ids) {
        ask("team.assign.title", m.format("team.assign.prompt", ids.size()), "assign-dialog").ifPresent(name ->
                Tasks.run(context.tasks(), () -> team.assignments().assign(ids, name),
                        n -> showMine(mine.isSelected()), this::failed));
    }

    private void markForSecondReview(List<Long> ids) {
        ask("team.second.mark.title", m.format("team.second.mark.prompt", ids.size()), "mark-second-dialog")
                .ifPresent(name -> Tasks.run(context.tasks(), () -> team.secondReview().mark(ids, name), n -> { },
                        this::failed));
    }

    private Optional<String> ask(String titleKey, String prompt, String id) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle(m.get(titleKey));
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().setId(id);
        return d.showAndWait().map(String::strip);
    }

    private void failed(Throwable failure) {
        error.accept(m.format("team.failed", Tasks.message(failure)));
    }
}
