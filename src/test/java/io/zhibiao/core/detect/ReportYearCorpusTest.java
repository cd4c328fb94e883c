package io.zhibiao.core.detect;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report year of every report of the multi-year corpus: the year whose targets it sets, which is the
 * year in its file name (2022.md), also for the reports delivered in November or December of the year
 * before; the two reports of a new congress in the middle of a year (2021-08.md, 2021-10.md) are that year's.
 * Detection is not told the file name.
 */
class ReportYearCorpusTest {
    private static final Pattern FILE_YEAR = Pattern.compile("(\\d{4})(?:-\\d{2})?\\.md$");

    @Test
    void everyReportOfTheMultiYearCorpusGetsItsYear() throws Exception {
        Path corpus = Path.of(System.getProperty("zhibiao.shared", "../shared"), "corpus/reports-multiyear");
        assumeTrue(Files.isDirectory(corpus), "shared corpus absent: " + corpus);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> FILE_YEAR.matcher(p.getFileName().toString()).find()).sorted().toList();
        }
        ReportPipeline pipeline = ReportPipeline.withBundledData();
        ReportFileReader reader = new ReportFileReader();
        List<String> wrong = new ArrayList<>();
        int december = 0;
        for (Path f : files) {
            Matcher m = FILE_YEAR.matcher(f.getFileName().toString());
            m.find();
            int expected = Integer.parseInt(m.group(1));
            DocumentProfile p = pipeline.detect(reader.read(f), "report.md");
            Integer detected = p.year().isPresent() ? p.year().value() : null;
            if (p.deliveredOn() != null && p.deliveredOn().getYear() == expected - 1
                    && p.deliveredOn().getMonthValue() >= 11) {
                december++;
            }
            if (detected == null || detected != expected) {
                wrong.add(corpus.relativize(f) + ": detected " + detected + ", delivered " + p.deliveredOn());
            }
        }
        wrong.forEach(w -> System.out.println("report year wrong: " + w));
        System.out.printf("report year: %d of %d right; %d delivered in November or December of the year before%n",
                files.size() - wrong.size(), files.size(), december);
        assertEquals(List.of(), wrong, "reports with a wrong report year");
    }
}
