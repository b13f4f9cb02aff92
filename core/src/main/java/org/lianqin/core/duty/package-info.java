/**
 * 勤务: the street office's duty level (勤务等级), which the command centre raises and lowers and which
 * shortens handling limits where the office says so, and its 24-hour rota of the command centre's
 * dispatchers and the patrolling squads.
 */
package org.lianqin.core.duty;
