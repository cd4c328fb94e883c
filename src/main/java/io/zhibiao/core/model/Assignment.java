package io.zhibiao.core.model;

import java.time.Instant;

/** A document given to one analyst to review, by whom and when (UTC). */
public record Assignment(long documentId, String analyst, String assignedBy, Instant assignedAt) {
}
