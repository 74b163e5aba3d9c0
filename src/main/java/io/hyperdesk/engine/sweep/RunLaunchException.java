package io.hyperdesk.engine.sweep;

/** A run that could not be started at all; the message says why in a person's words. */
public class RunLaunchException extends Exception {

    public RunLaunchException(String message, Throwable cause) {
        super(message, cause);
    }

    public RunLaunchException(String message) {
        super(message);
    }
}
