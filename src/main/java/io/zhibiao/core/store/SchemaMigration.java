package io.zhibiao.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import javax.sql.DataSource;
import java.util.List;

/** Runs the Flyway migrations on a store of either engine, telling a listener each one it starts. */
final class SchemaMigration {
    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource, List<String> locations) {
        migrate(dataSource, locations, 0, 0, SchemaUpdateListener.NONE);
    }

    static void migrate(DataSource dataSource, List<String> locations, int from, int to, SchemaUpdateListener updates) {
        Flyway.configure(Store.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .callbacks(new Steps(from, to, updates))
                .load()
                .migrate();
    }

    private record Steps(int from, int to, SchemaUpdateListener updates) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            updates.updating(new SchemaUpdate(from, to, SchemaUpdate.Phase.MIGRATING,
                    Integer.parseInt(context.getMigrationInfo().getVersion().getVersion())));
        }

        @Override
        public String getCallbackName() {
            return "zhibiao-schema-steps";
        }
    }
}
