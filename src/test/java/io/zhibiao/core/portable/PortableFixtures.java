package io.zhibiao.core.portable;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** Stores with the sample reports and a session of analyst work of every kind. */
final class PortableFixtures {
    private PortableFixtures() {
    }

    /** A clock that moves one second on every reading, so each review step has its own time. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static Store storeWith(Path db, List<Path> reports) {
        Store store = Store.open(db);
        ImportService.withBundledData(store).importPaths(reports, ImportListener.NONE, () -> false);
        return store;
    }

    static List<Path> sampleReports(Path dir) {
        return SampleCorpus.copyTo(dir);
    }

    static ReviewService review(Store store, String analyst, Instant start) {
        return new ReviewService(store, analyst, new SteppingClock(start), ReportPipeline::withBundledData);
    }

    static List<DocumentSummary> documents(Store store) {
        return store.documents().listSummaries().stream()
                .sorted(Comparator.comparing(DocumentSummary::fileName)).toList();
    }

    static List<StoredIndicator> indicators(Store store, int documentIndex) {
        return store.indicators().findByDocument(documents(store).get(documentIndex).id());
    }

    /** Verify, reject, corrections of several fields, note, delete, tags, an added indicator, overrides, undo. */
    static void doEveryKindOfWork(Store store, ReviewService review) {
        List<DocumentSummary> docs = documents(store);
        List<StoredIndicator> a = indicators(store, 0);
        List<StoredIndicator> b = indicators(store, 1);
        List<StoredIndicator> c = indicators(store, 2);
        review.verifyAll(List.of(a.get(0).id(), a.get(1).id(), a.get(2).id()));
        review.reject(a.get(3).id());
        review.correct(a.get(4).id(), IndicatorField.VALUE, 9.5);
        review.correct(a.get(4).id(), IndicatorField.UNIT, "亿元");
        review.correct(a.get(4).id(), IndicatorField.NAME, "改过的名称");
        review.correct(b.get(0).id(), IndicatorField.YEAR, 2025);
        review.setNote(b.get(1).id(), "与统计公报核对：一致");
        review.delete(b.get(2).id());
        review.tag(List.of(a.get(0).id(), b.get(1).id()), "重点", "#d9534f");
        review.tag(List.of(c.get(0).id()), "needs source", "#5bc0de");
        review.tagNamed("unused", "#000000");
        review.verify(c.get(1).id());
        review.history().undo();
        review.reject(c.get(2).id());
        StoredIndicator anchor = c.get(3);
        IndicatorValue v = anchor.value();
        review.addIndicator(docs.get(2).id(), new IndicatorValue("gdp", "地区生产总值", v.measure(), v.kind(), v.year(),
                123.4, "亿元", null, null, v.qualifier(), null, null, false, false, false, v.start(), v.end(),
                v.sentence(), 1.0));
        review.overrideYear(docs.get(1).id(), 2024);
        review.overrideKind(docs.get(2).id(), DocumentKind.COMPLETION_REPORT);
        String other = "421200".equals(docs.get(0).effectiveRegionCode()) ? "421281" : "421200";
        review.overrideRegion(docs.get(0).id(), other);
        review.overrideYear(docs.get(0).id(), 2020);
        review.history().undo();
    }
}
