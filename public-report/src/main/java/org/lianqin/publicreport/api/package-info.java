/**
 * The residents' JSON API at {@code /api/v1} (RFC 9457 problem+json for every error), and the pieces the
 * site and Open311 share: {@link org.lianqin.publicreport.api.Offices} (the one way into a street office),
 * rate limits, client addresses, uploads. Uses core's services and records; never {@code site} or {@code open311}.
 */
package org.lianqin.publicreport.api;
