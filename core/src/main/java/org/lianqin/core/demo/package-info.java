/** The demo street offices of the run command, made through the services like any other data. May use every package; nothing uses it. */
package org.lianqin.core.demo;
