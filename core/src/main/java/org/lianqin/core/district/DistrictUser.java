package org.lianqin.core.district;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Credentials;

import java.time.Instant;

/** A district admin (区级管理员): a global account, not a member of any street office's staff. */
@Entity
@Table(name = "district_user")
@NamedQuery(name = "DistrictUser.findByLogin", query = "SELECT u FROM DistrictUser u WHERE u.login = :login")
@NamedQuery(name = "DistrictUser.count", query = "SELECT COUNT(u) FROM DistrictUser u")
public class DistrictUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String login;

    @Column(nullable = false, length = 64)
    private String name;

    @Embedded
    private Credentials credentials;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DistrictUser() {
    }

    public DistrictUser(String login, String name, String passwordHash, boolean oneTime, Instant createdAt) {
        this.login = login;
        this.name = name;
        this.credentials = new Credentials(passwordHash, oneTime);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Actor asActor() {
        return Actor.district(login, name);
    }
}
