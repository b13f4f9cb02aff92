/**
 * The leaders' dashboard: the street office's measures for a period beside 同比 and 环比 as cards, charts
 * (ECharts) and tables, the units' assessment, and every figure a way to the cases behind it on the board.
 */
package org.lianqin.portal.dashboard;
