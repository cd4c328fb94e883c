package io.zhibiao.core.extract.number;

/**
 * A number found in running text. {@code end} is exclusive; {@code text} is the source slice.
 * For percentages {@code value} is the percent value (百分之八 -> 8).
 */
public record RecognizedNumber(int start, int end, String text, double value) {
}
