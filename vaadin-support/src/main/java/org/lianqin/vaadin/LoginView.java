package org.lianqin.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.lianqin.core.security.SignInResult;
import org.lianqin.core.calendar.WorkCalendar;
import org.lianqin.core.i18n.Messages;

import java.time.format.DateTimeFormatter;

/**
 * The sign-in view of the portal and the console; each WAR gives it its own texts. It hands what was
 * typed to Jakarta Security ({@code SecurityContext.authenticate}) — a WAR without an identity store
 * signs nobody in, and the form says sign-in is not open there — renews the session id once signed in,
 * and reloads the page where the person was going. A refusal says why, as far as it may: a wrong name or
 * password alike, a locked account with the time it opens again, a suspended street office.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    /** The request attribute an identity store leaves the {@link SignInResult} in, for this view. */
    public static final String OUTCOME = "org.lianqin.signIn.outcome";

    /**
     * The session attribute that says the signed-in person holds a one-time password: until they have
     * chosen their own, every view of the module takes them to its {@code password} view.
     */
    public static final String PASSWORD_CHANGE = "org.lianqin.signIn.passwordChange";

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setI18n(i18n("login.unavailable.title", "login.unavailable.message"));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        add(links(), title(), new Paragraph(getTranslation("login.hint")), form);
    }

    /** The name of the module, its parts kept whole ("联勤 · 街镇工作门户" never breaks inside "门户"). */
    private H1 title() {
        H1 title = new H1();
        String[] parts = getTranslation("app.title").split(" · ", 2);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                title.add(new Text(" · "));
            }
            Span part = new Span(parts[i]);
            part.getStyle().set("white-space", "nowrap");
            title.add(part);
        }
        title.getStyle().set("text-align", "center").set("font-size", "clamp(1.375rem, 6.5vw, 2rem)").set("margin", "0");
        return title;
    }

    /** The way back to the residents' site and to the other language, each a whole 44 px target. */
    private HorizontalLayout links() {
        boolean english = Messages.supported(getLocale()).equals(Messages.ENGLISH);
        Anchor home = new Anchor("/?lang=" + (english ? "en" : "zh"), "← " + getTranslation("login.home"));
        home.setId("residents-site");
        Anchor other = new Anchor("?lang=" + (english ? "zh" : "en"), english ? "中文" : "English");
        other.setId("login-language");
        other.getElement().setAttribute("lang", english ? "zh-CN" : "en");
        other.getElement().setAttribute("hreflang", english ? "zh-CN" : "en");
        for (Anchor a : new Anchor[] {home, other}) {
            a.setRouterIgnore(true);   // a page load, not the router: the language is chosen as a new page starts
            a.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", "44px")
                    .set("min-width", "44px").set("padding", "0 .5rem");
        }
        HorizontalLayout links = new HorizontalLayout(home, other);
        links.setWidthFull();
        links.setJustifyContentMode(JustifyContentMode.BETWEEN);
        links.getStyle().set("max-width", "30rem");
        return links;
    }

    private void signIn(AbstractLogin.LoginEvent event) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        AuthenticationStatus status;
        try {
            status = CDI.current().select(SecurityContext.class).get().authenticate(request,
                    VaadinServletResponse.getCurrent().getHttpServletResponse(),
                    AuthenticationParameters.withParams().newAuthentication(true)
                            .credential(new UsernamePasswordCredential(event.getUsername(), new Password(event.getPassword()))));
        } catch (RuntimeException noMechanism) {
            status = AuthenticationStatus.NOT_DONE;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();   // no session fixation: the id before sign-in is worth nothing after it
            Object target = VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            String where = target instanceof String t && !t.isBlank() ? t : "./";
            if (request.getAttribute(OUTCOME) instanceof SignInResult signedIn && signedIn.passwordChangeRequired()) {
                VaadinSession.getCurrent().getSession().setAttribute(PASSWORD_CHANGE, Boolean.TRUE);
                where = "./password";
            }
            UI.getCurrent().getPage().setLocation(where);
            return;
        }
        form.setI18n(refusal(request.getAttribute(OUTCOME)));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n refusal(Object outcome) {
        if (!(outcome instanceof SignInResult result)) {
            return i18n("login.unavailable.title", "login.unavailable.message");
        }
        return switch (result.outcome()) {
            case LOCKED -> {
                LoginI18n i18n = i18n("login.locked.title", "login.locked.message");
                i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                        UNTIL.format(result.lockedUntil().atZone(WorkCalendar.CHINA))));
                yield i18n;
            }
            case OFFICE_SUSPENDED -> i18n("login.suspended.title", "login.suspended.message");
            default -> i18n("login.invalid.title", "login.invalid.message");
        };
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitle));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessage));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
