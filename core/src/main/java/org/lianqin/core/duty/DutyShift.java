package org.lianqin.core.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.organisation.Squad;
import org.lianqin.core.organisation.Staff;
import org.lianqin.core.tenancy.TenantScoped;

import java.time.LocalDate;

/** One post of one shift of one day on the rota: the dispatcher in the command centre, or the squad on patrol. */
@Entity
@Table(name = "duty_shift")
@NamedQuery(name = "DutyShift.between", query = "SELECT s FROM DutyShift s WHERE s.day >= :from AND s.day <= :to")
public class DutyShift extends TenantScoped {

    @Column(name = "duty_day", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Shift shift;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Post post;

    @ManyToOne
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne
    @JoinColumn(name = "squad_id")
    private Squad squad;

    protected DutyShift() {
    }

    public DutyShift(LocalDate day, Shift shift, Post post) {
        this.day = day;
        this.shift = shift;
        this.post = post;
    }

    public void assign(Staff staff, Squad squad) {
        this.staff = staff;
        this.squad = squad;
    }

    LocalDate day() {
        return day;
    }

    Shift shift() {
        return shift;
    }

    Post post() {
        return post;
    }

    Staff staff() {
        return staff;
    }

    Squad squad() {
        return squad;
    }
}
