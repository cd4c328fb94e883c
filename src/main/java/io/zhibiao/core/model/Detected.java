package io.zhibiao.core.model;

/** A detected value with a confidence in [0, 1]; value may be null when nothing was found. */
public record Detected<T>(T value, double confidence) {
    public static <T> Detected<T> none() {
        return new Detected<>(null, 0.0);
    }

    public boolean isPresent() {
        return value != null;
    }
}
