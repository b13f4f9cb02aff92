/**
 * What every feature needs and nothing else: who acts ({@link org.lianqin.core.kernel.Actor}, its
 * {@link org.lianqin.core.kernel.Role}s and the container's {@link org.lianqin.core.kernel.Roles}), and why a
 * request is refused ({@link org.lianqin.core.kernel.Refusal}, {@link org.lianqin.core.kernel.WorkflowException})
 * with the refusals' Chinese and English words. Uses only {@code i18n}.
 */
package org.lianqin.core.kernel;
