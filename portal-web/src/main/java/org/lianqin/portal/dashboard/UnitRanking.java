package org.lianqin.portal.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.lianqin.core.measures.MeasureText;
import org.lianqin.core.cases.Counted;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.measures.Assessments;
import org.lianqin.core.measures.Assessments.UnitScore;
import org.lianqin.core.measures.Period;
import org.lianqin.portal.security.SignedIn;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Problems;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 监督考核 of the units for the period: rank, the three parts and the composite with the office's weights;
 * the command centre enters an organisational score with its reason, a leader or the admin sets the
 * weights. A click on a unit opens its cases.
 */
class UnitRanking extends VerticalLayout {

    private final Assessments assessments;
    private final Actor me;
    private final Locale locale;
    private final Grid<UnitScore> grid = new Grid<>();
    private final com.vaadin.flow.component.html.Span weights = new com.vaadin.flow.component.html.Span();
    private Period period;

    UnitRanking(Assessments assessments, Actor me, EChartsPanels.Cases cases, Locale locale) {
        this.assessments = assessments;
        this.me = me;
        this.locale = locale;
        setPadding(false);
        boolean en = en();
        grid.setId("unit-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.rank() == null ? "—" : String.valueOf(s.rank())).setHeader(en ? "Rank" : "排名").setAutoWidth(true);
        grid.addColumn(UnitScore::unitName).setHeader(en ? "Unit" : "成员单位").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> MeasureText.count(s.figures().registered(), locale)).setHeader(en ? "Cases" : "案件").setAutoWidth(true);
        grid.addColumn(s -> score(s.professional())).setHeader(en ? "Professional" : "专业评定").setAutoWidth(true);
        grid.addColumn(s -> s.organisational() == null ? "—" : String.valueOf(s.organisational()))
                .setTooltipGenerator(s -> s.organisationalReason() == null ? "" : s.organisationalReason())
                .setHeader(en ? "Organisational" : "组织评价").setAutoWidth(true);
        grid.addColumn(s -> score(s.publicScore())).setHeader(en ? "Public" : "社会评判").setAutoWidth(true);
        grid.addColumn(s -> score(s.composite())).setHeader(en ? "Composite" : "综合得分").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> cases.show(Counted.REGISTERED, 0, Map.of("unit", String.valueOf(e.getItem().unitId()))));
        weights.setId("assessment-weights");
        HorizontalLayout actions = new HorizontalLayout(weights);
        actions.setAlignItems(Alignment.BASELINE);
        if (me.roles().contains(Role.DISPATCHER) || me.roles().contains(Role.TENANT_ADMIN)) {
            Button score = new Button(en ? "Organisational score…" : "录入组织评价…", e -> scoreDialog());
            score.setId("assessment-score");
            actions.add(score);
        }
        if (me.roles().contains(Role.LEADER) || me.roles().contains(Role.TENANT_ADMIN)) {
            Button w = new Button(en ? "Weights…" : "权重…", e -> weightsDialog());
            w.setId("assessment-weights-edit");
            actions.add(w);
        }
        add(grid, actions);
    }

    private boolean en() {
        return "en".equals(locale.getLanguage());
    }

    private String score(Double value) {
        return value == null ? "—" : MeasureText.hours(value, locale);
    }

    void show(Period period) {
        this.period = period;
        List<UnitScore> ranked = SignedIn.inOffice(() -> assessments.ranking(period));
        grid.setItems(ranked);
        Assessments.Weights w = SignedIn.inOffice(assessments::weights);
        weights.setText((en() ? "Weights: professional " : "权重：专业评定 ") + w.professional() + "%"
                + (en() ? ", organisational " : "，组织评价 ") + w.organisational() + "%"
                + (en() ? ", public " : "，社会评判 ") + w.publicPart() + "%");
    }

    private void scoreDialog() {
        boolean en = en();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle((en ? "Organisational score, " : "组织评价：") + period.label(locale));
        FormMessage message = new FormMessage("score-message");
        ComboBox<UnitScore> unit = new ComboBox<>(en ? "Unit" : "成员单位");
        unit.setId("score-unit");
        unit.setItems(grid.getListDataView().getItems().toList());
        unit.setItemLabelGenerator(UnitScore::unitName);
        IntegerField value = new IntegerField(en ? "Score (0–100)" : "分数（0–100）");
        value.setId("score-value");
        value.setMin(0);
        value.setMax(100);
        TextArea reason = new TextArea(en ? "Reason" : "理由");
        reason.setId("score-reason");
        reason.setMaxLength(Assessments.REASON_MAX);
        reason.setWidthFull();
        Button save = new Button(en ? "Save" : "保存", e -> {
            try {
                if (unit.getValue() == null || value.getValue() == null) {
                    message.error(en ? "Choose a unit and give a score." : "请选择单位并填写分数。");
                    return;
                }
                SignedIn.inOffice(() -> {
                    assessments.scoreUnit(unit.getValue().unitId(), period, value.getValue(), reason.getValue(), me);
                    return null;
                });
                dialog.close();
                show(period);
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, locale));
            }
        });
        save.setId("score-save");
        dialog.add(new VerticalLayout(message, unit, value, reason));
        dialog.getFooter().add(new Button(en ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }

    private void weightsDialog() {
        boolean en = en();
        Assessments.Weights now = SignedIn.inOffice(assessments::weights);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(en ? "Weights of the assessment" : "考核权重");
        FormMessage message = new FormMessage("weights-message");
        IntegerField professional = percent(en ? "Professional %" : "专业评定 %", now.professional(), "weight-professional");
        IntegerField organisational = percent(en ? "Organisational %" : "组织评价 %", now.organisational(), "weight-organisational");
        IntegerField publicPart = percent(en ? "Public %" : "社会评判 %", now.publicPart(), "weight-public");
        Button save = new Button(en ? "Save" : "保存", e -> {
            try {
                Assessments.Weights w = new Assessments.Weights(value(professional), value(organisational), value(publicPart));
                SignedIn.inOffice(() -> assessments.setWeights(w, me));
                dialog.close();
                show(period);
            } catch (RuntimeException refused) {
                message.error(Problems.message(refused, locale));
            }
        });
        save.setId("weights-save");
        dialog.add(new VerticalLayout(message, professional, organisational, publicPart));
        dialog.getFooter().add(new Button(en ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }

    private static IntegerField percent(String label, int value, String id) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setMin(0);
        f.setMax(100);
        f.setValue(value);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }
}
