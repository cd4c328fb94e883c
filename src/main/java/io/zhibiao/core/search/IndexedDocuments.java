package io.zhibiao.core.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The fields of one indexed document: its id (to update and to collect hits) and content hash (to spot a stale entry). */
final class IndexedDocuments {
    static final String KEY = "key";
    static final String ID = "id";
    static final String HASH = "hash";

    /** Positions for phrase queries; no norms or stored text (hits are located in the store's text). */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.setOmitNorms(true);
        TEXT.setStored(false);
        TEXT.freeze();
    }

    private IndexedDocuments() {
    }

    static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    static Document of(long id, String contentHash, String text) {
        Document d = new Document();
        d.add(new StringField(KEY, Long.toString(id), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, id));
        d.add(new BinaryDocValuesField(HASH, new BytesRef(contentHash)));
        d.add(new Field(CharacterAnalyzer.FIELD, text, TEXT));
        return d;
    }

    /** Content hash by document id of every live entry of the index. */
    static Map<Long, String> hashes(DirectoryReader reader) throws IOException {
        Map<Long, String> result = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
            BinaryDocValues hashes = leaf.reader().getBinaryDocValues(HASH);
            if (ids == null || hashes == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && hashes.advanceExact(doc)) {
                    result.put(ids.longValue(), hashes.binaryValue().utf8ToString());
                }
            }
        }
        return result;
    }
}
