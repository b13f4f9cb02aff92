/**
 * Places and boundaries: a {@link org.lianqin.core.geo.Location} (address and WGS 84 point), distances, and
 * {@link org.lianqin.core.geo.GridMap}, grid boundaries as JTS polygons with point-in-polygon lookups. No
 * entities; uses nothing of core.
 */
package org.lianqin.core.geo;
