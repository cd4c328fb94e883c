package io.zhibiao.ui.team;

import io.zhibiao.core.review.DocumentLabel;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.team.Adjudicator;
import io.zhibiao.core.team.Agreements;
import io.zhibiao.core.team.Assignments;
import io.zhibiao.core.team.SecondReview;
import io.zhibiao.ui.AppContext;

import java.time.Clock;

/** The core's team services for the workbench's analyst (the name the review service records changes under). */
record TeamWork(Store store, Assignments assignments, SecondReview secondReview, Agreements agreements,
                Adjudicator adjudicator) {
    static TeamWork of(AppContext context) {
        String analyst = context.review().analyst();
        Clock clock = Clock.systemUTC();
        return new TeamWork(context.store(), new Assignments(context.store(), analyst, clock),
                new SecondReview(context.store(), analyst, clock), new Agreements(context.store()),
                new Adjudicator(context.store(), context.review(), clock));
    }

    /** The document's name as the history gives it (year, region, title); read from the store. */
    String label(long documentId) {
        return store.documents().findById(documentId).map(DocumentLabel::of).orElse(String.valueOf(documentId));
    }
}
