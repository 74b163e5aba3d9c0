package io.hyperdesk.engine.sweep;

/** The store could not do what was asked; the message says what, and where. */
public class SweepStoreException extends RuntimeException {

    public SweepStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public SweepStoreException(String message) {
        super(message);
    }
}
