package org.lianqin.portal.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.audit.AuditTrail.Entry;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.kernel.Roles;
import org.lianqin.portal.security.SignedIn;

import java.time.format.DateTimeFormatter;

/**
 * The street office's audit trail (its admin and leaders): every change to its set-up, who made it and
 * when, how it read before and after, newest first, filtered by kind and by person, read page by page.
 * Nothing here edits it.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.LEADER})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    public AuditView(AuditTrail trail) {
        setSizeFull();
        Select<AuditEntry.Subject> subject = new Select<>();
        subject.setId("audit-subject");
        subject.setLabel(getTranslation("audit.subject"));
        subject.setItems(AuditEntry.Subject.values());
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("board.any"));
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("board.any") : getTranslation("audit.subject." + s.name()));
        TextField who = new TextField();
        who.setId("audit-actor");
        who.setLabel(getTranslation("audit.actor"));
        who.setValueChangeMode(ValueChangeMode.LAZY);
        who.setClearButtonVisible(true);

        Grid<Entry> grid = new Grid<>();
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> WHEN.format(e.at().atZone(WorkCalendar.CHINA))).setHeader(getTranslation("timeline.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("person.withLogin", e.actorName(), e.actorLogin())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.subject." + e.subject().name()) + " " + e.subjectKey())
                .setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        Runnable read = () -> grid.setItems(q -> SignedIn.inOffice(() -> trail.list(subject.getValue(),
                who.getValue(), q.getPage(), q.getPageSize())).stream());
        subject.addValueChangeListener(e -> read.run());
        who.addValueChangeListener(e -> read.run());
        read.run();

        HorizontalLayout filters = new HorizontalLayout(subject, who);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.hint")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}
