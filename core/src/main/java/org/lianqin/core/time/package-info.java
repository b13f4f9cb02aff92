/** The application's {@link java.time.Clock}, injected wherever time is read so tests can stand it still. Uses nothing of core. */
package org.lianqin.core.time;
