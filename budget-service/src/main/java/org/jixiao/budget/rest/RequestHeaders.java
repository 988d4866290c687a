package org.jixiao.budget.rest;

import java.util.regex.Pattern;
import org.jixiao.commons.problem.ProblemException;

/** Checks of the headers that end up in the history: they are stored and echoed, so only plain tokens pass. */
final class RequestHeaders {
    static final String SOURCE_SYSTEM = "X-Source-System";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private RequestHeaders() {
    }

    /** The pushing system's id, or null when none was sent. */
    static String sourceSystem(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        if (!SOURCE.matcher(header).matches()) {
            throw ProblemException.invalid(SOURCE_SYSTEM, "INVALID_HEADER",
                    "1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        return header;
    }

    static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "INVALID_HEADER",
                    "1 to 200 visible ASCII characters, e.g. a UUID");
        }
        return header;
    }
}
