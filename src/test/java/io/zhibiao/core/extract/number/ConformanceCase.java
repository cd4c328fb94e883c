package io.zhibiao.core.extract.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One case of a Recognizers-Text spec file; {@code end} of each expectation is made exclusive here. */
record ConformanceCase(String input, List<Expected> results, String notSupported) {

    record Expected(int start, int end, String text, String value) {
    }

    static List<ConformanceCase> load(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        List<ConformanceCase> cases = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(json)) {
            List<Expected> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                expected.add(new Expected(r.path("Start").asInt(), r.path("End").asInt() + 1, r.path("Text").asText(),
                        r.path("Resolution").path("value").asText()));
            }
            cases.add(new ConformanceCase(c.path("Input").asText(), expected, c.path("NotSupported").asText("")));
        }
        return cases;
    }
}
