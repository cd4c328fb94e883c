package io.zhibiao.ui.store;

import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.TeamPasswordNeeded;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Opens a store in the background: File ▸ Open store… (the dialog first), and the start of the workbench
 * when the team store it names needs a password. A team store whose server asks for a password that
 * PGPASSWORD and ~/.pgpass do not give gets the {@link PasswordDialog}, as often as the server refuses one,
 * until the analyst cancels; the typed password is blanked once the server has had it.
 */
public final class StoreOpenFlow {
    /** The open store and its regions, ready for a main view. */
    public record Opened(StoreAddress address, Store store, Map<String, Region> regions) {
    }

    private final BackgroundTasks tasks;
    private final Messages m;
    private final Supplier<Window> owner;
    private final Consumer<Opened> onOpened;
    private final Consumer<String> onFailed;
    private Runnable onCancelled = () -> { };

    /**
     * @param onOpened on the JavaFX thread, with the new store (the caller switches to it and closes the old)
     * @param onFailed on the JavaFX thread, with why nothing was opened (not called when the analyst cancels)
     */
    public StoreOpenFlow(BackgroundTasks tasks, Messages m, Supplier<Window> owner, Consumer<Opened> onOpened,
                         Consumer<String> onFailed) {
        this.tasks = tasks;
        this.m = m;
        this.owner = owner;
        this.onOpened = onOpened;
        this.onFailed = onFailed;
    }

    /** What happens when the analyst cancels the password dialog (the start of the workbench then ends). */
    public StoreOpenFlow whenCancelled(Runnable cancelled) {
        this.onCancelled = cancelled;
        return this;
    }

    /** File ▸ Open store…: asks for the store, then opens it unless it is {@code current}. */
    public void choose(Store current) {
        String shown = LastStore.text().orElse(current.describe());
        new OpenStoreDialog(owner.get(), m, shown).showAndWait().ifPresent(address -> {
            if (address.toString().equals(current.describe())) {
                onFailed.accept(m.format("openStore.same", current.describe()));
            } else {
                open(address);
            }
        });
    }

    /** Opens {@code address}, asking for a password when the server wants one. */
    public void open(StoreAddress address) {
        attempt(address, null);
    }

    private void attempt(StoreAddress address, char[] password) {
        Tasks.run(tasks, () -> {
            try {
                Opened opened = openNow(address, password);
                LastStore.remember(address.toString());
                return opened;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, onOpened, failure -> {
            if (failure instanceof TeamPasswordNeeded needed) {
                new PasswordDialog(owner.get(), m, needed).showAndWait()
                        .ifPresentOrElse(typed -> attempt(address, typed), onCancelled);
            } else {
                onFailed.accept(m.format("openStore.failed", address.toString(), Tasks.message(failure)));
            }
        });
    }

    private static Opened openNow(StoreAddress address, char[] password) {
        Store store = Store.open(address, password, io.zhibiao.core.store.SchemaUpdateListener.NONE);
        try {
            RegionTable.ensureLoaded(store);
            // as at start-up: a team store's other analysts reach the open panes live (nothing on a store file)
            store.followOthers();
            Map<String, Region> regions = store.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            return new Opened(address, store, regions);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
