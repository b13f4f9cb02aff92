/** JPA converters EclipseLink needs for this schema (java.time.Instant as DATETIME). Uses nothing of core. */
package org.lianqin.core.persistence;
