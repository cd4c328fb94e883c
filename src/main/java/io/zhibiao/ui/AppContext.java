package io.zhibiao.ui;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;

import java.util.Map;

/** What every part of the workbench needs, passed in explicitly rather than looked up globally. */
public record AppContext(Store store, Messages messages, BackgroundTasks tasks, Map<String, Region> regions,
                         Settings settings, ReviewService review) {

    /** The context after the analyst changed the settings: new language, review under the new name (a store file's). */
    public AppContext withSettingsApplied(Messages other) {
        String analyst = store.analyst(settings.analyst());
        ReviewService r = review.analyst().equals(analyst) ? review : new ReviewService(store, analyst);
        return new AppContext(store, other, tasks, regions, settings, r);
    }

    /**
     * The store's catalog in force (bundled and the analyst's layer, read from its file, which is small): every
     * view that names an indicator takes its name from here, so an added indicator is named everywhere.
     */
    public io.zhibiao.core.extract.catalog.IndicatorCatalog catalog() {
        return io.zhibiao.core.catalog.StoreCatalog.of(store()).current().active();
    }
}
