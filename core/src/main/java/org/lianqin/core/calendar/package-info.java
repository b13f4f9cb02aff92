/** Each street office's work calendar: holidays and 调休 working days, and deadlines counted in working hours. Uses {@code tenancy}, {@code kernel}. */
package org.lianqin.core.calendar;
