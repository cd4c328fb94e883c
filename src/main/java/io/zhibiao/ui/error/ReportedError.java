package io.zhibiao.ui.error;

/** An uncaught error on its way to the error dialog: the {@code count}-th of its burst. */
public record ReportedError(String signature, String thread, Throwable error, int count) {
    public boolean firstOfBurst() {
        return count == 1;
    }
}
