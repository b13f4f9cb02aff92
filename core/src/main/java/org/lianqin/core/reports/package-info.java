/**
 * The PDF reports, kept and listed: a street office's work report for a period (工作报告, shaped as a
 * district reports to its people's congress), the district's report across its street offices, and a case's
 * dossier (案卷). Written by OpenPDF with an embedded subset of Noto Sans SC and charts drawn by
 * JFreeChart as vectors; generated in the background with their progress on record.
 */
package org.lianqin.core.reports;
