/** MicroProfile Health checks of the application (the database), served by Payara at /health. */
package org.lianqin.publicreport.health;
