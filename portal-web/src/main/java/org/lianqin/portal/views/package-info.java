/** The portal's screens: the layout with each role's entries, and the views in it. Uses core's services through {@code security.SignedIn}. */
package org.lianqin.portal.views;
