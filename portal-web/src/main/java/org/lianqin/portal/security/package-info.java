/**
 * Who is signed in to the portal: Jakarta Security's form mechanism over core's {@code StaffSignIn}
 * (the identity store), and Vaadin's navigation access control, which lets a view open only to the roles
 * it names. Uses core's security and vaadin-support.
 */
package org.lianqin.portal.security;
