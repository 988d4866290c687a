package org.jixiao.report.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats every report is stored in, by the name used in URLs and events. */
public enum DocumentFormat {
    HTML, DOCX, PDF, XLSX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
