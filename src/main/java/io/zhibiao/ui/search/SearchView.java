package io.zhibiao.ui.search;

import io.zhibiao.core.search.SearchHit;
import io.zhibiao.ui.AppContext;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import java.util.function.BiConsumer;

/**
 * Search across all reports: a phrase field, a count and the matching reports with the phrase marked in
 * its context. Typing searches after a short pause; Enter searches at once, or opens the first hit when
 * the list already shows this phrase. Double-click or Enter on a hit opens it at the phrase.
 */
public final class SearchView extends VBox {
    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final SearchViewModel model;
    private final BiConsumer<Long, Integer> openAt;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final ListView<SearchHit> list = new ListView<>();

    /**
     * @param openAt called with (document id, offset of the phrase in the original text) when a hit is opened
     */
    public SearchView(AppContext context, BiConsumer<Long, Integer> openAt) {
        this.model = new SearchViewModel(context);
        this.openAt = openAt;
        getStyleClass().add("search-view");
        setSpacing(4);
        field.setPromptText(model.texts().text("search.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        count.textProperty().bind(model.statusProperty());
        count.getStyleClass().add("search-count");
        list.setItems(model.hits());
        list.setCellFactory(v -> new HitCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(field, count, list);
        wireKeys();
    }

    private void wireKeys() {
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.search());
        field.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            if (model.showsCurrentPhrase() && !model.hits().isEmpty()) {
                open(list.getSelectionModel().getSelectedItem() != null
                        ? list.getSelectionModel().getSelectedItem() : model.hits().get(0));
            } else {
                model.search();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !model.hits().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void open(SearchHit hit) {
        if (hit != null) {
            openAt.accept(hit.documentId(), hit.offset());
        }
    }

    public SearchViewModel model() {
        return model;
    }

    public TextField field() {
        return field;
    }

    public ListView<SearchHit> list() {
        return list;
    }

    public Label countLabel() {
        return count;
    }

    /** Region · year · title on the first line, the snippet with the phrase in bold below. */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label heading = new Label(model.heading(hit));
            heading.getStyleClass().add("search-hit-heading");
            heading.setStyle("-fx-font-weight: bold;");
            setGraphic(new VBox(2, heading, snippet(hit)));
        }

        private TextFlow snippet(SearchHit hit) {
            String s = hit.snippet();
            int from = Math.min(hit.phraseStartInSnippet(), s.length());
            int to = Math.min(from + model.shownPhrase().length(), s.length());
            String lead = hit.offset() > SearchHit.CONTEXT ? "…" : "";
            Text mark = new Text(s.substring(from, to));
            mark.getStyleClass().add("search-mark");
            mark.setStyle("-fx-font-weight: bold; -fx-fill: #b03000;");
            TextFlow flow = new TextFlow(new Text(lead + s.substring(0, from)), mark, new Text(s.substring(to)));
            flow.getStyleClass().add("search-snippet");
            flow.setMaxWidth(Double.MAX_VALUE);
            return flow;
        }
    }
}
