/**
 * Tables for people to take away: a filtered case list or a measures table, as CSV (UTF-8 with a byte
 * order mark, so that Excel reads Chinese) and as an Excel workbook (fastexcel, streaming).
 */
package org.lianqin.core.exports;
