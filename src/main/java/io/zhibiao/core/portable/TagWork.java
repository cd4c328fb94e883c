package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A tag by name, its colour (CSS style, or null) and the audited history of the tag itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "color", "history"})
public record TagWork(String name, String color, List<HistoryEntry> history) {
    public TagWork {
        Json.require(name != null && !name.isBlank(), "a tag has no \"name\"");
        Json.fits(name.strip(), 100, "the tag name");
        Json.fits(color, 32, "the tag colour");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
