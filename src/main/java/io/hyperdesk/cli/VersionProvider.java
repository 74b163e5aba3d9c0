package io.hyperdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, falling back to the build's. */
final class VersionProvider implements IVersionProvider {

    static final String FALLBACK = "0.1.0";

    @Override
    public String[] getVersion() {
        String version = HyperDeskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"HyperDesk " + (version == null ? FALLBACK : version)};
    }
}
