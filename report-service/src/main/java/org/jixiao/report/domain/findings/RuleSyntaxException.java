package org.jixiao.report.domain.findings;

/** A rule condition or template that cannot be parsed; {@code position} is the 0-based offset of the problem. */
public class RuleSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;

    public RuleSyntaxException(int position, String message) {
        super(message + " (at position " + position + ")");
        this.position = position;
    }

    public int position() {
        return position;
    }

    /** The message without the position suffix, for APIs that report the position as its own field. */
    public String reason() {
        String message = getMessage();
        int suffix = message.lastIndexOf(" (at position ");
        return suffix < 0 ? message : message.substring(0, suffix);
    }
}
