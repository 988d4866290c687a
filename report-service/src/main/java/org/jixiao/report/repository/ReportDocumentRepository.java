package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportDocumentRepository implements PanacheRepositoryBase<ReportDocumentEntity, ReportDocumentEntity.Key> {

    /** Document metadata without the content, which can be megabytes. */
    public record Summary(String format, String mediaType, String sha256, long size) {
    }

    public List<Summary> summaries(UUID reportId) {
        return getEntityManager().createQuery("select new " + Summary.class.getName()
                + "(d.key.format, d.mediaType, d.sha256, d.size) from ReportDocumentEntity d "
                + "where d.key.reportId = :id", Summary.class).setParameter("id", reportId).getResultList();
    }

    public long deleteOf(UUID reportId) {
        return delete("key.reportId", reportId);
    }
}
