/** Where a case goes: the grid around its point and the unit its category names. Uses {@code catalogue}, {@code organisation}, {@code geo}, {@code tenancy}. */
package org.lianqin.core.routing;
