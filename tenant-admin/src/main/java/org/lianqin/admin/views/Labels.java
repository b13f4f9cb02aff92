package org.lianqin.admin.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.i18n.Messages;
import org.lianqin.core.tenancy.TenantKind;
import org.lianqin.core.tenancy.TenantStatus;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes a street office's state, its kind, a count and a date, in the reader's language. */
final class Labels {

    private Labels() {
    }

    static Span status(Locale locale, TenantStatus status) {
        Span badge = new Span(status.label().in(locale));
        badge.getElement().getThemeList().add(switch (status) {
            case ACTIVE -> "badge success";
            case SUSPENDED -> "badge error";
            case RETIRED -> "badge contrast";
            case PROVISIONING -> "badge";
        });
        badge.addClassName("office-status");
        return badge;
    }

    static String kind(Component in, TenantKind kind) {
        return in.getTranslation("kind." + kind.name());
    }

    static String count(Locale locale, long n) {
        return NumberFormat.getIntegerInstance(Messages.supported(locale)).format(n);
    }

    static String date(Locale locale, Instant at) {
        if (at == null) {
            return "—";
        }
        DateTimeFormatter format = Messages.supported(locale).equals(Messages.ENGLISH)
                ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH) : DateTimeFormatter.ofPattern("yyyy年M月d日");
        return format.format(at.atZone(WorkCalendar.CHINA));
    }
}
