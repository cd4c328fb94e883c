package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.ReviewStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One indicator carrying analyst work. {@code origin} "engine" rows are matched to the importing store's
 * engine rows by {@code engine}, the value the extraction engine gave before any correction (absent when
 * the row was never corrected: then it is {@code value}). {@code value} is the value now, with every field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"origin", "engine", "value", "status", "note", "deleted", "tags", "updatedBy", "updatedAt",
        "history"})
public record IndicatorWork(String origin, ValueJson engine, ValueJson value, String status, String note,
                            boolean deleted, List<String> tags, String updatedBy, String updatedAt,
                            List<HistoryEntry> history) {
    public IndicatorWork {
        Json.require(origin != null, "an indicator has no \"origin\" (engine or analyst)");
        Json.enumId(origin, IndicatorOrigin::fromId, "indicator origin (engine, analyst)");
        Json.require(value != null, "an indicator has no \"value\"");
        Json.require(status != null, "an indicator has no \"status\"");
        Json.enumId(status, ReviewStatus::fromId, "review status (unreviewed, verified, corrected, rejected)");
        Json.instant(updatedAt, "\"updatedAt\"");
        Json.fits(updatedBy, 100, "the analyst name");
        Json.require(tags == null || tags.stream().noneMatch(Objects::isNull), "an indicator's \"tags\" holds null");
        // one String per tag name, not one per mention: the same few names recur on every tagged indicator
        tags = tags == null ? List.of() : tags.stream().map(String::intern).toList();
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnore
    public IndicatorOrigin originEnum() {
        return IndicatorOrigin.fromId(origin);
    }

    @JsonIgnore
    public ReviewStatus statusEnum() {
        return ReviewStatus.fromId(status);
    }

    @JsonIgnore
    public Instant updatedInstant() {
        return Instant.parse(updatedAt);
    }

    /** The engine's value: {@code engine} when the row was corrected, else {@code value}. */
    @JsonIgnore
    public ValueJson engineValue() {
        return engine != null ? engine : value;
    }
}
