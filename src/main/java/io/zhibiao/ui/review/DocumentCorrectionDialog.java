package io.zhibiao.ui.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Corrects a document's detected region, year or kind. */
public final class DocumentCorrectionDialog {
    /** The analyst's choice; a field equal to what is in effect means "no change". */
    public record Correction(String regionCode, Integer year, DocumentKind kind) {
    }

    private DocumentCorrectionDialog() {
    }

    public static Optional<Correction> show(Window owner, Messages m, Map<String, Region> regions, DocumentSummary doc) {
        SearchableComboBox<String> region = new SearchableComboBox<>();
        io.zhibiao.ui.common.SearchPrompt.set(region, m);
        region.getItems().setAll(regions.keySet().stream().sorted(Comparator.naturalOrder()).toList());
        region.setConverter(Converters.of(code -> regions.get(code).qualifiedName() + " " + code));
        region.setValue(doc.effectiveRegionCode());
        region.setPrefWidth(320);
        int year = doc.effectiveYear() != null ? doc.effectiveYear() : java.time.Year.now().getValue();
        Spinner<Integer> years = new Spinner<>(1978, 2100, year);
        years.setEditable(true);
        ComboBox<DocumentKind> kind = new ComboBox<>();
        kind.getItems().setAll(DocumentKind.values());
        kind.setConverter(Converters.of(k -> m.get("kind." + k.id())));
        kind.setValue(doc.effectiveKind());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        region.setId("correction-region");
        years.setId("correction-year");
        kind.setId("correction-kind");
        grid.addRow(0, new Label(m.get("pane.region")), region);
        grid.addRow(1, new Label(m.get("pane.year")), years);
        grid.addRow(2, new Label(m.get("pane.kind")), kind);
        Dialog<Correction> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("review.document.title"));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("correction-ok");
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Correction(region.getValue(), years.getValue(), kind.getValue()) : null);
        return d.showAndWait();
    }
}
