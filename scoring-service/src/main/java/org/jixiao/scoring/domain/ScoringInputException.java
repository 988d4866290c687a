package org.jixiao.scoring.domain;

import java.util.List;

/** Thrown when the indicator tree, the inputs or the grade scheme cannot be scored; carries every problem found. */
public final class ScoringInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int ERRORS_IN_MESSAGE = 5;

    private final transient List<InputError> errors;

    public ScoringInputException(List<InputError> errors) {
        super(summarise(errors));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    private static String summarise(List<InputError> errors) {
        StringBuilder sb = new StringBuilder().append(errors.size()).append(" invalid input(s)");
        for (int i = 0; i < errors.size() && i < ERRORS_IN_MESSAGE; i++) {
            InputError e = errors.get(i);
            sb.append(i == 0 ? ": " : "; ").append(e.field()).append(' ').append(e.code()).append(' ').append(e.message());
        }
        if (errors.size() > ERRORS_IN_MESSAGE) {
            sb.append("; …");
        }
        return sb.toString();
    }
}
