package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.lianqin.core.cases.CaseDetail;
import org.lianqin.core.cases.CaseService;
import org.lianqin.core.cases.ReportCase;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.catalogue.Catalogue;
import org.lianqin.core.catalogue.CategoryView;
import org.lianqin.core.catalogue.Priority;
import org.lianqin.core.geo.Location;
import org.lianqin.core.security.StaffSignIn;
import org.lianqin.portal.security.SignedIn;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A problem recorded by staff: the command centre taking a call (12345, 110, a CCTV alarm, video patrol,
 * the platform), with the internal fields (priority, which shortens the time limit, and the caller), or
 * an inspector on patrol with photos and the browser's location. Filed through {@link CaseService#report};
 * the new case opens. A refusal stays on the form with everything typed.
 */
class ReportForm extends VerticalLayout {

    /** The channels staff record from; residents' own web and Open311 reports come by the public paths. */
    static final List<SourceChannel> STAFF_CHANNELS = List.of(SourceChannel.HOTLINE_12345, SourceChannel.POLICE_110,
            SourceChannel.CCTV_ALARM, SourceChannel.VIDEO_PATROL, SourceChannel.PATROL, SourceChannel.PLATFORM);

    private final Select<SourceChannel> channel = new Select<>();
    private final ComboBox<CategoryView> category = new ComboBox<>();
    private final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    private final TextField address = new TextField();
    private final NumberField longitude = new NumberField();
    private final NumberField latitude = new NumberField();
    private final TextArea description = new TextArea();
    private final TextField caller = new TextField();
    private final PhotoDrop photos = new PhotoDrop("report-photos");
    private final FormMessage message = new FormMessage("report-message");

    /**
     * @param channels the channels the person may choose from; one means it is fixed (a patrol)
     * @param withCaller whether the form asks for the caller (the command centre's intake)
     */
    ReportForm(CaseService cases, Catalogue catalogue, StaffSignIn signIn, List<SourceChannel> channels, boolean withCaller) {
        setPadding(false);

        channel.setId("report-channel");
        channel.setLabel(getTranslation("board.channel"));
        channel.setItems(channels);
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(channels.get(0));
        channel.setVisible(channels.size() > 1);

        List<CategoryView> all = SignedIn.inOffice(() -> catalogue.categories(false));
        Map<String, CategoryView> mains = all.stream().filter(c -> c.parentCode() == null)
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        Function<CategoryView, String> name = c -> getLocale().getLanguage().equals("en") ? c.nameEn() : c.nameZh();
        category.setId("report-category");
        category.setLabel(getTranslation("case.category"));
        category.setRequiredIndicatorVisible(true);
        category.setItems(all.stream().filter(c -> c.parentCode() != null).sorted(Comparator.comparing(CategoryView::code)).toList());
        category.setItemLabelGenerator(c -> mains.containsKey(c.parentCode())
                ? name.apply(mains.get(c.parentCode())) + " / " + name.apply(c) : name.apply(c));
        category.setWidthFull();

        priority.setId("report-priority");
        priority.setLabel(getTranslation("case.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.NORMAL);

        address.setId("report-address");
        address.setLabel(getTranslation("case.address"));
        address.setMaxLength(200);
        address.setWidthFull();
        longitude.setId("report-longitude");
        longitude.setLabel(getTranslation("report.longitude"));
        latitude.setId("report-latitude");
        latitude.setLabel(getTranslation("report.latitude"));
        Button here = new Button(getTranslation("report.here"), e -> locate());
        here.setId("report-here");
        HorizontalLayout place = new HorizontalLayout(longitude, latitude, here);
        place.setAlignItems(FlexComponent.Alignment.BASELINE);
        place.setWrap(true);

        description.setId("report-description");
        description.setLabel(getTranslation("case.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(4000);
        description.setWidthFull();
        description.setMinHeight("8em");
        caller.setId("report-caller");
        caller.setLabel(getTranslation("report.caller"));
        caller.setMaxLength(200);
        caller.setWidthFull();
        caller.setVisible(withCaller);

        Button file = new Button(getTranslation("report.submit"), e -> file(cases, signIn));
        file.setId("report-submit");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        file.setDisableOnClick(true);
        file.addClickListener(e -> file.setEnabled(true));

        FormLayout form = new FormLayout(channel, priority, category, address, description, caller);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(category, 2);
        form.setColspan(address, 2);
        form.setColspan(description, 2);
        form.setColspan(caller, 2);
        add(message, form, place, new Div(getTranslation("step.photos")), photos, file);
    }

    private void locate() {
        Geolocation.ask(this, here -> here.ifPresentOrElse(at -> {
            longitude.setValue(at.longitude());
            latitude.setValue(at.latitude());
        }, () -> say(getTranslation("report.noLocation"))));
    }

    private void file(CaseService cases, StaffSignIn signIn) {
        if (category.getValue() == null) {
            category.setInvalid(true);
            category.setErrorMessage(getTranslation("report.categoryRequired"));
            category.focus();
            return;
        }
        try {
            Location place = new Location(address.getValue().isBlank() ? null : address.getValue().strip(),
                    longitude.getValue(), latitude.getValue());
            ReportCase report = new ReportCase(channel.getValue(), category.getValue().code(), place,
                    description.getValue(), caller.getValue().isBlank() ? null : caller.getValue().strip(),
                    priority.getValue(), null);
            CaseDetail filed = SignedIn.inOffice(() -> cases.report(report, photos.photos(), signIn.caller()));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, new RouteParameters("number", filed.number())));
        } catch (RuntimeException refused) {
            say(Problems.message(refused, getLocale()));
        }
    }

    private void say(String text) {
        message.error(text);
        message.getElement().callJsFunction("scrollIntoView");
    }
}
