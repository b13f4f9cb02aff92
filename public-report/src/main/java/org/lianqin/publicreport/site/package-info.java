/** The residents' site: server-rendered JSP pages that work without JavaScript, Chinese first. Uses {@code api} and core's services. */
package org.lianqin.publicreport.site;
