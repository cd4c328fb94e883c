package io.zhibiao.core.model;

import java.time.LocalDate;

/**
 * What detection found out about a document: title, region, the year the report is for, kind,
 * delivery date and speaker. Every detected part carries its own confidence.
 */
public record DocumentProfile(String title,
                              Detected<Region> region,
                              Detected<Integer> year,
                              Detected<DocumentKind> kind,
                              LocalDate deliveredOn,
                              String speaker,
                              String speakerTitle) {
}
