/**
 * A street office's organisation: member units (成员单位), responsibility grids (责任网格) with boundaries,
 * squads (联勤分队) and staff, as entities and as the records the web modules receive. Uses {@code tenancy},
 * {@code geo}, {@code kernel}, {@code persistence}.
 */
package org.lianqin.core.organisation;
