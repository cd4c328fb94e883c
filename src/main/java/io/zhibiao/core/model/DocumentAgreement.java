package io.zhibiao.core.model;

/** Agreement of the two reviewers of one document (or, with documentId 0, of all), on verdicts and on values. */
public record DocumentAgreement(long documentId, Agreement verdicts, Agreement values, int disagreements) {
}
