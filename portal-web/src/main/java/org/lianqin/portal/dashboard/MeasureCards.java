package org.lianqin.portal.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.cases.Counted;
import org.lianqin.core.measures.Compared;
import org.lianqin.core.measures.Figures;
import org.lianqin.core.measures.OfficeMeasures;

import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboard's cards: each a figure of the period, its base (how many cases a rate rests on), and its
 * change against a year before (同比) and the period before (环比); each a link to the cases it counts.
 */
final class MeasureCards {

    /** Makes the link around a card's content to the cases a figure counts in period 0 (this one). */
    interface Links {
        Component link(Counted counted, int which, Component content);
    }

    private final Locale locale;
    private final Links links;
    /** Whether the period before is the year before (a year's): then one comparison says both. */
    private final boolean oneComparison;

    private MeasureCards(Locale locale, Links links, boolean oneComparison) {
        this.locale = locale;
        this.links = links;
        this.oneComparison = oneComparison;
    }

    static void fill(FlexLayout cards, OfficeMeasures m, Locale locale, Links links) {
        new MeasureCards(locale, links, m.periods().previous().equals(m.periods().yearBefore())).fill(cards, m);
    }

    private void fill(FlexLayout cards, OfficeMeasures m) {
        boolean en = "en".equals(locale.getLanguage());
        Compared<Figures> f = m.figures();
        cards.removeAll();
        cards.add(
                count("reported", en ? "Reported" : "上报案件", f, Figures::reported, Counted.REPORTED),
                count("registered", en ? "Registered" : "立案", f, Figures::registered, Counted.REGISTERED),
                rate("handling", en ? "Handling rate" : "管事率", f, Figures::handlingRate, Figures::registered, Counted.HANDLED),
                rate("closure", en ? "Closure rate" : "结案率", f, Figures::closureRate, x -> x.due() - x.deferred(), Counted.CLOSED),
                rate("on-time", en ? "Closed on time" : "按期结案率", f, Figures::onTimeRate, x -> x.due() - x.deferred(), Counted.CLOSED_ON_TIME),
                rate("rework", en ? "Rework rate" : "返工率", f, Figures::reworkRate, Figures::handled, Counted.REWORKED),
                count("overdue", en ? "Overdue" : "超期", f, Figures::overdue, Counted.OVERDUE),
                count("deferred", en ? "Deferred" : "缓办", f, Figures::deferred, Counted.DEFERRED),
                rate("satisfaction", en ? "Satisfaction" : "满意率", f, Figures::satisfactionRate, Figures::rated, Counted.SATISFIED),
                hours(f));
    }

    private Component count(String id, String title, Compared<Figures> f, Function<Figures, Long> value, Counted counted) {
        long now = value.apply(f.now());
        return card(id, title, MeasureText.count(now, locale), null,
                MeasureText.countChange(now, value.apply(f.yearBefore()), locale),
                MeasureText.countChange(now, value.apply(f.previous()), locale), counted);
    }

    private Component rate(String id, String title, Compared<Figures> f, Function<Figures, Double> value,
                           Function<Figures, Long> base, Counted counted) {
        boolean en = "en".equals(locale.getLanguage());
        long n = base.apply(f.now());
        String basis = en ? "of " + MeasureText.count(n, locale) + " cases" : "基数 " + MeasureText.count(n, locale) + " 件";
        return card(id, title, MeasureText.rate(value.apply(f.now()), locale), basis,
                MeasureText.rateChange(value.apply(f.now()), value.apply(f.yearBefore()), locale),
                MeasureText.rateChange(value.apply(f.now()), value.apply(f.previous()), locale), counted);
    }

    private Component hours(Compared<Figures> f) {
        boolean en = "en".equals(locale.getLanguage());
        Figures now = f.now();
        String basis = (en ? "90% within " : "90% 在 ") + MeasureText.hours(now.toClose().p90(), locale) + (en ? " h; " : " 小时内；")
                + (en ? "register " : "立案 ") + MeasureText.hours(now.toRegister().median(), locale)
                + (en ? " h, dispatch " : "、派遣 ") + MeasureText.hours(now.toDispatch().median(), locale)
                + (en ? " h, handle " : "、处置 ") + MeasureText.hours(now.toHandle().median(), locale) + (en ? " h" : " 小时");
        Double before = f.yearBefore().toClose().median();
        Double previous = f.previous().toClose().median();
        return card("close-hours", en ? "Median hours to close" : "办结用时中位数（工作小时）",
                MeasureText.hours(now.toClose().median(), locale), basis,
                before == null || now.toClose().median() == null ? "—" : MeasureText.countChange(Math.round(now.toClose().median() * 10), Math.round(before * 10), locale),
                previous == null || now.toClose().median() == null ? "—" : MeasureText.countChange(Math.round(now.toClose().median() * 10), Math.round(previous * 10), locale),
                Counted.CLOSED);
    }

    private Component card(String id, String title, String value, String basis, String yearOnYear, String onPrevious,
                           Counted counted) {
        boolean en = "en".equals(locale.getLanguage());
        Div card = new Div();
        card.setId("card-" + id);
        card.addClassName("measure-card");
        Span name = new Span(title);
        name.addClassName("measure-card-title");
        Span big = new Span(value);
        big.addClassName("measure-card-value");
        big.getElement().setAttribute("data-value", value);
        card.add(name, big);
        if (basis != null) {
            Span b = new Span(basis);
            b.addClassName("measure-card-basis");
            card.add(b);
        }
        Span changes = new Span((en ? "Year on year " : "同比 ") + yearOnYear
                + (oneComparison ? "" : (en ? " · on the period before " : " · 环比 ") + onPrevious));
        changes.addClassName("measure-card-changes");
        card.add(changes);
        return links.link(counted, 0, card);
    }
}
