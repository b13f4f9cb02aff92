package org.lianqin.portal.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.lianqin.core.duty.Duty;
import org.lianqin.core.duty.DutyLevel;
import org.lianqin.core.duty.Post;

import java.util.List;
import java.util.Locale;

/**
 * One line for the command centre: the duty level in force (marked when raised, with the share of the
 * handling limits it allows), who is on duty in the command centre and which squad is on patrol now.
 */
class DutyBanner extends Div {

    DutyBanner(Duty.LevelView level, List<Duty.ShiftView> now, Locale locale) {
        setId("duty-banner");
        addClassName("duty-banner");
        Span badge = new Span(getTranslation("duty.levelNow", level.level().label().in(locale)));
        badge.setId("duty-level-now");
        badge.getElement().getThemeList().add(level.level() == DutyLevel.NORMAL ? "badge" : "badge error primary");
        add(badge);
        if (level.handlePercent() < 100) {
            add(new Span(getTranslation("duty.shortened", level.handlePercent())));
        }
        String dispatcher = now.stream().filter(s -> s.post() == Post.COMMAND && s.staffName() != null)
                .map(Duty.ShiftView::staffName).findFirst().orElse(getTranslation("duty.nobody"));
        String squad = now.stream().filter(s -> s.post() == Post.PATROL && s.squadName() != null)
                .map(Duty.ShiftView::squadName).findFirst().orElse(getTranslation("duty.nobody"));
        add(new Span(getTranslation("duty.onDuty", dispatcher, squad)));
    }
}
