/** Integrators' API keys per street office, stored as hashes only. Uses {@code tenancy}, {@code kernel}. */
package org.lianqin.core.integration;
