package io.zhibiao.ui.document;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Below a pane's table after a correction, an added indicator or a rejection that the catalog could learn
 * from: what it would learn, Teach… (or L) and ✕ to let it go.
 */
final class TeachBar extends HBox {
    TeachBar(PaneReview review, Messages m, Runnable teach) {
        super(6);
        getStyleClass().add("teach-bar");
        setId("teach-bar");
        Label what = new Label();
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button open = new Button(m.get("teach.button"));
        open.setId("teach-button");
        open.setOnAction(e -> teach.run());
        Button dismiss = new Button("✕");
        dismiss.setOnAction(e -> review.lessonProperty().set(null));
        getChildren().addAll(what, open, dismiss);
        review.lessonProperty().addListener((o, was, lesson) -> what.setText(offer(lesson, m)));
        visibleProperty().bind(review.lessonProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private static String offer(Lesson lesson, Messages m) {
        if (lesson == null) {
            return "";
        }
        return lesson.isNotAnIndicator() ? m.format("teach.offer.notIndicator", lesson.phrase())
                : m.format("teach.offer.alias", lesson.phrase(), lesson.code());
    }
}
