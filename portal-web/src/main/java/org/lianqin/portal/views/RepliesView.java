package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.cases.CaseStep;
import org.lianqin.core.cases.StandardReplies;
import org.lianqin.core.cases.StandardReplies.Reply;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.Arrays;

/**
 * The street office's admin keeps its standard replies (规范用语): which step, which category (every
 * one, or a 大类/小类 by its code), what they say. Chosen one in the list fills the form to change or
 * delete it; a refusal stays on the form with what was typed.
 */
@Route(value = "replies", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class RepliesView extends VerticalLayout implements HasDynamicTitle {

    private final StandardReplies replies;
    private final StaffSignIn signIn;
    private final Grid<Reply> list = new Grid<>();
    private final Select<CaseStep> step = new Select<>();
    private final TextField category = new TextField();
    private final TextArea text = new TextArea();
    private final Button delete = new Button();
    private final FormMessage message = new FormMessage("reply-message");
    private Reply editing;

    @Inject
    public RepliesView(StandardReplies replies, StaffSignIn signIn) {
        this.replies = replies;
        this.signIn = signIn;
        setMaxWidth("72em");

        list.setId("replies");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(r -> getTranslation("step." + r.step().name())).setHeader(getTranslation("replies.step")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(r -> r.categoryCode() == null ? getTranslation("replies.allCategories") : r.categoryCode())
                .setHeader(getTranslation("case.category")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(Reply::text).setHeader(getTranslation("replies.text")).setFlexGrow(1);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        step.setId("reply-step");
        step.setLabel(getTranslation("replies.step"));
        step.setItems(Arrays.stream(CaseStep.values()).filter(s -> s.note() != CaseStep.Note.NONE).toList());
        step.setItemLabelGenerator(s -> getTranslation("step." + s.name()));
        category.setId("reply-category");
        category.setLabel(getTranslation("replies.category"));
        category.setMaxLength(8);
        text.setId("reply-text");
        text.setLabel(getTranslation("replies.text"));
        text.setMaxLength(StandardReplies.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("6em");
        Button save = new Button(getTranslation("replies.save"), e -> save());
        save.setId("reply-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("replies.add"), e -> list.asSingleSelect().clear());
        add.setId("reply-new");
        delete.setId("reply-delete");
        delete.setText(getTranslation("replies.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        HorizontalLayout fields = new HorizontalLayout(step, category);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(new H2(getTranslation("replies.title")), new Paragraph(getTranslation("replies.hint")), list,
                message, fields, text, new HorizontalLayout(save, add, delete));
        refresh();
        edit(null);
    }

    private void edit(Reply reply) {
        editing = reply;
        message.setVisible(false);
        step.setValue(reply == null ? CaseStep.HANDLE : reply.step());
        category.setValue(reply == null || reply.categoryCode() == null ? "" : reply.categoryCode());
        text.setValue(reply == null ? "" : reply.text());
        delete.setEnabled(reply != null);
    }

    private void save() {
        try {
            Reply saved = SignedIn.inOffice(() -> replies.save(editing == null ? null : editing.id(), step.getValue(),
                    category.getValue(), text.getValue(), signIn.caller()));
            refresh();
            list.select(saved);
            Notification.show(getTranslation("replies.saved"), 2500, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void delete() {
        if (editing == null) {
            return;
        }
        try {
            SignedIn.inOffice(() -> {
                replies.delete(editing.id(), signIn.caller());
                return null;
            });
            refresh();
            list.asSingleSelect().clear();
            Notification.show(getTranslation("replies.deleted"), 2500, Notification.Position.BOTTOM_END);
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        }
    }

    private void refresh() {
        list.setItems(SignedIn.inOffice(replies::all));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replies.title") + " · " + getTranslation("app.title");
    }
}
