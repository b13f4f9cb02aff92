/** Chinese first: message bundles that speak Simplified Chinese unless English was asked for. Uses nothing of core. */
package org.lianqin.core.i18n;
