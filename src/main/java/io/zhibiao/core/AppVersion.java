package io.zhibiao.core;

/** The application version, from the jar manifest when packaged, else the development marker. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
