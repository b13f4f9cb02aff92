/** What every response of the residents' WAR gets, whichever part answers it: security headers, a sane request line. Uses nothing else of the WAR. */
package org.lianqin.publicreport.web;
