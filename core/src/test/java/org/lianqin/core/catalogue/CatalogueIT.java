package org.lianqin.core.catalogue;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.core.audit.AuditEntry;
import org.lianqin.core.audit.AuditTrail;
import org.lianqin.core.cases.ReportIntake;
import org.lianqin.core.cases.ResidentReport;
import org.lianqin.core.cases.SourceChannel;
import org.lianqin.core.cases.TestClock;
import org.lianqin.core.cases.WorkflowFixture;
import org.lianqin.core.geo.Location;
import org.lianqin.core.kernel.Actor;
import org.lianqin.core.kernel.Role;
import org.lianqin.core.kernel.WorkflowException;
import org.lianqin.core.testing.AsSystem;
import org.lianqin.core.testing.CoreDeployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A street office's own extra questions: set by its admin, asked of residents at once, audited, not another office's. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final Actor ADMIN = Actor.staff("admin", "王敏", Set.of(Role.TENANT_ADMIN), null);
    private static final Actor DISPATCHER = Actor.staff("dispatcher", "李强", Set.of(Role.DISPATCHER), null);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("catalogue", CatalogueIT.class, WorkflowFixture.class, TestClock.class);
    }

    @EJB
    AsSystem system;

    @EJB
    Catalogue catalogue;

    @EJB
    ReportIntake intake;

    @EJB
    WorkflowFixture fixture;

    @EJB
    AuditTrail audit;

    private <T> T as(String tenant, Callable<T> work) throws Exception {
        return system.as(tenant, work);
    }

    private static ResidentReport stall(Map<String, String> answers) {
        return new ResidentReport(SourceChannel.PUBLIC_WEB, "0104", new Location("测试路 1 号", null, null),
                "路口有人摆摊", null, null, false, answers, null);
    }

    @Test
    void anOfficesOwnQuestionIsAskedAtOnceAuditedAndNotAskedElsewhere() throws Exception {
        String office = "wf-questions";
        fixture.ensureStreetOffice(office);
        Map<String, String[]> sizes = new LinkedHashMap<>();
        sizes.put("small", new String[] {"一个摊位", "One stall"});
        sizes.put("many", new String[] {"多个摊位", "Several stalls"});
        List<Questions.Question> asked = List.of(new Questions.Question("stalls", "singlevaluelist", true, 1, "摊位数量",
                "Number of stalls", sizes));
        as(office, () -> {
            assertEquals(2, catalogue.categories(false).stream().filter(c -> c.code().equals("0801")).findFirst()
                    .orElseThrow().questions().size(), "the defaults arrive with the office");
            assertEquals("role", assertThrows(WorkflowException.class, () -> catalogue.ask("0104", asked, DISPATCHER)).code());
            CategoryView stalls = catalogue.ask("0104", asked, ADMIN);
            assertEquals(List.of("stalls"), stalls.questions().stream().map(Questions.Question::code).toList());

            assertEquals("attribute", assertThrows(WorkflowException.class, () -> intake.file(stall(Map.of()), List.of())).code(),
                    "residents are asked the new required question at once");
            assertNotNull(intake.file(stall(Map.of("stalls", "many")), List.of()).number());

            Questions.Question hours = new Questions.Question("hours", "string", false, 1, "经营时段", "Hours of trading", Map.of());
            Questions.Question renamed = new Questions.Question("stalls", "singlevaluelist", true, 2, "摊位个数", "Number of stalls", sizes);
            CategoryView reordered = catalogue.ask("0104", List.of(hours, renamed), ADMIN);
            assertEquals(List.of("hours:1", "stalls:2:摊位个数"), reordered.questions().stream()
                    .map(q -> q.code() + ":" + q.order() + (q.code().equals("stalls") ? ":" + q.labelZh() : "")).toList(),
                    "a kept question is changed in place and the new one comes first");

            catalogue.ask("0104", List.of(), ADMIN);
            assertTrue(catalogue.categories(false).stream().filter(c -> c.code().equals("0104")).findFirst()
                    .orElseThrow().questions().isEmpty());
            List<AuditTrail.Entry> trail = audit.list(AuditEntry.Subject.CATEGORY, null, 0, 20);
            assertEquals(List.of("questions", "questions", "questions"), trail.stream().map(AuditTrail.Entry::action).toList());
            assertTrue(trail.get(2).after().contains("摊位数量") && trail.get(0).after().equals("无补充问题"));
            return null;
        });
        as("fenglin", () -> {
            assertTrue(catalogue.categories(false).stream().filter(c -> c.code().equals("0104")).findFirst()
                    .orElseThrow().questions().isEmpty(), "another office's 小类 is untouched");
            return null;
        });
    }
}
