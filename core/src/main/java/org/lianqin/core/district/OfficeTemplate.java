package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lianqin.core.tenancy.TenantKind;

import java.time.Instant;

/** A template the district keeps: what a new street office starts with ({@link TemplateContent} as JSON). */
@Entity
@Table(name = "office_template")
@NamedQuery(name = "OfficeTemplate.findAll", query = "SELECT t FROM OfficeTemplate t ORDER BY t.createdAt, t.id")
@NamedQuery(name = "OfficeTemplate.findByCode", query = "SELECT t FROM OfficeTemplate t WHERE t.code = :code")
public class OfficeTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantKind kind;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    /** The street office it was saved from; null for the district's own. */
    @Column(length = 32, updatable = false)
    private String source;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OfficeTemplate() {
    }

    public OfficeTemplate(String code, String name, TenantKind kind, TemplateContent content, String source,
                          String createdBy, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.content = content.toJson();
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public TemplateContent content() {
        return TemplateContent.fromJson(content);
    }

    public String source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
