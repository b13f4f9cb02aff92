package org.lianqin.core.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.photos.Photo;
import org.lianqin.core.photos.PhotoContent;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.Instant;

/** A photo of a case, stored in MariaDB with the timeline entry it belongs to. Never changed. */
@Entity
@Table(name = "case_attachment")
@NamedQuery(name = "Attachment.ofCase", query = "SELECT a FROM Attachment a WHERE a.caseFile = :case ORDER BY a.id")
@NamedQuery(name = "Attachment.ofCaseById",
        query = "SELECT a FROM Attachment a WHERE a.id = :id AND a.caseFile.number = :number")
public class Attachment extends TenantScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseFile;

    @ManyToOne
    @JoinColumn(name = "event_id", updatable = false)
    private CaseEvent event;

    @Column(name = "file_name", nullable = false, length = 100, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 32, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    /** Staff took the photo off the public pages. */
    @Column(name = "public_hidden", nullable = false)
    private boolean publicHidden;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Case caseFile, CaseEvent event, Photo photo, Instant at) {
        this.caseFile = caseFile;
        this.event = event;
        this.fileName = photo.fileName();
        this.contentType = photo.contentType();
        this.size = photo.content().length;
        this.content = photo.content().clone();
        this.uploadedAt = at;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    /** The photo as a page or the API hands it out. */
    public PhotoContent photo() {
        return new PhotoContent(fileName(), contentType(), content());
    }

    public byte[] content() {
        return content.clone();
    }

    public CaseEvent event() {
        return event;
    }

    public boolean publicHidden() {
        return publicHidden;
    }

    void showToPublic(boolean shown) {
        publicHidden = !shown;
    }
}
