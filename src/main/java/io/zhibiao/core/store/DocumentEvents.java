package io.zhibiao.core.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's {@link DocumentListener}s, and the documents of an open transaction, which are announced
 * only after it commits (a rolled-back document must never reach the listeners).
 */
final class DocumentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentEvents.class);

    /** Where a DAO reports a document it has inserted. */
    interface Sink {
        void stored(long id, String contentHash, String originalText);

        void trashed(long id, boolean inTrash);
    }

    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();

    void add(DocumentListener listener) {
        listeners.add(listener);
    }

    void remove(DocumentListener listener) {
        listeners.remove(listener);
    }

    /** For DAOs that commit each call themselves: announce at once. */
    Sink immediate() {
        return new Sink() {
            @Override
            public void stored(long id, String contentHash, String originalText) {
                announce(id, contentHash, originalText);
            }

            @Override
            public void trashed(long id, boolean inTrash) {
                announceTrashed(id, inTrash);
            }
        };
    }

    /** For the DAOs of one transaction: collect, then {@link Pending#announce()} after the commit. */
    Pending pending() {
        return new Pending();
    }

    final class Pending implements Sink {
        private final List<Runnable> events = new ArrayList<>();

        @Override
        public void stored(long id, String contentHash, String originalText) {
            events.add(() -> DocumentEvents.this.announce(id, contentHash, originalText));
        }

        @Override
        public void trashed(long id, boolean inTrash) {
            events.add(() -> announceTrashed(id, inTrash));
        }

        void announce() {
            events.forEach(Runnable::run);
        }
    }

    private void announceTrashed(long id, boolean inTrash) {
        for (DocumentListener l : listeners) {
            try {
                l.documentTrashed(id, inTrash);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on document {} {} the trash: {}", id, inTrash ? "put in" : "taken out of",
                        e.toString());
            }
        }
    }

    private void announce(long id, String contentHash, String originalText) {
        for (DocumentListener l : listeners) {
            try {
                l.documentStored(id, contentHash, originalText);
            } catch (RuntimeException e) {
                // the document is stored; the listener's own catch-up has to repair what it missed
                LOG.warn("A listener failed on stored document {}: {}", id, e.toString());
            }
        }
    }
}
