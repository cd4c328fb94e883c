package io.zhibiao.core.corpus;

/** Text decoded from bytes together with the name of the encoding that decoded it cleanly. */
record DecodedText(String text, String encoding) {
}
