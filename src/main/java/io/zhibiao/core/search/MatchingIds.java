package io.zhibiao.core.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;

/** Collects the document ids of all hits into a bit set, without scoring: results are ordered by the store. */
final class MatchingIds extends SimpleCollector {
    private final BitSet ids = new BitSet();
    private NumericDocValues leafIds;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        leafIds = context.reader().getNumericDocValues(IndexedDocuments.ID);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (leafIds != null && leafIds.advanceExact(doc)) {
            long id = leafIds.longValue();
            if (id >= 0 && id <= Integer.MAX_VALUE) {
                ids.set((int) id);
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<MatchingIds, BitSet> {
        @Override
        public MatchingIds newCollector() {
            return new MatchingIds();
        }

        @Override
        public BitSet reduce(Collection<MatchingIds> collectors) {
            BitSet all = new BitSet();
            collectors.forEach(c -> all.or(c.ids));
            return all;
        }
    }
}
