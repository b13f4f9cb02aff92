/**
 * Staff sign-in (PBKDF2, lockout) and {@link org.lianqin.core.security.CallerCheck}, the default EJB
 * interceptor that lets nobody act as another person or street office. The roles themselves are in
 * {@code kernel}. Uses {@code organisation}, {@code tenancy}, {@code kernel}.
 */
package org.lianqin.core.security;
