package io.zhibiao.ui;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;

import java.util.Map;

/** What every part of the workbench needs, passed in explicitly rather than looked up globally. */
public record AppContext(Store store, Messages messages, BackgroundTasks tasks, Map<String, Region> regions,
                         Settings settings) {

    /** The same context speaking another language (after the analyst switched it in the settings). */
    public AppContext withMessages(Messages other) {
        return new AppContext(store, other, tasks, regions, settings);
    }
}
