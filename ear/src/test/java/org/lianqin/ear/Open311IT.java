package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open311 GeoReport v2 at /open311/v2 in the whole EAR, as a real client would use it: XML (required)
 * and JSON, jurisdiction_id naming the street office, the demo offices' published api_keys.
 */
@ExtendWith(ArquillianExtension.class)
class Open311IT {

    private static final String FENGLIN_KEY = "demo-fenglin-open311";
    private static final String HUAJING_KEY = "demo-huajing-open311";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withStaffDriver();
    }

    private static Map<String, String> request(String key, String description) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("api_key", key);
        f.put("jurisdiction_id", "fenglin");
        f.put("service_code", "0104");
        f.put("lat", "31.1905");
        f.put("long", "121.4505");
        f.put("address_string", "枫林路 300 号");
        f.put("description", description);
        f.put("phone", "");
        f.put("email", "resident@example.org");
        return f;
    }

    private static void assertXml(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("text/xml;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        assertTrue(r.body().startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), r.body());
    }

    private static void assertXmlError(HttpResponse<String> r, int status) {
        assertXml(r, status);
        assertTrue(r.body().contains("<errors><error><code>" + status + "</code><description>"), r.body());
    }

    @Test
    void discoveryInXmlAndJson() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> xml = api.get("/open311/v2/discovery.xml");
        assertXml(xml, 200);
        assertTrue(xml.body().contains("<specification>http://wiki.open311.org/GeoReport_v2</specification>"));
        assertTrue(xml.body().contains("<formats><format>text/xml</format><format>application/json</format></formats>"), xml.body());
        HttpResponse<String> json = api.get("/open311/v2/discovery.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"endpoints\":[{"), json.body());
    }

    @Test
    void servicesAndTheirDefinitions() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> xml = api.get("/open311/v2/services.xml?jurisdiction_id=fenglin");
        assertXml(xml, 200);
        assertTrue(xml.body().contains("<service><service_code>0104</service_code><service_name>乱设摊</service_name>"), xml.body());
        String json = api.get("/open311/v2/services.json?jurisdiction_id=fenglin").body();
        assertTrue(json.startsWith("[{\"service_code\":\"0104\"") || json.contains("{\"service_code\":\"0104\""), json);
        assertTrue(json.contains("\"metadata\":false"));
        String definition = api.get("/open311/v2/services/0104.json?jurisdiction_id=fenglin").body();
        assertEquals("{\"service_code\":\"0104\",\"attributes\":[]}", definition);
        assertTrue(json.contains("{\"service_code\":\"0801\",\"service_name\":\"机动车乱停放\",") && json.matches("(?s).*\"service_code\":\"0801\"[^}]*\"metadata\":true.*"), json);
        String parking = api.get("/open311/v2/services/0801.xml?jurisdiction_id=fenglin").body();
        assertTrue(parking.contains("<attribute><variable>true</variable><code>plate</code><datatype>string</datatype><required>false</required>"), parking);
        assertTrue(parking.contains("<values><value><key>car</key><name>小汽车 / Car</name></value>"), parking);
        assertXmlError(api.get("/open311/v2/services.xml"), 400);
        assertXmlError(api.get("/open311/v2/services.xml?jurisdiction_id="), 400);
        assertXmlError(api.get("/open311/v2/services.xml?jurisdiction_id=nowhere"), 404);
        HttpResponse<String> suspended = api.get("/open311/v2/services.json?jurisdiction_id=tianping");
        assertEquals(403, suspended.statusCode(), "a suspended office offers no services: " + suspended.body());
        assertTrue(suspended.body().contains("暂停受理") && suspended.body().contains("not taking reports"), suspended.body());
        assertXmlError(api.get("/open311/v2/services/0104.xml?jurisdiction_id=tianping"), 403);
        assertXmlError(api.get("/open311/v2/services/9999.xml?jurisdiction_id=fenglin"), 404);
        HttpResponse<String> jsonError = api.get("/open311/v2/services/9999.json?jurisdiction_id=fenglin");
        assertEquals(404, jsonError.statusCode());
        assertTrue(jsonError.body().startsWith("[{\"code\":404,\"description\":"), jsonError.body());
    }

    @Test
    void postingNeedsTheStreetOfficesKeyAndStoresNothingWithoutIt() throws Exception {
        PublicApi api = new PublicApi();
        long cases = PublicApi.rows("case_file");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", request("", "没有密钥")), 403);
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", request("wrong-key", "错误密钥")), 403);
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", request(HUAJING_KEY, "别的街镇的密钥")), 403);
        Map<String, String> noPlace = request(FENGLIN_KEY, "没有位置");
        noPlace.remove("lat");
        noPlace.remove("long");
        noPlace.remove("address_string");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", noPlace), 400);
        Map<String, String> unknownService = request(FENGLIN_KEY, "未知类别");
        unknownService.put("service_code", "9999");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", unknownService), 404);
        Map<String, String> attribute = request(FENGLIN_KEY, "多余属性");
        attribute.put("attribute[plate]", "沪A12345");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", attribute), 400);
        Map<String, String> parking = request(FENGLIN_KEY, "乱停车，缺车辆类型");
        parking.put("service_code", "0801");
        parking.put("attribute[plate]", "沪A12345");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", parking), 400);
        parking.put("attribute[vehicle]", "spaceship");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", parking), 400);
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", request(FENGLIN_KEY, "<script>x</script>")), 400);
        assertEquals(cases, PublicApi.rows("case_file"), "nothing stored");
        parking.put("attribute[vehicle]", "car");
        assertEquals(201, api.postUrlEncoded("/open311/v2/requests.xml", parking).statusCode(), "with valid attributes");
    }

    @Test
    void aPostedRequestIsFollowedByItsIdInBothFormats() throws Exception {
        PublicApi api = new PublicApi();
        HttpResponse<String> created = api.postUrlEncoded("/open311/v2/requests.json", request(FENGLIN_KEY, "12345 转来：门口乱设摊"));
        assertEquals(201, created.statusCode(), created.body());
        String id = PublicApi.field(created.body(), "service_request_id");
        assertTrue(created.body().contains("\"service_request_id\":\"" + id + "\""), "the id is a string");
        assertFalse(created.body().contains("\"token\""), "the spec answers an id or a token, not both");

        assertXmlError(api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=fenglin"), 404);
        assertXmlError(api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=fenglin&api_key=" + FENGLIN_KEY), 404);
        assertXmlError(api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=fenglin", Map.of("X-Api-Key", HUAJING_KEY)), 404);
        HttpResponse<String> pending = api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=fenglin", Map.of("X-Api-Key", FENGLIN_KEY));
        assertXml(pending, 200);
        assertTrue(pending.body().contains("<status>open</status>"), pending.body());
        assertFalse(pending.body().contains("门口乱设摊"), "its integrator sees it waiting, but nothing unreviewed");
        assertTrue(pending.body().matches("(?s).*<requested_datetime>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00</requested_datetime>.*"),
                pending.body());

        api.staff("fenglin", "register", id, null);
        String json = api.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=fenglin").body();
        assertTrue(json.contains("\"description\":\"12345 转来：门口乱设摊\""), json);
        assertTrue(json.contains("\"service_code\":\"0104\"") && json.contains("\"status\":\"open\""), json);
        assertFalse(json.contains("resident@example.org"), "the contact stays private");
        assertXmlError(api.get("/open311/v2/requests/FENGLIN-2026-999999.xml?jurisdiction_id=fenglin"), 404);
        assertXmlError(api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=huajing"), 404);
    }

    @Test
    void theListFiltersByIdCodeStatusAndDates() throws Exception {
        PublicApi api = new PublicApi();
        String open = PublicApi.field(api.postUrlEncoded("/open311/v2/requests.json", request(FENGLIN_KEY, "列表测试：未办结")).body(), "service_request_id");
        String closed = PublicApi.field(api.postUrlEncoded("/open311/v2/requests.json", request(FENGLIN_KEY, "列表测试：已办结")).body(), "service_request_id");
        api.staff("fenglin", "register", open, null);
        api.staff("fenglin", "close", closed, "已处理");

        String all = api.get("/open311/v2/requests.json?jurisdiction_id=fenglin&status=").body();
        assertTrue(all.contains(open) && all.contains(closed), "an empty status is no filter");
        String onlyClosed = api.get("/open311/v2/requests.xml?jurisdiction_id=fenglin&status=closed").body();
        assertTrue(onlyClosed.contains(closed) && !onlyClosed.contains(open), onlyClosed);
        assertTrue(onlyClosed.contains("<status>closed</status>") && !onlyClosed.contains("<status>open</status>"));
        String byId = api.get("/open311/v2/requests.json?jurisdiction_id=fenglin&service_request_id=" + open).body();
        assertTrue(byId.startsWith("[{\"service_request_id\":\"" + open + "\"") && !byId.contains(closed), byId);
        String otherCode = api.get("/open311/v2/requests.json?jurisdiction_id=fenglin&service_code=0801").body();
        assertFalse(otherCode.contains(open), otherCode);
        String past = api.get("/open311/v2/requests.json?jurisdiction_id=fenglin&start_date=2020-01-01T00:00:00%2B08:00"
                + "&end_date=2020-02-01T00:00:00%2B08:00").body();
        assertEquals("[]", past);
        assertXmlError(api.get("/open311/v2/requests.xml?jurisdiction_id=fenglin&start_date=yesterday"), 400);
        assertXmlError(api.get("/open311/v2/requests.xml?jurisdiction_id=fenglin&status=pending"), 400);
    }

    @Test
    void asTheSpecificationReadsDescriptionIsOptionalMediaUrlIsKeptIdsOverrideAndTheWindowIsCapped() throws Exception {
        PublicApi api = new PublicApi();
        Map<String, String> withoutText = request(FENGLIN_KEY, "");
        withoutText.remove("description");
        withoutText.put("media_url", "https://photos.example.org/12345/abc.jpg");
        HttpResponse<String> created = api.postUrlEncoded("/open311/v2/requests.json", withoutText);
        assertEquals(201, created.statusCode(), created.body());
        String id = PublicApi.field(created.body(), "service_request_id");
        api.staff("fenglin", "register", id, null);
        String json = api.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=fenglin").body();
        assertTrue(json.contains("\"media_url\":\"https://photos.example.org/12345/abc.jpg\""), json);

        assertEquals(201, api.postUrlEncoded("/open311/v2/requests.xml", request(FENGLIN_KEY, "长".repeat(4000))).statusCode(),
                "a description of 4,000 characters");
        long cases = PublicApi.rows("case_file");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", request(FENGLIN_KEY, "长".repeat(4001))), 400);
        Map<String, String> ftp = request(FENGLIN_KEY, "照片地址不是网址");
        ftp.put("media_url", "ftp://photos.example.org/a.jpg");
        assertXmlError(api.postUrlEncoded("/open311/v2/requests.xml", ftp), 400);
        assertEquals(cases, PublicApi.rows("case_file"), "nothing stored");

        String byIdDespiteStatus = api.get("/open311/v2/requests.json?jurisdiction_id=fenglin&status=closed&service_code=0801"
                + "&start_date=2020-01-01T00:00:00%2B08:00&end_date=2020-02-01T00:00:00%2B08:00&service_request_id=" + id).body();
        assertTrue(byIdDespiteStatus.startsWith("[{\"service_request_id\":\"" + id + "\""), byIdDespiteStatus);
        assertXmlError(api.get("/open311/v2/requests.xml?jurisdiction_id=fenglin&start_date=2026-01-01T00:00:00%2B08:00"
                + "&end_date=2026-06-01T00:00:00%2B08:00"), 400);
    }
}
