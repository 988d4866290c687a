package org.jixiao.budget.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An XLSX body as a reader factory for the push pipeline. A zip needs random access, so the body is first spooled
 * to a temporary file (streamed, never held in memory) unless it already is one (a job's upload); the push
 * pipeline hashes the stream it hands over while it is spooled. {@link #close()} closes the workbook and deletes
 * the file this upload spooled.
 */
public final class XlsxUpload implements AutoCloseable {
    private final Path existing;
    private Path spooled;
    private XlsxBudgetRowReader reader;

    private XlsxUpload(Path existing) {
        this.existing = existing;
    }

    /** For a body still to be read from the request. */
    public static XlsxUpload fromStream() {
        return new XlsxUpload(null);
    }

    /** For a body already in {@code file}; the stream handed to {@link #open} is then only hashed, by the caller. */
    public static XlsxUpload fromFile(Path file) {
        return new XlsxUpload(file);
    }

    public BudgetRowReader open(InputStream body) {
        Path file = existing;
        if (file == null) {
            try {
                spooled = Files.createTempFile("budget-upload-", ".xlsx");
                Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool the XLSX upload", e);
            }
            file = spooled;
        }
        reader = XlsxBudgetRowReader.open(file);
        return reader;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the temp directory
            }
        }
    }
}
