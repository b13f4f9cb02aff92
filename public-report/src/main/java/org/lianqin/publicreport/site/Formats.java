package org.lianqin.publicreport.site;

import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.rest.Problem;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** How the site writes times, numbers and messages with arguments: zh-CN by default, Beijing time. */
public final class Formats {

    /** The fewest cases a public rate or median is shown for. */
    public static final int ENOUGH = 10;

    private final Language language;
    private final ResourceBundle messages;
    private final DateTimeFormatter when;

    Formats(Language language) {
        this.language = language;
        this.messages = language.messages();
        this.when = DateTimeFormatter.ofPattern(language == Language.ZH ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm",
                language.locale()).withZone(WorkCalendar.CHINA);
    }

    public String when(Instant at) {
        return at == null ? "" : when.format(at);
    }

    public String percent(Double share) {
        if (share == null) {
            return messages.getString("office.stats.none");
        }
        NumberFormat f = NumberFormat.getPercentInstance(language.locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    public String hours(Double hours) {
        if (hours == null) {
            return messages.getString("office.stats.none");
        }
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMaximumFractionDigits(1);
        return msg("office.stats.hours", f.format(hours));
    }

    public String score(Double average) {
        if (average == null) {
            return messages.getString("office.stats.none");
        }
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMaximumFractionDigits(1);
        return f.format(average) + " / 5";
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    /** A street office's name in the page's language: as registered, or in Pinyin on English pages. */
    public String officeName(org.lianqin.core.tenancy.StreetOffice office) {
        return place(office.name());
    }

    /** A Chinese place name (a district, an office) in the page's language. */
    public String place(String name) {
        return language == Language.EN ? PlaceNames.english(name) : name;
    }

    /**
     * Whether a rate or a median rests on enough cases to mean something: below {@link #ENOUGH} the page
     * says how few there are instead of the figure.
     */
    public boolean enough(long base) {
        return base >= ENOUGH;
    }

    /** What a figure over too few cases says instead: how many there are, and how many it takes ({@link #ENOUGH}). */
    public String few(String key, long base) {
        return msg(key, base, ENOUGH);
    }

    /** A refusal of core, in the page's language. */
    public String refusal(WorkflowException refused) {
        return refused.message(language.locale());
    }

    /** A refusal of the web tier (a bad upload, too many attempts), in the page's language. */
    public String refusal(Problem.Raised refused) {
        return refused.message(language.locale());
    }

    /** A message of the bundle with its arguments ({0}, {1}…). */
    public String msg(String key, Object... args) {
        return new MessageFormat(messages.getString(key), language.locale()).format(args);
    }
}
