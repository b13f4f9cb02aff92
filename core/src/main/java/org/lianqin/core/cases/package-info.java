/**
 * The case (案件) and its closed loop: the {@link org.lianqin.core.cases.Case} entity whose intent methods
 * check state and actor ({@link org.lianqin.core.cases.CaseGuards}) and append to the immutable timeline;
 * {@link org.lianqin.core.cases.CaseNumber}s; the named state sets of {@link org.lianqin.core.cases.CaseState}.
 * One entry per use: {@link org.lianqin.core.cases.CaseService} for staff's actions,
 * {@link org.lianqin.core.cases.ResidentCases} for residents', {@link org.lianqin.core.cases.CaseQueries} and
 * {@link org.lianqin.core.cases.PublicRecord} for reads; none calls another, all stand on the package's own
 * {@code CaseFiles}. A change fires {@link org.lianqin.core.cases.CaseChanged} (and a resident's report
 * {@link org.lianqin.core.cases.ResidentReported}) for others to observe in the same transaction.
 * Uses {@code routing}, {@code catalogue}, {@code organisation}, {@code calendar}, {@code photos}, {@code geo},
 * {@code tenancy}, {@code kernel}; never {@code mail}, {@code security} or {@code demo}.
 */
package org.lianqin.core.cases;
