package org.lianqin.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.lianqin.core.tenancy.TenantScoped;

/** 责任网格: a zone of road segments that one squad patrols; the unit of responsibility. */
@Entity
@Table(name = "grid")
@NamedQuery(name = "Grid.findAll", query = "SELECT g FROM Grid g ORDER BY g.code")
public class Grid extends TenantScoped {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "road_segments", length = 1000)
    private String roadSegments;

    /** The squad that patrols this grid. */
    @ManyToOne
    @JoinColumn(name = "squad_id")
    private Squad squad;

    /** The inspector (网格巡查员) who answers for this grid day to day. */
    @ManyToOne
    @JoinColumn(name = "inspector_id")
    private Staff inspector;

    /** The boundary as a GeoJSON Polygon (WGS 84 longitude, latitude). */
    @Column(name = "boundary_geojson", columnDefinition = "MEDIUMTEXT")
    private String boundaryGeoJson;

    protected Grid() {
    }

    public Grid(String code, String name, String roadSegments, String boundaryGeoJson) {
        this.code = code;
        this.name = name;
        this.roadSegments = roadSegments;
        this.boundaryGeoJson = boundaryGeoJson;
    }

    /** Hands the grid to a squad (or takes it from any, with null). */
    public void assignTo(Squad squad) {
        this.squad = squad;
    }

    /** Hands the grid to an inspector (or to none, with null). */
    public void assignTo(Staff inspector) {
        this.inspector = inspector;
    }

    /** A new name, roads or outline, traced on the map or brought in a file. */
    public void reshape(String name, String roadSegments, String boundaryGeoJson) {
        this.name = name;
        this.roadSegments = roadSegments;
        this.boundaryGeoJson = boundaryGeoJson;
    }

    public Staff inspector() {
        return inspector;
    }

    public Squad squad() {
        return squad;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String roadSegments() {
        return roadSegments;
    }

    public String boundaryGeoJson() {
        return boundaryGeoJson;
    }
}
