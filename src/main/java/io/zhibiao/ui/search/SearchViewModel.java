package io.zhibiao.ui.search;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.search.CorpusSearch;
import io.zhibiao.core.search.SearchHit;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Tasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * State of the corpus search: the phrase typed, the hits of the last finished search and a status line.
 * Searches run in the background; a search started later wins over one still running.
 */
public final class SearchViewModel {
    /** More documents than an analyst reads in a list; the status says when the list is cut. */
    public static final int LIMIT = 200;

    private final AppContext context;
    private final SearchTexts texts;
    private final CorpusSearch search;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final SimpleBooleanProperty searching = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private long generation;
    private String shownPhrase = "";

    public SearchViewModel(AppContext context) {
        this.context = context;
        this.texts = new SearchTexts(context.messages().locale());
        this.search = new CorpusSearch(context.store());
    }

    /** Searches for the current phrase; a blank phrase clears the list without asking the store. */
    public void search() {
        String phrase = query.get() == null ? "" : query.get().strip();
        long mine = ++generation;
        if (phrase.isEmpty()) {
            finish(phrase, List.of(), "");
            return;
        }
        searching.set(true);
        status.set(texts.text("search.searching"));
        Tasks.run(context.tasks(), () -> search.search(phrase, LIMIT), found -> {
            if (mine == generation) {
                finish(phrase, found, found.size() >= LIMIT
                        ? texts.formatted("search.countLimited", found.size())
                        : texts.formatted("search.count", found.size()));
            }
        }, failure -> {
            if (mine == generation) {
                finish("", List.of(), texts.formatted("search.failed", Tasks.message(failure)));
            }
        });
    }

    private void finish(String phrase, List<SearchHit> found, String statusText) {
        shownPhrase = phrase;
        hits.setAll(found);
        status.set(statusText);
        searching.set(false);
    }

    /** True when the list shows the results of the phrase as typed now (Enter then opens instead of searching). */
    public boolean showsCurrentPhrase() {
        String phrase = query.get() == null ? "" : query.get().strip();
        return !searching.get() && !phrase.isEmpty() && phrase.equals(shownPhrase);
    }

    /** The phrase the shown hits were found with, for marking it in the snippets. */
    public String shownPhrase() {
        return shownPhrase;
    }

    public String regionLabel(SearchHit hit) {
        Region region = hit.regionCode() == null ? null : context.regions().get(hit.regionCode());
        if (region != null) {
            return region.name();
        }
        return hit.regionCode() != null ? hit.regionCode() : texts.text("search.unknownRegion");
    }

    public String heading(SearchHit hit) {
        String year = hit.year() != null ? hit.year().toString() : texts.text("search.unknownYear");
        String title = hit.title() != null && !hit.title().isBlank() ? hit.title() : hit.fileName();
        return regionLabel(hit) + " · " + year + " · " + title + " · "
                + texts.formatted("search.hitsInDocument", hit.hitsInDocument());
    }

    public SearchTexts texts() {
        return texts;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }
}
