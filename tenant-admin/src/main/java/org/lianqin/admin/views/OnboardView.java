package org.lianqin.admin.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.lianqin.core.district.DistrictSignIn;
import org.lianqin.core.district.Onboarded;
import org.lianqin.core.district.Onboarding;
import org.lianqin.core.district.OnboardingRefused;
import org.lianqin.core.district.OnboardingRequest;
import org.lianqin.core.district.Templates;
import org.lianqin.core.kernel.Roles;
import org.lianqin.core.organisation.Organisation;
import org.lianqin.core.tenancy.TenantKind;
import org.lianqin.vaadin.FormMessage;
import org.lianqin.vaadin.Problems;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Onboards a street office in one step: name, code, kind, boundary, template, optionally a grid file,
 * and its first admin. Every problem is shown beside its field at once (a grid file's, feature by
 * feature); nothing is created unless everything is right. The first admin's one-time password is shown
 * here once.
 */
@Route(value = "onboard", layout = ConsoleLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class OnboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_BYTES = Organisation.MAX_GRID_FILE_MB * 1024 * 1024;

    private final transient Onboarding onboarding;
    private final transient DistrictSignIn signIn;
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>();
    private final Select<Templates.TemplateInfo> template = new Select<>();
    private final TextArea boundary = new TextArea();
    private final Span gridFile = new Span();
    private final TextField adminLogin = new TextField();
    private final TextField adminName = new TextField();
    private final FormMessage message = new FormMessage("onboard-message");
    private final Div result = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Upload gridUpload = new Upload();
    private final Span gridError = new Span();
    private final Button submit = new Button();
    private final FormLayout form = new FormLayout();
    private volatile byte[] grids;

    @Inject
    public OnboardView(Onboarding onboarding, DistrictSignIn signIn, Templates templates) {
        this.onboarding = onboarding;
        this.signIn = signIn;
        setMaxWidth("60em");

        name.setId("onboard-name");
        name.setLabel(getTranslation("onboard.name"));
        name.setPlaceholder(getTranslation("onboard.namePlaceholder"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        code.setId("onboard-code");
        code.setLabel(getTranslation("onboard.code"));
        code.setHelperText(getTranslation("onboard.codeHint"));
        code.setPlaceholder("changqiao");
        code.setMaxLength(32);
        code.setRequiredIndicatorVisible(true);
        kind.setId("onboard-kind");
        kind.setLabel(getTranslation("onboard.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> Labels.kind(this, k));
        kind.setValue(TenantKind.STREET);
        kind.setRequiredIndicatorVisible(true);
        List<Templates.TemplateInfo> all = templates.templates();
        template.setId("onboard-template");
        template.setLabel(getTranslation("onboard.template"));
        template.setItems(all);
        template.setItemLabelGenerator(t -> t.name() + " · " + getTranslation("templates.units", t.units()));
        all.stream().filter(t -> t.kind().equals(TenantKind.STREET.name())).findFirst().ifPresent(template::setValue);
        template.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && (template.getValue() == null
                    || !template.getValue().kind().equals(e.getValue().name()))) {
                all.stream().filter(t -> t.kind().equals(e.getValue().name())).findFirst().ifPresent(template::setValue);
            }
        });
        boundary.setId("onboard-boundary");
        boundary.setLabel(getTranslation("onboard.boundary"));
        boundary.setHelperText(getTranslation("onboard.boundaryHint"));
        boundary.setMaxLength(MAX_FILE_BYTES);
        boundary.setWidthFull();
        boundary.setMaxHeight("10em");
        boundary.setRequiredIndicatorVisible(true);
        Upload boundaryUpload = upload("boundary-upload", "onboard.boundaryUpload",
                (file, bytes) -> boundary.setValue(new String(bytes, StandardCharsets.UTF_8).strip()));
        gridUpload.getElement().setAttribute("id", "grid-upload");
        configure(gridUpload, "onboard.gridsUpload", (file, bytes) -> {
            grids = bytes;
            gridFile.setText(getTranslation("onboard.gridsChosen", file, Labels.count(getLocale(), bytes.length)));
        });
        gridFile.setId("onboard-grids-file");
        gridFile.setText(getTranslation("onboard.gridsNone"));
        gridError.setId("onboard-grids-error");
        gridError.getStyle().set("color", "var(--lumo-error-text-color)");
        adminLogin.setId("onboard-admin-login");
        adminLogin.setLabel(getTranslation("onboard.adminLogin"));
        adminLogin.setValue("admin");
        adminLogin.setMaxLength(32);
        adminLogin.setRequiredIndicatorVisible(true);
        code.addValueChangeListener(e -> adminLogin.setHelperText(getTranslation("onboard.adminSignIn",
                adminLogin.getValue().strip() + "@" + e.getValue().strip())));
        adminName.setId("onboard-admin-name");
        adminName.setLabel(getTranslation("onboard.adminName"));
        adminName.setMaxLength(64);
        adminName.setRequiredIndicatorVisible(true);

        fields.put(OnboardingRequest.NAME, name);
        fields.put(OnboardingRequest.CODE, code);
        fields.put(OnboardingRequest.KIND, kind);
        fields.put(OnboardingRequest.TEMPLATE, template);
        fields.put(OnboardingRequest.BOUNDARY, boundary);
        fields.put(OnboardingRequest.ADMIN_LOGIN, adminLogin);
        fields.put(OnboardingRequest.ADMIN_NAME, adminName);

        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(name, code, kind, template);
        form.add(boundary, 2);
        form.add(boundaryUpload, 2);
        Span gridLabel = new Span(getTranslation("onboard.grids"));
        gridLabel.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout gridPart = new VerticalLayout(gridLabel, gridUpload, gridFile, gridError);
        gridPart.setPadding(false);
        gridPart.setSpacing(false);
        form.add(gridPart, 2);
        form.add(adminLogin, adminName);
        submit.setText(getTranslation("onboard.submit"));
        submit.addClickListener(e -> submit());
        submit.setId("onboard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        result.setId("onboard-result");
        add(new H2(getTranslation("onboard.title")), new Paragraph(getTranslation("onboard.hint")), message, form, submit, result);
    }

    private interface Received {
        void file(String name, byte[] content);
    }

    private Upload upload(String id, String label, Received received) {
        Upload upload = new Upload();
        upload.getElement().setAttribute("id", id);
        configure(upload, label, received);
        return upload;
    }

    private void configure(Upload upload, String label, Received received) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setUploadButton(new Button(getTranslation(label)));
        upload.setDropLabel(new Span(getTranslation("onboard.drop")));
        upload.setUploadHandler((UploadHandler) event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_FILE_BYTES + 1);
            String file = event.getFileName();
            event.getUI().access(() -> {
                upload.clearFileList();
                received.file(file, bytes);
            });
        });
    }

    private void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        gridError.setText("");
        gridUpload.getStyle().remove("border");
        result.removeAll();
        try {
            Onboarded done = onboarding.onboard(new OnboardingRequest(code.getValue(), name.getValue(), kind.getValue(),
                    boundary.getValue(), template.getValue() == null ? null : template.getValue().code(), grids,
                    adminLogin.getValue(), adminName.getValue()), signIn.caller());
            message.clear();
            form.setVisible(false);
            submit.setVisible(false);
            result.add(receipt(done));
            getElement().executeJs("window.scrollTo(0, 0)");
        } catch (OnboardingRefused refused) {
            message.error(Problems.message(refused, getLocale()));
            for (OnboardingRefused.FieldProblem problem : refused.problems()) {
                String text = problem.text(getLocale());
                if (problem.field().equals(OnboardingRequest.GRIDS)) {
                    List<String> details = problem.details(getLocale());
                    gridError.setText(details.isEmpty() ? text : getTranslation("onboard.gridsRefused", details.size()));
                    details.forEach(d -> gridError.add(new Div(new Span(d))));
                    gridUpload.getStyle().set("border", "1px solid var(--lumo-error-color)");
                    continue;
                }
                HasValidation field = fields.get(problem.field());
                field.setErrorMessage(problem.details(getLocale()).isEmpty() ? text
                        : text + getTranslation("list.colon") + String.join(getTranslation("list.separator"), problem.details(getLocale())));
                field.setInvalid(true);
            }
            refused.problems().stream().map(p -> fields.get(p.field())).filter(f -> f instanceof Component)
                    .findFirst().ifPresent(f -> ((Component) f).getElement().callJsFunction("focus"));
        } catch (RuntimeException failed) {
            message.error(Problems.message(failed, getLocale()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private Component receipt(Onboarded done) {
        Div box = new Div();
        box.addClassName("onboard-receipt");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        Span password = new Span(done.oneTimePassword());
        password.setId("onboard-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        Button copy = new Button(getTranslation("onboard.copy"), e -> {
            password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", done.oneTimePassword());
            e.getSource().setText(getTranslation("onboard.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Span signInName = new Span(done.adminSignIn());
        signInName.setId("onboard-signin");
        signInName.getStyle().set("font-family", "monospace");
        box.add(new H3(getTranslation("onboard.receiptTitle", done.name())),
                new Paragraph(getTranslation("onboard.receiptCounts", done.units(), done.squads(), done.categories(), done.grids())),
                new Div(new Span(getTranslation("onboard.receiptSignIn")), signInName),
                new Div(new Span(getTranslation("onboard.receiptPassword")), password, copy),
                new Paragraph(getTranslation("onboard.receiptOnce")),
                new Div(new Anchor("/portal/login", getTranslation("onboard.portal")), new Span(" · "),
                        new Anchor("/o/" + done.code(), getTranslation("onboard.site")), new Span(" · "),
                        new RouterLink(getTranslation("onboard.open", done.name()), OfficeView.class,
                                new RouteParameters("code", done.code()))));
        Button next = new Button(getTranslation("onboard.next"), e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        next.setId("onboard-next");
        box.add(next);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboard.title") + " · " + getTranslation("app.title");
    }
}
