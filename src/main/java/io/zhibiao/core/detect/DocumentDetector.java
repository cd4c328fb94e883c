package io.zhibiao.core.detect;

import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.PortalMetadata;
import io.zhibiao.core.model.Region;

/**
 * Works out what a cleaned report text is: title, region, year, kind, delivery date and speaker.
 * Thread-safe; build once per gazetteer and reuse (building the name automaton takes a few tens of ms).
 */
public final class DocumentDetector {

    private final RegionDetector regions;
    private final TitleDetector titles = new TitleDetector();
    private final KindDetector kinds = new KindDetector();
    private final DeliveryDetector deliveries = new DeliveryDetector();
    private final YearDetector years = new YearDetector();

    public DocumentDetector(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("a gazetteer is required");
        }
        this.regions = new RegionDetector(gazetteer);
    }

    /**
     * @param cleanedText report text, web chrome removed and digits normalised; null is treated as empty
     * @param metadata    portal metadata lines, or null
     * @param fileName    the file's name (path allowed) as a hint, or null
     */
    public DocumentProfile detect(String cleanedText, PortalMetadata metadata, String fileName) {
        String text = cleanedText == null ? "" : cleanedText;
        PortalMetadata md = metadata == null ? PortalMetadata.EMPTY : metadata;
        String title = titles.detect(text, md);
        Detected<Region> region = regions.detect(text, title, md, fileName);
        Detected<DocumentKind> kind = kinds.detect(text, title);
        DeliveryDetector.Delivery delivery = deliveries.detect(text);
        Detected<Integer> year = years.detect(text, title, kind.value(), delivery.date(), md.publishedOn());
        return new DocumentProfile(title, region, year, kind, delivery.date(), delivery.speaker(),
                delivery.speakerTitle());
    }

    public RegionDetector regionDetector() {
        return regions;
    }
}
