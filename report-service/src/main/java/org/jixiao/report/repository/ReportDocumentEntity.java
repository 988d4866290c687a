package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "report_document")
public class ReportDocumentEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Column(name = "media_type")
    public String mediaType;
    @Column(columnDefinition = "bytea")
    public byte[] content;
    public String sha256;
    public long size;

    @Embeddable
    public record Key(@Column(name = "report_id") UUID reportId, String format) implements Serializable {
    }
}
