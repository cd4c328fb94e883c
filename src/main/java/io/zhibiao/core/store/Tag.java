package io.zhibiao.core.store;

/** A label an analyst puts on indicators; {@code color} is a CSS-style colour or null. */
public record Tag(long id, String name, String color) {
}
