/**
 * Mail to residents through an outbox written in the change's own transaction and sent after commit:
 * receipts and notes on a followed case's public steps, observed from the case events. Uses {@code cases},
 * {@code tenancy}, {@code i18n}, {@code kernel}.
 */
package org.lianqin.core.mail;
