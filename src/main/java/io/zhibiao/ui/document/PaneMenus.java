package io.zhibiao.ui.document;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.catalog.TeachDialog;
import io.zhibiao.ui.catalog.TeachViewModel;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.review.DocumentCorrectionDialog;
import io.zhibiao.ui.review.HistoryDialog;
import io.zhibiao.ui.review.IndicatorDialog;
import io.zhibiao.ui.review.MergeDialog;
import io.zhibiao.ui.review.MergeViewModel;
import io.zhibiao.ui.review.TagDialog;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review actions of a pane that need a dialog, and the menus that offer every action. */
final class PaneMenus {
    private final DocumentPaneView view;
    private final DocumentPaneViewModel model;
    private final Messages m;
    private final Map<String, Region> regions;

    PaneMenus(DocumentPaneView view, Messages m, Map<String, Region> regions) {
        this.view = view;
        this.model = view.model();
        this.m = m;
        this.regions = regions;
        model.review().onRefused(this::merge);
    }

    /**
     * A change of this pane was refused (someone changed the row, or the report's region, year or kind, since):
     * the analyst merges field by field.
     */
    private void merge(StaleChange stale) {
        MergeDialog.show(owner(), m, new MergeViewModel(m, stale, regions),
                picks -> model.review().merge(stale, picks));
    }

    ContextMenu tableMenu() {
        Menu untag = new Menu(m.get("review.untag"));
        ContextMenu menu = new ContextMenu(
                item("review.verify", "V", model.review()::verify),
                item("review.reject", "X", model.review()::reject),
                item("review.unreviewed", "U", model.review()::markUnreviewed),
                new SeparatorMenuItem(),
                item("review.edit", "E", this::edit),
                item("review.note", "N", this::note),
                item("review.tag", "T", this::tag),
                untag,
                item("review.history", "H", this::history),
                teachItem(),
                new SeparatorMenuItem(),
                item("review.delete", "Delete", model.review()::delete));
        menu.setOnShowing(e -> untag.getItems().setAll(untagItems()));
        return menu;
    }

    ContextMenu textMenu() {
        return new ContextMenu(item("review.add", "A", this::addFromSelection), teachItem());
    }

    private MenuItem teachItem() {
        MenuItem teach = item("teach.menu", "L", this::teach);
        teach.disableProperty().bind(model.review().lessonProperty().isNull());
        return teach;
    }

    /** Offers the lesson of the last correction, addition or rejection: its preview, then Apply. */
    void teach() {
        Lesson lesson = model.review().lessonProperty().get();
        if (lesson == null) {
            info(m.get("teach.nothing"));
            return;
        }
        TeachViewModel teaching = TeachDialog.show(owner(), model.review().context(), lesson);
        teaching.applied().addListener((o, was, done) -> {
            if (done && model.review().lessonProperty().get() == lesson) {
                model.review().lessonProperty().set(null);
            }
        });
    }

    List<MenuItem> documentItems() {
        return List.of(item("review.document", null, this::correctDocument),
                item("review.rerun", null, this::rerun));
    }

    private List<MenuItem> untagItems() {
        Map<Long, Tag> tags = new LinkedHashMap<>();
        for (Long id : model.selectedIds()) {
            model.tagsProperty().get().getOrDefault(id, List.of()).forEach(t -> tags.putIfAbsent(t.id(), t));
        }
        return tags.values().stream().map(t -> {
            MenuItem i = new MenuItem(t.name());
            i.setOnAction(e -> model.review().untag(t));
            return (MenuItem) i;
        }).toList();
    }

    void edit() {
        StoredIndicator row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        IndicatorDialog.show(owner(), m, model.catalog(), m.get("review.edit.title"), row.value())
                .ifPresent(v -> model.review().correct(row, v));
    }

    void note() {
        StoredIndicator row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(row.note() == null ? "" : row.note());
        d.initOwner(owner());
        d.setTitle(m.get("review.note.title"));
        d.setHeaderText(row.value().name());
        d.showAndWait().ifPresent(note -> model.review().setNote(row, note));
    }

    void tag() {
        if (model.selectedIds().isEmpty()) {
            return;
        }
        model.review().allTagNames(names -> TagDialog.ask(owner(), m, names).ifPresent(model.review()::tag));
    }

    void history() {
        StoredIndicator row = model.selectedProperty().get();
        if (row != null) {
            model.review().history(row.id(), events -> HistoryDialog.show(owner(), m, events));
        }
    }

    void addFromSelection() {
        int start = view.textArea().getSelection().getStart();
        int end = view.textArea().getSelection().getEnd();
        String text = model.textProperty().get();
        if (end <= start && view.textArea().isFocused() && !text.isEmpty()) {
            // No text selected, but the caret is in the report: the sentence it stands in is what the analyst
            // means (the engine reads the figure from it, and the form can narrow it).
            int caret = Math.min(view.textArea().getCaretPosition(), text.length());
            start = io.zhibiao.core.extract.text.SentenceSplitter.sentenceStart(text, caret, 0);
            end = io.zhibiao.core.extract.text.SentenceSplitter.sentenceEnd(text, caret);
            if (text.substring(start, end).isBlank()) {
                end = start;
            }
        }
        if (end <= start || model.documentIdProperty().get() < 0) {
            info(m.get("review.add.needSelection"));
            return;
        }
        IndicatorValue draft = model.review().draft(start, end);
        IndicatorDialog.show(owner(), m, model.catalog(), m.get("review.add.title"), draft)
                .ifPresent(model.review()::add);
    }

    void correctDocument() {
        var doc = model.documentProperty().get();
        if (doc != null) {
            DocumentCorrectionDialog.show(owner(), m, regions, doc)
                    .ifPresent(c -> model.review().correctDocument(c.regionCode(), c.year(), c.kind()));
        }
    }

    void rerun() {
        model.review().rerun(report -> info(m.format("review.rerun.done", report.added(), report.removed(),
                report.kept() + report.unchanged() + report.changed())));
    }

    private MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem i = new MenuItem(m.get(key) + (shortcut != null ? "\t" + shortcut : ""));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner());
        a.setHeaderText(null);
        a.show();
    }

    private Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
