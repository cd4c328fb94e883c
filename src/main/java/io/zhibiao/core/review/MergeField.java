package io.zhibiao.core.review;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Tag;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of an indicator the merge of a refused change shows side by side, one choice each: the fields an
 * analyst can correct (the normalised value and unit follow the value and unit, as in a correction), the
 * status, the note, the tags and whether the row is deleted.
 */
public enum MergeField implements MergeableField {
    VALUE(IndicatorField.VALUE), UNIT(IndicatorField.UNIT), QUALIFIER(IndicatorField.QUALIFIER),
    LOW(IndicatorField.LOW), HIGH(IndicatorField.HIGH), KIND(IndicatorField.KIND), YEAR(IndicatorField.YEAR),
    CODE(IndicatorField.CODE), NAME(IndicatorField.NAME), MEASURE(IndicatorField.MEASURE),
    BASIS(IndicatorField.BASIS), PERIOD_FROM(IndicatorField.PERIOD_FROM), PERIOD_TO(IndicatorField.PERIOD_TO),
    SCOPE(IndicatorField.SCOPE), SCOPE_NAME(IndicatorField.SCOPE_NAME), STRETCH(IndicatorField.STRETCH),
    ESTIMATED(IndicatorField.ESTIMATED), QUALITATIVE(IndicatorField.QUALITATIVE), START(IndicatorField.START),
    END(IndicatorField.END), SENTENCE(IndicatorField.SENTENCE),
    STATUS(null), NOTE(null), TAGS(null), DELETED(null);

    private final IndicatorField field;

    MergeField(IndicatorField field) {
        this.field = field;
    }

    /** The field's name in the audit trail (the indicator table's column, or status, note, tag, deleted). */
    @Override
    public String auditField() {
        return switch (this) {
            case STATUS, NOTE, DELETED -> name().toLowerCase(Locale.ROOT);
            case TAGS -> "tag";
            default -> field.column();
        };
    }

    /** The field's value in {@code s} as the audit trail writes it (ids, plain numbers; tags by name); null if none. */
    public String text(IndicatorSnapshot s) {
        Object v = get(s);
        if (v instanceof Set<?> tags) {
            return tags.isEmpty() ? null : s.tags().stream().map(Tag::name).sorted().collect(Collectors.joining(", "));
        }
        if (v instanceof ReviewStatus status) {
            return status.id();
        }
        return AuditText.of(v);
    }

    /** The field's value in {@code s}: a model value, a status, the note, the set of tags or a Boolean. */
    public Object get(IndicatorSnapshot s) {
        return switch (this) {
            case STATUS -> s.status();
            case NOTE -> s.note();
            case TAGS -> s.tags();
            case DELETED -> s.deleted();
            default -> field.get(s.value());
        };
    }

    public boolean differs(IndicatorSnapshot a, IndicatorSnapshot b) {
        return !Objects.equals(get(a), get(b));
    }

    /** {@code into} with this field taken from {@code from}. */
    IndicatorSnapshot copy(IndicatorSnapshot into, IndicatorSnapshot from) {
        return switch (this) {
            case STATUS -> into.withStatus(from.status());
            case NOTE -> into.withNote(from.note());
            case TAGS -> into.withTags(from.tags());
            case DELETED -> into.withDeleted(from.deleted());
            default -> into.withValue(field.with(into.value(), field.get(from.value())));
        };
    }
}
