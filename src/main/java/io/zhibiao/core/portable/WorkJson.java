package io.zhibiao.core.portable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON settings of work files, shared by writer and reader. */
final class WorkJson {
    /**
     * Unknown fields are ignored so that a file with additions that do not change the meaning of version 1
     * still reads; a change of meaning raises the version instead.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private WorkJson() {
    }
}
