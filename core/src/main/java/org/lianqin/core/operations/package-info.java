/**
 * 联合整治: joint operations that a street office plans across its member units over some of its grids
 * against a target problem, with their results counted in kinds the office defines and the cases they
 * produced linked to them; totals per month and year.
 */
package org.lianqin.core.operations;
