/** Flyway migrations at deployment, run outside any container transaction (bean-managed singleton). Uses nothing of core. */
package org.lianqin.core.schema;
