package io.zhibiao.core.team;

import io.zhibiao.core.model.Adjudication;
import io.zhibiao.core.model.DocumentAgreement;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.RowComparison;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.core.model.Verdict;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewFixture;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A lead assigns a report, its analyst reviews it, a second analyst reviews it again without seeing the first
 * verdicts, agreement is measured and the lead adjudicates: on a store file, where the analysts are the
 * Settings names of sessions on one store. {@link SecondReviewOnTeamStoreTest} runs it on PostgreSQL with
 * each analyst logged in as a database role of their own.
 */
class SecondReviewTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-03T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    ReviewFixture f;
    Store lead;
    Store first;
    Store second;

    @BeforeEach
    void open() {
        lead = openLeadStore(dir);
        f = new ReviewFixture(lead);
        first = openAnalystStore("first");
        second = openAnalystStore("second");
    }

    @AfterEach
    void close() {
        if (second != lead) {
            second.close();
            first.close();
        }
        lead.close();
        closed();
    }

    /** After every store closed. */
    void closed() {
    }

    Store openLeadStore(Path dir) {
        return Store.open(dir.resolve("db"));
    }

    /** On a store file every analyst works on the one store. */
    Store openAnalystStore(String who) {
        return lead;
    }

    String leadName() {
        return lead.analyst("王强");
    }

    String firstName() {
        return first.analyst("张敏");
    }

    String secondName() {
        return second.analyst("李华");
    }

    ReviewService reviewOf(Store store, String name) {
        return new ReviewService(store, name, CLOCK, ReportPipeline::withBundledData);
    }

    @Test
    void assignSecondReviewAgreementAndAdjudication() {
        long doc = f.documentId;
        Assignments byLead = new Assignments(lead, leadName(), CLOCK);
        assertEquals(1, byLead.assign(List.of(doc), firstName()));
        assertEquals(Map.of(firstName(), 1), byLead.counts());
        assertEquals(List.of(doc), new Assignments(first, firstName(), CLOCK).mine());
        assertEquals(List.of(), new Assignments(second, secondName(), CLOCK).mine());

        ReviewService firstReview = reviewOf(first, firstName());
        firstReview.verify(f.gdp);
        firstReview.correct(f.unemployment, IndicatorField.VALUE, 4.0);
        firstReview.reject(f.firms);

        new SecondReview(lead, leadName(), CLOCK).mark(List.of(doc), secondName());
        TeamException own = assertThrows(TeamException.class,
                () -> new SecondReview(first, firstName(), CLOCK).rows(doc));
        assertTrue(own.getMessage().contains("cannot review it a second time"), own.getMessage());

        SecondReview secondReview = new SecondReview(second, secondName(), CLOCK);
        List<SecondReviewRow> rows = secondReview.rows(doc);
        assertEquals(3, rows.size());
        SecondReviewRow unemployment = rows.stream().filter(r -> r.indicatorId() == f.unemployment).findFirst()
                .orElseThrow();
        assertEquals(3.5, unemployment.engine().value(), "the engine's figure, not the first analyst's correction");
        assertTrue(rows.stream().allMatch(r -> r.mine() == null), "nothing of the first review is shown");

        secondReview.verify(doc, f.gdp);
        secondReview.verify(doc, f.unemployment);
        secondReview.verify(doc, f.firms);
        assertEquals(ReviewStatus.CORRECTED, f.row(f.unemployment).status(), "the first review is left as it was");
        assertEquals(4.0, f.row(f.unemployment).value().value());
        assertTrue(secondReview.rows(doc).stream().allMatch(r -> r.mine().verdict() == Verdict.VERIFIED));

        // verdicts: (verified, verified), (corrected, verified), (rejected, verified): agreed 1 of 3;
        // p_e = 1/3 * 3/3 = 1/3, so kappa = (1/3 - 1/3) / (2/3) = 0.
        // values (rows both hold a figure): gdp the same, unemployment 4 against 3.5: 1 of 2;
        // p_e = 1/2 * 1/2 = 1/4, kappa = (1/2 - 1/4) / (3/4) = 1/3
        Agreements agreements = new Agreements(lead);
        DocumentAgreement a = agreements.of(doc);
        assertEquals(3, a.verdicts().compared());
        assertEquals(1, a.verdicts().agreed());
        assertEquals(0.0, a.verdicts().kappa().orElseThrow(), 1e-12);
        assertEquals(2, a.values().compared());
        assertEquals(50.0, a.values().percent().orElseThrow(), 1e-9);
        assertEquals(1.0 / 3.0, a.values().kappa().orElseThrow(), 1e-12);
        assertEquals(2, a.disagreements());
        assertEquals(a.verdicts(), agreements.overall().verdicts());

        List<RowComparison> disagreements = agreements.disagreements(doc);
        assertEquals(List.of(f.unemployment, f.firms), disagreements.stream().map(RowComparison::indicatorId).toList());
        RowComparison u = disagreements.get(0);
        assertEquals(new FigureReading(4.0, "%", "urban_unemployment_rate"), u.first());
        assertEquals(new FigureReading(3.5, "%", "urban_unemployment_rate"), u.second());

        Adjudicator adjudicator = new Adjudicator(lead, reviewOf(lead, leadName()), CLOCK);
        Adjudication decided = adjudicator.takeSecond(doc, f.unemployment);
        assertEquals(Adjudication.Decision.SECOND, decided.decision());
        assertEquals(ReviewStatus.VERIFIED, f.row(f.unemployment).status(), "the decision is the row's status now");
        assertEquals(3.5, f.row(f.unemployment).value().value());
        adjudicator.takeFirst(doc, f.firms);
        assertEquals(ReviewStatus.REJECTED, f.row(f.firms).status());
        assertEquals(a.verdicts(), agreements.of(doc).verdicts(), "agreement stays between the two reviews");
        assertEquals(a.values(), agreements.of(doc).values());

        List<AuditEvent> history = lead.audit().listByEntity(AuditEvent.INDICATOR, f.unemployment);
        assertTrue(history.stream().anyMatch(e -> e.action().equals("second_verdict")
                && e.analyst().equals(secondName()) && e.newValue().equals("verified 3.5 % urban_unemployment_rate")),
                history.toString());
        assertTrue(history.stream().anyMatch(e -> e.action().equals("adjudicate") && e.field().equals("status")
                && e.oldValue().equals("corrected") && e.newValue().equals("verified") && e.analyst().equals(leadName())),
                history.toString());
        List<AuditEvent> ofDocument = lead.audit().listByEntity(AuditEvent.DOCUMENT, doc);
        assertTrue(ofDocument.stream().anyMatch(e -> e.action().equals("assign") && firstName().equals(e.newValue())));
        assertTrue(ofDocument.stream().anyMatch(e -> e.action().equals("second_review")
                && secondName().equals(e.newValue())));
    }

    @Test
    void aSecondAnalystOtherThanTheOneNamedIsRefusedAndAnUnmarkedDocumentHasNoSecondReview() {
        SecondReview other = new SecondReview(second, secondName(), CLOCK);
        TeamException unmarked = assertThrows(TeamException.class, () -> other.rows(f.documentId));
        assertTrue(unmarked.getMessage().contains("is not marked for second review"), unmarked.getMessage());
        new SecondReview(lead, leadName(), CLOCK).mark(List.of(f.documentId), "someone_else");
        TeamException notYours = assertThrows(TeamException.class, () -> other.verify(f.documentId, f.gdp));
        assertTrue(notYours.getMessage().contains("is for someone_else"), notYours.getMessage());
        assertEquals(List.of(), new Agreements(lead).compare(f.documentId));
    }

    @Test
    void reassigningMovesTheDocumentBetweenAnalystsAndAnUnknownDocumentWritesNothing() {
        Assignments byLead = new Assignments(lead, leadName(), CLOCK);
        byLead.assign(List.of(f.documentId), firstName());
        byLead.assign(List.of(f.documentId), secondName());
        assertEquals(Map.of(secondName(), 1), byLead.counts());
        assertThrows(TeamException.class, () -> byLead.assign(List.of(f.documentId, 999_999L), firstName()));
        assertEquals(secondName(), byLead.of(f.documentId).orElseThrow().analyst(), "the refused step wrote nothing");
        assertEquals(1, byLead.unassign(List.of(f.documentId)));
        assertEquals(Map.of(), byLead.counts());
    }
}
