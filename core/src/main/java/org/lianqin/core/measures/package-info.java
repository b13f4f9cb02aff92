/**
 * 监督考核: the street office's measures (cases by channel and category, 管事率, 结案率 and 按期结案率 as
 * CJ/T 292 computes them, rework, overdue, times in working hours, satisfaction, joint operations) for a
 * period beside the period before (环比) and the same period a year before (同比), read from the
 * {@code case_measure} rows the case workflow keeps; the units' assessment; the district's comparison.
 */
package org.lianqin.core.measures;
