package org.lianqin.portal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.lianqin.core.catalogue.Questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The extra questions of one 小类, edited as rows (code, Chinese and English label, kind of answer,
 * required, the options of a choice one per line as {@code code=中文=English}); saved all at once, and
 * checked in core, which refuses the first flaw in words.
 */
class QuestionsEditor extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> editing = new ArrayList<>();

    private final class Row extends HorizontalLayout {
        final TextField code = new TextField();
        final TextField labelZh = new TextField();
        final TextField labelEn = new TextField();
        final Select<String> datatype = new Select<>();
        final Checkbox required = new Checkbox();
        final TextArea values = new TextArea();

        Row(Questions.Question q) {
            int n = editing.size() + 1;
            code.setLabel(getTranslation("questions.code"));
            code.setWidth("9em");
            code.setId("question-code-" + n);
            labelZh.setLabel(getTranslation("questions.labelZh"));
            labelZh.setMaxLength(32);
            labelZh.setId("question-zh-" + n);
            labelEn.setLabel(getTranslation("questions.labelEn"));
            labelEn.setMaxLength(64);
            labelEn.setId("question-en-" + n);
            datatype.setLabel(getTranslation("questions.datatype"));
            datatype.setItems(Questions.DATATYPES);
            datatype.setItemLabelGenerator(t -> getTranslation("questions.datatype." + t));
            datatype.setId("question-type-" + n);
            required.setLabel(getTranslation("questions.required"));
            values.setLabel(getTranslation("questions.values"));
            values.setPlaceholder("car=小汽车=Car");
            values.setWidth("18em");
            values.setId("question-values-" + n);
            datatype.addValueChangeListener(e -> values.setVisible("singlevaluelist".equals(e.getValue())));
            Button remove = new Button(getTranslation("questions.remove"), e -> {
                editing.remove(this);
                rows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            code.setValue(q == null ? "" : q.code());
            labelZh.setValue(q == null ? "" : q.labelZh());
            labelEn.setValue(q == null ? "" : q.labelEn());
            datatype.setValue(q == null ? "string" : q.datatype());
            required.setValue(q != null && q.required());
            values.setValue(q == null ? "" : Questions.valuesText(q.values()).replace("|", "\n"));
            values.setVisible("singlevaluelist".equals(datatype.getValue()));
            add(code, labelZh, labelEn, datatype, required, values, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        Questions.Question question(int order) {
            Map<String, String[]> options = new LinkedHashMap<>();
            for (String line : values.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("=", -1);
                // a line that is not code=中文=English keeps a wrong shape, so that core refuses it in words
                options.put(parts[0].strip(), parts.length == 3 ? new String[] {parts[1].strip(), parts[2].strip()} : new String[] {line});
            }
            return new Questions.Question(code.getValue(), datatype.getValue(), required.getValue(), order,
                    labelZh.getValue(), labelEn.getValue(), options);
        }
    }

    QuestionsEditor(Consumer<List<Questions.Question>> save) {
        setPadding(false);
        setId("category-questions");
        rows.setPadding(false);
        Button add = new Button(getTranslation("questions.add"), e -> addRow(null));
        add.setId("question-add");
        Button saving = new Button(getTranslation("questions.save"), e -> save.accept(questions()));
        saving.setId("category-questions-save");
        saving.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H4(getTranslation("questions.title")), new Paragraph(getTranslation("questions.hint")), rows,
                new HorizontalLayout(add, saving));
    }

    void show(List<Questions.Question> questions) {
        editing.clear();
        rows.removeAll();
        questions.forEach(this::addRow);
    }

    private void addRow(Questions.Question q) {
        Row row = new Row(q);
        editing.add(row);
        rows.add(row);
    }

    private List<Questions.Question> questions() {
        List<Questions.Question> questions = new ArrayList<>();
        for (Row row : editing) {
            questions.add(row.question(questions.size() + 1));
        }
        return questions;
    }
}
