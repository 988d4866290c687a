package org.jixiao.report.domain.render;

import org.jixiao.report.domain.model.ReportModel;

/** One output format of a report. Implementations are stateless apart from cached fonts, and thread-safe. */
public interface ReportRenderer {
    byte[] render(ReportModel model);

    String mediaType();

    /** File extension without the dot. */
    String extension();
}
