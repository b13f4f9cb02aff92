package org.lianqin.core.reports;

import org.lianqin.core.measures.Assessments;
import org.lianqin.core.measures.Breakdown;
import org.lianqin.core.measures.OfficeMeasures;

import java.time.Instant;
import java.util.List;

/**
 * What a street office's work report says, read from the measures when it is generated: the figures
 * compared, the categories (大类 and 小类), the months of the year against the year before, the units'
 * assessment and the next steps the office wrote.
 */
record WorkReportData(String officeName, OfficeMeasures measures, List<Breakdown> subCategories, long[][] months,
                      List<Assessments.UnitScore> ranking, Assessments.Weights weights, String nextSteps,
                      Instant generatedAt) {
}
