package io.zhibiao.core.portable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON settings of work files, shared by writer and reader. */
final class WorkJson {
    static final ObjectMapper MAPPER = mapper(WorkFileLimits.DEFAULT);

    private WorkJson() {
    }

    /**
     * Unknown fields are ignored so that a file with additions that do not change the meaning of version 1
     * still reads; a change of meaning raises the version instead. A key given twice in one object is
     * refused: the last would win, and a second {@code "documents": []} would silently drop the first list.
     */
    static ObjectMapper mapper(WorkFileLimits limits) {
        if (limits.equals(WorkFileLimits.DEFAULT) && MAPPER != null) {
            return MAPPER;
        }
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.textChars())
                        .maxNestingDepth(WorkFileLimits.NESTING)
                        .maxDocumentLength(limits.fileBytes())
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .build();
    }
}
