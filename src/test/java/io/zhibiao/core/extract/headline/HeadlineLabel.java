package io.zhibiao.core.extract.headline;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One labelled headline value of a report (see frozen/LABELLING.md for how they were read). */
record HeadlineLabel(String file, String code, String measure, String kind, int year, double value, String unit,
                     String qualifier, boolean stretch, String snippet, String note) {

    HeadlineKey key() {
        return new HeadlineKey(code, measure, kind, year, Units.normalise(value, unit), qualifier, stretch);
    }

    static List<HeadlineLabel> read(String resource) throws IOException {
        try (InputStream in = HeadlineLabel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            List<HeadlineLabel> labels = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                labels.add(new HeadlineLabel(r.get("file"), r.get("code"), r.get("measure"), r.get("kind"),
                        Integer.parseInt(r.get("year")), Double.parseDouble(r.get("value")), r.get("unit"),
                        r.get("qualifier"), Boolean.parseBoolean(r.get("stretch")), r.get("snippet"), r.get("note")));
            }
            return labels;
        }
    }
}
