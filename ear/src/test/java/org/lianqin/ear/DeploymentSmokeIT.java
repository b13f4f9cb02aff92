package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole EAR on Payara Server against MariaDB (with the demo data): each WAR answers over HTTP
 * and the health endpoint sees the database.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void residentsHomeListsTheActiveStreetOfficesInChinese() throws Exception {
        HttpResponse<String> home = get("/", "zh-CN,zh;q=0.9");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = home.body();
        assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
        assertTrue(page.contains("枫林街道"), "an active street office is listed");
        assertTrue(page.contains("华泾镇"), "an active town is listed");
        assertFalse(page.contains("天平街道"), "a suspended street office is not listed");
    }

    @Test
    void residentsHomeSpeaksEnglishWhenAskedTo() throws Exception {
        String page = get("/?lang=en", "zh-CN").body();
        assertTrue(page.contains("<html lang=\"en\">"));
        assertTrue(page.contains("Street offices and towns taking reports"));
        assertTrue(page.contains("枫林街道"), "names stay as the street office wrote them");
    }

    @Test
    void chineseIsTheDefaultWithoutAnyLanguagePreference() throws Exception {
        String page = new PublicApi().get("/").body();
        assertTrue(page.contains("<html lang=\"zh-CN\">"), "not the server's own locale");
    }

    @Test
    void chineseIsTheDefaultForOtherLanguages() throws Exception {
        assertTrue(get("/", "fr-FR").body().contains("受理举报的街道和镇"));
    }

    @Test
    void anUnknownPageIsAPlain404InTheResidentsLanguage() throws Exception {
        HttpResponse<String> zh = get("/no-such-page", "zh-CN");
        assertEquals(404, zh.statusCode());
        assertTrue(zh.body().contains("页面不存在"), zh.body());
        assertFalse(zh.body().contains("Exception"), "no stack trace");
        assertTrue(get("/no-such-page?lang=en", "zh-CN").body().contains("Page not found"));
    }

    @Test
    void portalAndConsoleServeTheirVaadinApplications() throws Exception {
        for (String app : new String[] {"/portal/", "/admin/"}) {
            HttpResponse<String> page = get(app, "zh-CN");
            assertEquals(200, page.statusCode(), app);
            assertTrue(page.body().contains("window.Vaadin"), app + " serves the Vaadin bootstrap page");
        }
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> health = get("/health/ready", "en");
        assertEquals(200, health.statusCode(), health.body());
        String body = health.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"status\":\"UP\""), body);
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(EarDeployment.url(path))
                .header("Accept-Language", acceptLanguage)
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
