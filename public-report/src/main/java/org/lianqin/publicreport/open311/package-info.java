/**
 * Open311 GeoReport v2 at {@code /open311/v2}: a thin resource reading its arguments into
 * {@link org.lianqin.publicreport.open311.ListParams} and {@code RequestForm}, an assembler from core's records
 * to the specification's shapes, one writer for XML and JSON, and errors in the specification's format.
 * Uses {@code api} and core's services.
 */
package org.lianqin.publicreport.open311;
