package org.jixiao.demo;

/** A step of the demo load that the suite refused or did not answer; the message names the call and its answer. */
public final class DemoLoadException extends RuntimeException {
    public DemoLoadException(String message) {
        super(message);
    }

    public DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
