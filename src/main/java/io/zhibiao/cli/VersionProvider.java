package io.zhibiao.cli;

import io.zhibiao.core.AppVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"Zhibiao " + AppVersion.current()};
    }
}
