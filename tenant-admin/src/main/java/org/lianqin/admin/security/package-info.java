/**
 * Who is signed in to the console and its API: a Jakarta Security mechanism over core's
 * {@code DistrictSignIn} (a session for the pages, a bearer token for the API), and Vaadin's navigation
 * access control, which lets a view open only to district admins.
 */
package org.lianqin.admin.security;
