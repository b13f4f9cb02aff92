package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.lianqin.core.operations.JointOperations;
import org.lianqin.core.operations.JointOperations.KindView;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.List;
import java.util.function.Supplier;

/**
 * The admin's list of the office's result kinds for joint operations: add one, retire one (its past
 * counts stay) or bring it back. After each change the operations page is told to show the new list;
 * a refusal goes to the page's message line.
 */
class ResultKindsPart extends VerticalLayout {

    private final Grid<KindView> list = new Grid<>();
    private final FormMessage message;
    private final Runnable changed;

    ResultKindsPart(JointOperations operations, StaffSignIn signIn, FormMessage message, Runnable changed) {
        this.message = message;
        this.changed = changed;
        setPadding(false);
        list.setId("op-kinds");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.addColumn(KindView::name).setHeader(getTranslation("operations.kindName")).setAutoWidth(true);
        list.addColumn(KindView::measure).setHeader(getTranslation("operations.kindMeasure")).setAutoWidth(true);
        list.addComponentColumn(k -> {
            Button toggle = new Button(getTranslation(k.active() ? "staff.deactivate" : "staff.activate"),
                    e -> attempt(() -> SignedIn.inOffice(() -> operations.activateKind(k.id(), !k.active(), signIn.caller()))));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return toggle;
        }).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.setWidth("32em");
        TextField name = new TextField(getTranslation("operations.kindName"));
        name.setId("op-kind-name");
        name.setMaxLength(32);
        TextField measure = new TextField(getTranslation("operations.kindMeasure"));
        measure.setId("op-kind-measure");
        measure.setMaxLength(8);
        measure.setWidth("6em");
        Button add = new Button(getTranslation("operations.kindAdd"), e -> attempt(() -> {
            KindView k = SignedIn.inOffice(() -> operations.addKind(name.getValue(), measure.getValue(), signIn.caller()));
            name.clear();
            measure.clear();
            return k;
        }));
        add.setId("op-kind-add");
        HorizontalLayout adding = new HorizontalLayout(name, measure, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("operations.kinds")), new Paragraph(getTranslation("operations.kindsHint")), list, adding);
    }

    void show(List<KindView> kinds) {
        list.setItems(kinds);
    }

    private void attempt(Supplier<KindView> work) {
        try {
            work.get();
            changed.run();
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }
}
