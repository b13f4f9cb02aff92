/**
 * The two-level category catalogue (大类/小类) each street office keeps a copy of, with time limits per
 * priority, the unit type a category routes to, extra questions, and the one 大类 → 小类 tree every form and
 * list uses ({@link org.lianqin.core.catalogue.Catalogue#tree}). Uses {@code organisation}, {@code tenancy}, {@code kernel}.
 */
package org.lianqin.core.catalogue;
